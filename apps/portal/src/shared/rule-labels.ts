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

/**
 * A row's findings in words for a list cell: each rule once, by its title, with how many times it
 * fired (« Démarche en retard avant la DDC (2) ») — an overdue checklist fires once per item.
 */
export function findingsSummary(findings: readonly { code: string }[], locale: string): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => (n > 1 ? `${ruleLabel(code, locale)} (${n})` : ruleLabel(code, locale))).join(', ');
}
