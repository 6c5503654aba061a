import { describe, expect, it } from 'vitest';
import { findingsSummary, ruleLabel } from './rule-labels';

describe('findingsSummary', () => {
  it('names each rule once by its title, with how many times it fired', () => {
    const findings = [{ code: 'CHECKLIST_OVERDUE' }, { code: 'PAY_BELOW_MINIMUM' }, { code: 'CHECKLIST_OVERDUE' }];
    expect(findingsSummary(findings, 'fr')).toBe('Démarche en retard avant la DDC (2), Salaire inférieur au minimum');
    expect(findingsSummary(findings, 'en')).toBe('Checklist item overdue before the start (2), Pay below the minimum');
  });

  it('is empty without findings and keeps an unknown code as it is', () => {
    expect(findingsSummary([], 'fr')).toBe('');
    expect(ruleLabel('NOT_A_RULE', 'fr')).toBe('NOT_A_RULE');
  });
});
