import { RULES } from '@alternance/domain';

/** The rule book's title of a finding code, in the reader's language (never the code alone on screen). */
export function ruleLabel(code: string, locale: string): string {
  const rule = (RULES as Record<string, { title: { fr: string; en: string } }>)[code];
  if (!rule) return code;
  return locale === 'en' ? rule.title.en : rule.title.fr;
}

/** The anomaly filter's choices: every rule of the rule book, by label. */
export function ruleOptions(locale: string): { value: string; label: string }[] {
  return Object.keys(RULES)
    .map((code) => ({ value: code, label: ruleLabel(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
