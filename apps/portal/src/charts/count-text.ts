/**
 * A count on a chart's axis, grouped by thousands as the reader's language writes it
 * (French: a narrow no-break space, as Intl does; English: a comma). Written by hand because
 * Chart.js would otherwise build an Intl.NumberFormat for its first tick — loading the
 * locale's data, ≈ 18 ms of the dashboard's first draw (issue 15's profile) — and in the
 * browser's language, not the portal's.
 */
export function countText(value: number, locale: string): string {
  const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'en' ? ',' : '\u202f');
  return value < 0 ? `-${digits}` : digits;
}
