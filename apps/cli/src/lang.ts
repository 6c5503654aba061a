/** The language of the output: French by default, as the programme's users read it. */
export type Lang = 'fr' | 'en';

/** A text in both languages. */
export interface Bilingual {
  fr: string;
  en: string;
}

export function pick(lang: Lang, text: Bilingual): string {
  return lang === 'en' ? text.en : text.fr;
}
