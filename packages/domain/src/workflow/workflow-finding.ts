import type { ContractInput, DateWindow, Finding } from '../contracts/contract-input.js';
import { makeFinding } from '../findings/make-finding.js';
import type { RuleCode } from '../findings/rule-catalogue.js';

/**
 * A finding of a workflow rule. `field` stays a ContractInput key (so that these findings
 * mix with checkContract's); `subject` names what the finding is about when it is not a
 * contract field: a mission, a checklist item code, a visit, an offer reference.
 */
export interface WorkflowFinding extends Finding {
  subject?: string;
}

/** {@link makeFinding} plus the optional `subject`. */
export function workflowFinding(
  code: RuleCode,
  target: { field?: keyof ContractInput; subject?: string },
  message: { fr: string; en: string },
  window?: DateWindow,
): WorkflowFinding {
  const finding: WorkflowFinding = makeFinding(code, target.field, message, window);
  if (target.subject !== undefined) finding.subject = target.subject;
  return finding;
}
