/** `YYYY-MM-DD` as `dd/mm/yyyy`, the way the guide writes dates; other text is shown as is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An instant in the reader's time zone, French style. */
export function formatDateTime(iso: string | null | undefined, locale = 'fr-FR'): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
}

// Made at first use: building a number format loads the locale's data, 10 to 70 ms of the first
// screen's main thread in Chromium (issue 15's profile), for pages that format no amount.
let euros: Intl.NumberFormat | null = null;
let numbers: Intl.NumberFormat | null = null;

export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  euros ??= new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  return euros.format(value);
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  numbers ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
  return numbers.format(value);
}
