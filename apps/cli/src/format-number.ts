import type { Lang } from './lang.js';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
const hoursFormats = new Map<Lang, Intl.NumberFormat>();
const moneyFormats = new Map<Lang, Intl.NumberFormat>();

function format(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let formatter = cache.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(lang, formatter);
  }
  return formatter;
}

/** 1 007,5 h (fr) / 1,007.5 h (en); '—' when there is no figure. */
export function formatHours(lang: Lang, hours: number | null): string {
  return hours === null ? '—' : `${format(hoursFormats, lang, { maximumFractionDigits: 2 }).format(hours)} h`;
}

/** 1 234,56 € (fr) / €1,234.56 (en); '—' when there is no figure. */
export function formatEuros(lang: Lang, amount: number | null): string {
  if (amount === null) return '—';
  const text = format(moneyFormats, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  return lang === 'en' ? `€${text}` : `${text} €`;
}
