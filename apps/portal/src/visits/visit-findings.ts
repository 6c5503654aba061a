/**
 * Splits a visit mutation's answer (§4.6, note 34): a VISIT_* error — a school day on the
 * published calendar — refuses the slot whatever, so its message goes under the slot's date
 * field; VISIT_* warnings go to the box the planner may acknowledge. Other errors (input,
 * VISIT_EXISTS) are shown as they are.
 */
export function splitVisitAnswer<E extends { code: string }, F extends { code: string; severity: string }>(errors: readonly E[], findings: readonly F[]): { errors: E[]; warnings: F[] } {
  const blocking = new Set(findings.filter((f) => f.severity === 'ERROR').map((f) => f.code));
  return {
    errors: errors.filter((e) => !e.code.startsWith('VISIT_') || e.code === 'VISIT_EXISTS' || blocking.has(e.code)),
    warnings: findings.filter((f) => f.severity !== 'ERROR'),
  };
}
