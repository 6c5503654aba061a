/**
 * Bad input to a rule that cannot report it as a finding (unknown cohort, unreadable
 * date, end before start, periods out of order…). A RangeError, so callers that only
 * know the standard type still catch it; `field` names the input field at fault so that
 * the API layer can turn it into a field error.
 */
export class InputError extends RangeError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'InputError';
    this.field = field;
  }
}
