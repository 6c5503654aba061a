/**
 * Bad input to a pay computation (unknown cohort, unreadable date, end before start…).
 * A RangeError, so callers that only know the standard type still catch it; `field`
 * names the input field at fault so that the API layer can turn it into a field error.
 */
export class PayInputError extends RangeError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'PayInputError';
    this.field = field;
  }
}
