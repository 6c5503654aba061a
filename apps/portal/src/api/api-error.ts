/** A failure the user cannot fix by changing a field: network, session, server. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined = undefined,
    readonly field: string | undefined = undefined,
    /** Seconds to wait before trying again (HTTP 429: throttled sign-ins, rate limits). */
    readonly retryAfter: number | undefined = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The French message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Une erreur inattendue est survenue.';
}
