import { describe, expect, it } from 'vitest';
import { checkAgreedPay } from './check-agreed-pay.js';
import { minimumPaySchedule } from './minimum-pay-schedule.js';

// L3I apprentice turning 21 on 2026-01-15: 1 207,21 / 1 221,44 / 1 421,97 / 1 456,28 € (see minimum-pay-schedule.test.ts).
const segments = minimumPaySchedule({ cohort: 'L3I-2025', contractType: 'CAPP', birthDate: '2005-01-15', startDate: '2025-09-01', endDate: '2026-07-03' });
const NNBSP = '\u202f';

describe('checkAgreedPay (PAY_BELOW_MINIMUM, §4.2)', () => {
  it('accepts a pay equal to the highest minimum, to the cent', () => {
    expect(checkAgreedPay(segments, 1456.28)).toBeNull();
    expect(checkAgreedPay(segments, 2000)).toBeNull();
  });

  it('fires one cent below, naming the segment, its amounts and its period', () => {
    const finding = checkAgreedPay(segments, 1456.27);
    expect(finding).toMatchObject({ code: 'PAY_BELOW_MINIMUM', severity: 'error', field: 'monthlyGrossPay', ref: '§4.2, Tableaux 6–7' });
    expect(finding?.message).toBe(
      `Le salaire brut mensuel convenu (1${NNBSP}456,27 € pour un temps plein) est inférieur au minimum de 1${NNBSP}456,28 € ` +
        '(78 % du SMIC, 21 à 25 ans, 3e année) du 01/06/2026 au 03/07/2026.',
    );
    expect(finding?.messageEn).toBe(
      'The agreed monthly gross pay (€1456.27 for full time) is below the minimum of €1456.28 (78% of the SMIC, aged 21-25, year 3) from 2026-06-01 to 2026-07-03.',
    );
  });

  it('names the first segment below and counts the others', () => {
    const finding = checkAgreedPay(segments, 1000);
    expect(finding?.message).toContain(`minimum de 1${NNBSP}207,21 € (67 % du SMIC, 18 à 20 ans, 3e année) du 01/09/2025 au 31/12/2025 (et 3 autres périodes)`);
    expect(finding?.messageEn).toContain('from 2025-09-01 to 2025-12-31 (and 3 other periods)');
    expect(checkAgreedPay(segments, 1421.96)?.message).toContain('(et 1 autre période)');
  });

  it('words CPRO segments without a grid year, and the SMC base', () => {
    const cpro = minimumPaySchedule({ cohort: 'L3I-2025', contractType: 'CPRO', birthDate: '1995-01-01', startDate: '2025-09-01', endDate: '2026-07-03', smcMonthly: 2300 });
    const finding = checkAgreedPay(cpro, 1954.99);
    expect(finding?.message).toContain(`minimum de 1${NNBSP}955,00 € (85 % du SMC, 26 ans et plus) du 01/09/2025 au 03/07/2026.`);
    expect(checkAgreedPay(cpro, 1955)).toBeNull();
  });

  it('has nothing to say without segments or without a readable amount', () => {
    expect(checkAgreedPay([], 0)).toBeNull();
    expect(checkAgreedPay(segments, Number.NaN)).toBeNull();
  });
});
