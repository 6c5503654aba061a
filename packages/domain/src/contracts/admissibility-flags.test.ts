import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainFinding } from '../findings/lazy-finding.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkAdmissibility } from './check-admissibility.js';
import { emptyFacts } from './contract-facts.js';
import { CONTRACT_TYPES, STATUSES, type Finding } from './contract-input.js';
import { resolveGroup } from './resolve-group.js';
import { statusContractPair, VALID_STATUS_CONTRACT_PAIRS } from './status-contract-pairs.js';

// checkAdmissibility reads each group's lists once per pair into flags (issue 15, h4): held
// equal to the lists searched on every row, on the default groups and on groups whose lists
// admit other pairs, some only for a repeating student with professionalisation validated.
const edited = structuredClone(defaultReferenceData);
for (const [i, g] of edited.groups.entries()) {
  g.admissibleWhenRepeatingProfessionalised = i % 2 === 0 ? ['FI-SANS', 'FC-CPRO'] : ['FI-CAPP'];
  g.admissible = g.admissible.filter((_, k) => (k + i) % 3 !== 0);
}

/** The rule's former answer for the group: the lists searched by text. */
function formerCodes(data: ReferenceData, facts: ReturnType<typeof emptyFacts>): string[] {
  const { status, contractType, cohort } = facts;
  if (status === null || contractType === null) return [];
  const pair = statusContractPair(status, contractType);
  if (!VALID_STATUS_CONTRACT_PAIRS.includes(pair)) return ['STATUS_CONTRACT_INVALID'];
  const codes: string[] = [];
  if (contractType === 'SANS' && !facts.professionalisationValidated) codes.push('SANS_REQUIRES_VALIDATED_PROFESSIONALISATION');
  if (cohort === null) return codes;
  const group = resolveGroup(cohort, facts.group, contractType, data);
  if (group === null) return codes;
  const ok = group.admissible.includes(pair) || (facts.repeating && facts.professionalisationValidated && group.admissibleWhenRepeatingProfessionalised.includes(pair));
  if (!ok) codes.push(`PROGRAM_CONTRACT_NOT_ALLOWED:${group.admissibleWhenRepeatingProfessionalised.includes(pair)}`);
  return codes;
}

describe('checkAdmissibility by pair flags', () => {
  for (const [name, data] of [
    ['default groups', defaultReferenceData],
    ['edited groups', edited],
  ] as const) {
    it(`reports what the lists searched by text report: ${name} (property)`, () => {
      const row = fc.record({
        cohort: fc.option(fc.constantFrom(...data.cohorts), { nil: null }),
        status: fc.option(fc.constantFrom(...STATUSES), { nil: null }),
        contractType: fc.option(fc.constantFrom(...CONTRACT_TYPES), { nil: null }),
        group: fc.constantFrom('CLASSIC' as const, 'ALTERNANCE' as const, null),
        repeating: fc.boolean(),
        professionalisationValidated: fc.boolean(),
      });
      fc.assert(
        fc.property(row, (r) => {
          const facts = { ...emptyFacts(), ...r };
          const found: Finding[] = checkAdmissibility(facts, data, []);
          const codes = found.map((f) => {
            const plain = plainFinding(f);
            if (plain.code !== 'PROGRAM_CONTRACT_NOT_ALLOWED') return plain.code;
            return `${plain.code}:${plain.message.includes('redoublant')}`;
          });
          expect(codes).toEqual(formerCodes(data, facts));
        }),
        { numRuns: 2000 },
      );
    });
  }
});
