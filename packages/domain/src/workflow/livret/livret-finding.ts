import type { Finding } from '../../contracts/contract-input.js';
import { makeFinding } from '../../findings/make-finding.js';
import type { RuleCode } from '../../findings/rule-catalogue.js';

/** A livret finding: its field is a path in the livret's own inputs (`answers.2.level`, `file`), not a contract field. */
export type LivretFinding = Omit<Finding, 'field'> & { field: string };

export function livretFinding(code: RuleCode, field: string, message: { fr: string; en: string }): LivretFinding {
  return { ...makeFinding(code, undefined, message), field };
}
