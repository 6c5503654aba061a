import { describe, expect, it } from 'vitest';
import { InputError } from '../findings/input-error.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { programmeVolumes } from './programme-volumes.js';

describe('programmeVolumes (§2.3, §2.5)', () => {
  it('gives each year of the cohort its training and teaching hours and its annual cost', () => {
    expect(programmeVolumes({ cohort: 'L3I-2025' })).toEqual([
      { programme: 'L3I', name: 'L3 Informatique parcours MIAGE', from: '2025-09-01', to: '2026-07-03', trainingHours: 590, teachingHours: 516, annualCost: { CAPP: 8116, CPRO: 8116 } },
    ]);
    expect(programmeVolumes({ cohort: 'MASTER-2025' }).map((v) => [v.programme, v.from, v.to, v.trainingHours, v.teachingHours, v.annualCost.CAPP])).toEqual([
      ['M1', '2025-09-01', '2026-09-02', 544, 463, 8231],
      ['M2', '2026-09-03', '2027-09-03', 512, 436, 8231],
    ]);
    // A classic programme has no alternance volumes.
    expect(programmeVolumes({ cohort: 'L3G-2025' })).toEqual([]);
  });

  it('reads the rates in force at the cohort’s DDF: a Master started in 2025 keeps them in its M2 year', () => {
    const data: ReferenceData = structuredClone(defaultReferenceData);
    const m2 = data.programmes.find((p) => p.code === 'M2')!;
    // New M2 rates from the M2-2026 DDF (2026-09-03): that cohort has them, MASTER-2025's M2 year not.
    m2.rates.push({ from: '2026-09-03', value: { trainingHours: 520, teachingHours: 440, annualCost: { CAPP: 8400, CPRO: 8400 } } });
    expect(programmeVolumes({ cohort: 'M2-2026' }, { referenceData: data })[0]).toMatchObject({ trainingHours: 520, teachingHours: 440, annualCost: { CAPP: 8400 } });
    expect(programmeVolumes({ cohort: 'MASTER-2025' }, { referenceData: data })[1]).toMatchObject({ trainingHours: 512, teachingHours: 436, annualCost: { CAPP: 8231 } });
    // From the day after the DDF, not yet in force for M2-2026.
    m2.rates[m2.rates.length - 1]!.from = '2026-09-04';
    expect(programmeVolumes({ cohort: 'M2-2026' }, { referenceData: data })[0]).toMatchObject({ trainingHours: 512 });
  });

  it('names the cohort when it is unknown', () => {
    expect(() => programmeVolumes({ cohort: 'M9-2025' })).toThrow(InputError);
  });
});
