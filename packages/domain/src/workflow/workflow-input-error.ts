/**
 * Bad input to a workflow rule (an unreadable date, periods out of order, a negative
 * count). A RangeError, so callers that only know the standard type still catch it;
 * `field` names the input at fault so that the API layer can return a field error.
 */
export class WorkflowInputError extends RangeError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'WorkflowInputError';
    this.field = field;
  }
}
