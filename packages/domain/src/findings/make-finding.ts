import type { DateWindow, Finding } from '../contracts/contract-input.js';
import { RULES, type RuleCode } from './rule-catalogue.js';

/** A finding of `code` with its catalogue severity and guide reference. */
export function makeFinding(
  code: RuleCode,
  field: Finding['field'] | undefined,
  message: { fr: string; en: string },
  window?: DateWindow,
): Finding {
  const rule = RULES[code];
  const finding: Finding = { code, severity: rule.severity, message: message.fr, messageEn: message.en, ref: rule.ref };
  if (field !== undefined) finding.field = field;
  if (window !== undefined) finding.window = window;
  return finding;
}
