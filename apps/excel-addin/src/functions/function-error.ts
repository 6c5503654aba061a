/** The error a custom function throws for a bad argument: Excel shows #VALUE! with the message. */
export class InvalidArgument extends Error {
  readonly code = '#VALUE!';
}

/**
 * `new CustomFunctions.Error(invalidValue, message)` inside Excel; outside it (tests, the
 * benchmark) an {@link InvalidArgument} with the same code and message.
 */
export function invalidValue(message: string): Error | CustomFunctions.Error {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime?.Error && runtime.ErrorCode) return new runtime.Error(runtime.ErrorCode.invalidValue, message);
  return new InvalidArgument(message);
}
