/** Props that mark a Naive UI input invalid (its `status` accepts no `undefined` under exactOptionalPropertyTypes). */
export function errorStatus(message: string | null | undefined): { status: 'error' } | Record<string, never> {
  return message ? { status: 'error' } : {};
}
