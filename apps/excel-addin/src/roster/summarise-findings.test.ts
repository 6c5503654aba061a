import type { Finding } from '@alternance/domain';
import { describe, expect, it } from 'vitest';
import type { CheckedRow } from './check-sheet.js';
import { summariseFindings } from './summarise-findings.js';

const finding = (code: string, severity: Finding['severity']): Finding => ({ code, severity, message: code, messageEn: code, ref: '' });
const row = (rowIndex: number, findings: Finding[]): CheckedRow =>
  ({ rowIndex, findings, level: 'ok', marks: [], result: {} as CheckedRow['result'] });

describe('summariseFindings', () => {
  it('counts rows by rule code, errors first, then by count', () => {
    const summary = summariseFindings([
      row(1, [finding('VALIDATION_LEAD_TIME', 'warning')]),
      row(2, [finding('VALIDATION_LEAD_TIME', 'warning'), finding('DDC_TOO_LATE', 'error')]),
      row(3, [finding('INVALID_VALUE', 'error'), finding('INVALID_VALUE', 'error')]),
      row(4, [finding('DDC_TOO_LATE', 'error')]),
    ]);
    expect(summary.map((s) => [s.code, s.count, s.rowIndexes])).toEqual([
      ['DDC_TOO_LATE', 2, [2, 4]],
      ['INVALID_VALUE', 1, [3]],
      ['VALIDATION_LEAD_TIME', 2, [1, 2]],
    ]);
    expect(summary[0]?.title).toBe('DDC trop tard');
  });

  it('keeps an unknown code as its own title', () => {
    expect(summariseFindings([row(0, [finding('NEW_RULE', 'info')])])[0]?.title).toBe('NEW_RULE');
  });
});
