/** Money is stored in cents (exact) and shown in euros. */
export const toCents = (euros: number | null | undefined): number | null => (typeof euros === 'number' ? Math.round(euros * 100) : null);
export const toEuros = (cents: number | null | undefined): number | null => (typeof cents === 'number' ? cents / 100 : null);
