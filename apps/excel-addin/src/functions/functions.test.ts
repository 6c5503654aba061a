import { contractHoursAndCost, minimumPaySchedule } from '@alternance/domain';
import { describe, expect, it } from 'vitest';
import { serialOf } from '../../test/fixtures/generate-roster.js';
import { InvalidArgument } from './function-error.js';
import * as F from './functions.js';

/** The #VALUE! error a call throws, with its French message. */
function valueError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgument);
    return { code: (error as InvalidArgument).code, message: (error as Error).message };
  }
  throw new Error('no error thrown');
}

describe('window functions', () => {
  it('give the Tableau 5 windows as Excel dates (MASTER-2025 CAPP)', () => {
    expect(F.ddcMin('MASTER-2025', 'CAPP')).toBe(serialOf('2025-06-01'));
    expect(F.ddcMax('master-2025', ' capp ')).toBe(serialOf('2025-12-01'));
    expect(F.dfcMin('MASTER-2025', 'CAPP')).toBe(serialOf('2027-09-03'));
    expect(F.dfcMax('MASTER-2025', 'CAPP')).toBe(serialOf('2027-11-03'));
  });

  it('leave an open side empty (CSTAGEALT has no DFC minimum)', () => {
    expect(F.dfcMin('MASTER-2025', 'CSTAGEALT')).toBe('');
  });

  it('refuse an unknown cohort or contract with #VALUE! and a French message', () => {
    expect(valueError(() => F.ddcMin('MASTER-2099', 'CAPP'))).toEqual({ code: '#VALUE!', message: expect.stringMatching(/^Formation inconnue : « MASTER-2099 »/) });
    expect(valueError(() => F.ddcMin('MASTER-2025', 'CSTAGE')).message).toMatch(/Contrat « CSTAGE » non pris en charge/);
    expect(valueError(() => F.ddcMin(null, 'CAPP')).message).toBe('Formation manquant.');
  });
});

describe('CHECK', () => {
  const row = ['MASTER-2025', 'FI', 'CAPP', '10/04/2003', '2025-06-15', null, serialOf('2025-09-01'), '2027-09-10'] as const;

  it('gives OK for a compliant row, and the codes otherwise', () => {
    expect(F.check(...row)).toBe('OK');
    expect(F.check(row[0], 'FC', row[2], row[3], row[4], row[5], row[6], row[7])).toContain('STATUS_CONTRACT_INVALID');
  });

  it('reports an unreadable date as INVALID_VALUE rather than failing', () => {
    expect(F.check(row[0], row[1], row[2], row[3], row[4], row[5], '31/02/2025', row[7])).toBe('INVALID_VALUE');
  });

  it('takes the fiche’s optional facts as trailing arguments (issue 9 §6)', () => {
    const stageAlt = ['MASTER-2025', 'FI', 'CSTAGEALT', '10/04/2003', '2025-06-15', null, serialOf('2025-09-01'), '2026-08-31'] as const;
    const before = F.check(...stageAlt);
    expect(before).toContain('STAGEALT_EXCEPTIONAL');
    const approved = F.check(...stageAlt, null, null, null, null, null, null, null, 'oui');
    expect(approved).not.toContain('STAGEALT_EXCEPTIONAL');
    expect(F.check(...stageAlt, null, null, null, null, null, null, null, 'peut-être')).toContain('INVALID_VALUE');

    const cpro = ['MASTER-2025', 'FI', 'CPRO', '10/04/2003', '2025-06-15', null, serialOf('2025-09-01'), '2027-09-10'] as const;
    const withoutReason = F.check(...cpro);
    expect(withoutReason).not.toBe('OK');
    expect(F.check(...cpro, null, null, null, null, null, null, 'SALARIE').split(', ').length).toBeLessThan(withoutReason.split(', ').length);

    // A minimum pay set by the branch (SMC) above the legal one raises the floor.
    expect(F.check(...row, 1900)).toBe('OK');
    expect(F.check(...row, 1900, null, null, null, null, null, null, null, 5000)).toContain('PAY_BELOW_MINIMUM');
  });

  it('checks pay below the minimum when given', () => {
    expect(F.check(...row, 2000)).toBe('OK');
    expect(F.check(...row, 500)).toBe('PAY_BELOW_MINIMUM');
  });

  it('checks a whole column in one call, a blank row giving an empty cell', () => {
    const column = (values: unknown[]) => values.map((v) => [v]);
    const result = F.checkRowsFunction(
      column(['MASTER-2025', null, 'MASTER-2025']), column(['FI', null, 'FC']), column(['CAPP', null, 'CAPP']),
      column([row[3], null, row[3]]), column([row[4], null, row[4]]), column([null, null, null]),
      column([row[6], null, row[6]]), column([row[7], null, row[7]]),
    );
    expect(result).toEqual([['OK'], [''], [expect.stringContaining('STATUS_CONTRACT_INVALID')]]);
  });

  it('refuses columns of different heights', () => {
    const a = [['MASTER-2025'], ['MASTER-2025']];
    expect(valueError(() => F.checkRowsFunction(a, [['FI']], [['CAPP'], ['CAPP'], ['CAPP']], a, a, a, a, a)).message).toMatch(/^Formation : 2 valeurs au lieu de 3/);
  });
});

describe('MIN_PAY', () => {
  it('is the first pay segment of the domain schedule on that day', () => {
    const expected = minimumPaySchedule({ cohort: 'MASTER-2025', contractType: 'CAPP', birthDate: '2003-04-10', startDate: '2025-10-01', endDate: '2025-10-01' })[0]?.monthlyMinimumGross;
    expect(F.minPay('MASTER-2025', 'CAPP', serialOf('2003-04-10'), '01/10/2025')).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it('uses the SMC of a CPRO aged 26 or more when it is higher than the SMIC', () => {
    const smic = F.minPay('MASTER-2025', 'CPRO', '1990-01-01', '2025-10-01');
    expect(F.minPay('MASTER-2025', 'CPRO', '1990-01-01', '2025-10-01', 3000)).toBeGreaterThan(smic);
  });

  it('refuses a non-date, a contract that has no minimum and a date before birth', () => {
    expect(valueError(() => F.minPay('MASTER-2025', 'CAPP', 'hier', '2025-10-01')).message).toMatch(/^Date de naissance illisible : attendu : une date/);
    expect(valueError(() => F.minPay('MASTER-2025', 'CSTAGE', '2003-04-10', '2025-10-01')).message).toMatch(/non pris en charge/);
    expect(valueError(() => F.minPay('MASTER-2025', 'CAPP', '2003-04-10', '2003-04-10')).message).toBe('La date doit suivre la date de naissance.');
  });

  it('spills one column, a bad row giving its own #VALUE!', () => {
    const result = F.minPayRows([['MASTER-2025']], [['CAPP']], [['2003-04-10'], ['xx'], [null]], [['2025-10-01']]);
    expect(result[0]?.[0]).toBe(F.minPay('MASTER-2025', 'CAPP', '2003-04-10', '2025-10-01'));
    expect(result[1]?.[0]).toBeInstanceOf(InvalidArgument);
    expect(result[2]).toEqual(['']);
  });
});

describe('HOURS, COST, UNBILLED_HOURS', () => {
  const figures = contractHoursAndCost({ cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-10-01', endDate: '2027-09-10' });

  it('give the domain figures, dates read from serials and text alike', () => {
    expect(figures).not.toBeNull();
    expect(F.hours('MASTER-2025', serialOf('2025-10-01'), '10/09/2027')).toBe(figures?.billableHours);
    expect(F.cost('MASTER-2025', 'CPRO', '2025-10-01', '2027-09-10')).toBe(figures?.cost);
    expect(F.unbilledHoursFunction('MASTER-2025', '2025-10-01', '2027-09-10')).toBe(figures?.unbilledHours);
    // A late DDC leaves hours unbilled; a DDC on the DDF, none.
    expect(figures?.unbilledHours).toBeGreaterThan(0);
    expect(F.unbilledHoursFunction('MASTER-2025', '2025-09-01', '2027-09-10')).toBe(0);
  });

  it('refuse a DFC before the DDC and a cost for an internship', () => {
    expect(valueError(() => F.hours('MASTER-2025', '2025-10-01', '2025-09-30')).message).toBe('La DFC précède la DDC.');
    expect(valueError(() => F.cost('MASTER-2025', 'CSTAGEALT', '2025-10-01', '2026-03-01')).message).toMatch(/non pris en charge/);
  });

  it('have range versions that take table columns', () => {
    const ddcs = [['2025-10-01'], ['2025-09-01'], ['']];
    const dfcs = [['2027-09-10'], ['2027-09-10'], ['']];
    expect(F.hoursRows([['MASTER-2025']], ddcs, dfcs).map((r) => r[0])).toEqual([figures?.billableHours, F.hours('MASTER-2025', '2025-09-01', '2027-09-10'), '']);
    expect(F.costRows([['MASTER-2025']], [['CPRO']], ddcs, dfcs)[0]).toEqual([figures?.cost]);
    expect(F.unbilledHoursRows([['MASTER-2025']], ddcs, dfcs)[1]).toEqual([0]);
    // A row rather than a column is accepted too.
    expect(F.hoursRows([['MASTER-2025']], [['2025-10-01', '2025-09-01']], [['2027-09-10', '2027-09-10']])).toHaveLength(2);
    expect(valueError(() => F.hoursRows([['MASTER-2025']], [['a', 'b'], ['c', 'd']], dfcs)).message).toMatch(/une seule colonne/);
  });
});
