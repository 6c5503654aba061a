import { ref } from 'vue';

/**
 * The portal's language as Intl writes it: French, or British English — whose dd/mm/yyyy dates
 * match `formatDate`'s. A ref, so that what a page formatted is redrawn when the language changes.
 */
const formatLocale = ref<'fr-FR' | 'en-GB'>('fr-FR');

/** Follows the portal's language (app.vue calls it on each change). */
export function setFormatLocale(locale: string): void {
  formatLocale.value = locale === 'en' ? 'en-GB' : 'fr-FR';
}

/** `YYYY-MM-DD` as `dd/mm/yyyy`, the way the guide writes dates; other text is shown as is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An instant in the reader's time zone, in the portal's language. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(formatLocale.value, { dateStyle: 'short', timeStyle: 'short' });
}

// Made at first use, per language: building a number format loads the locale's data, 10 to 70 ms
// of the first screen's main thread in Chromium (issue 15's profile), for pages that format no amount.
const euros = new Map<string, Intl.NumberFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

function formatter(cache: Map<string, Intl.NumberFormat>, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = formatLocale.value;
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return formatter(euros, { style: 'currency', currency: 'EUR' }).format(value);
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return formatter(numbers, { maximumFractionDigits: 2 }).format(value);
}
