/** A French message for the pane from anything thrown by the host or the network. */
export function failureMessage(what: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return detail === '' ? `${what}.` : `${what} : ${detail}`;
}
