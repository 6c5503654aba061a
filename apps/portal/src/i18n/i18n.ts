import { createI18n } from 'vue-i18n';
import { en } from './en';
import { fr, type Messages } from './fr';

export type Locale = 'fr' | 'en';

const STORAGE_KEY = 'alternance.locale';

function savedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function createAppI18n(locale: Locale = savedLocale()) {
  return createI18n<[Messages], Locale>({
    legacy: false,
    locale,
    fallbackLocale: 'fr',
    messages: { fr, en: en as Messages },
  });
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  document.documentElement.lang = locale;
}
