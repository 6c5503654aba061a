import { describe, expect, it } from 'vitest';
import type { Finding } from '../contracts/contract-input.js';
import { formatRowResult } from './result-columns.js';

const noFigures = { billableHours: null, cost: null, unbilledHours: null, minimumPay: null };
const late: Finding = {
  code: 'DDC_TOO_LATE',
  severity: 'error',
  field: 'startDate',
  message: 'La DDC est après le 01/12/2025.',
  messageEn: 'The start date is after 2025-12-01.',
  ref: '§3.3.2, Tableau 5',
};
const stage: Finding = { code: 'STAGEALT_EXCEPTIONAL', severity: 'warning', message: 'Accord préalable requis.', messageEn: 'x', ref: '§2.1.2' };

describe('formatRowResult', () => {
  it('writes OK and the figures for a row without findings', () => {
    expect(formatRowResult({ findings: [] }, { billableHours: 1007.5, cost: 15_243.1, unbilledHours: 0, minimumPay: 954.96 })).toEqual({
      'Contrôle': 'OK',
      'Anomalies': '',
      'Heures facturables': 1007.5,
      'Coût (€)': 15_243.1,
      'Heures non facturées': 0,
      'Salaire minimum (€)': 954.96,
    });
  });

  it('writes Avertissement for warnings only, Erreur as soon as one finding is an error', () => {
    expect(formatRowResult({ findings: [stage] }, noFigures)['Contrôle']).toBe('Avertissement');
    const result = formatRowResult({ findings: [late, stage] }, noFigures);
    expect(result['Contrôle']).toBe('Erreur');
    expect(result['Anomalies']).toBe('DDC_TOO_LATE : La DDC est après le 01/12/2025.; STAGEALT_EXCEPTIONAL : Accord préalable requis.');
    expect(result['Coût (€)']).toBeNull();
  });
});
