import { describe, expect, it } from 'vitest';
import { spreadsheetCellValue } from './spreadsheet-cell-value.js';

describe('spreadsheetCellValue', () => {
  it('keeps plain values and Dates', () => {
    const date = new Date(Date.UTC(2025, 8, 1));
    expect(spreadsheetCellValue(date)).toBe(date);
    expect(spreadsheetCellValue(45_901)).toBe(45_901);
    expect(spreadsheetCellValue('FI')).toBe('FI');
    expect(spreadsheetCellValue(true)).toBe(true);
    expect(spreadsheetCellValue(undefined)).toBeNull();
  });

  it('gives a formula its result, rich text and hyperlinks their text, errors their code', () => {
    expect(spreadsheetCellValue({ formula: 'A1+1', result: 1200 })).toBe(1200);
    expect(spreadsheetCellValue({ sharedFormula: 'A1', result: new Date(0) })).toEqual(new Date(0));
    expect(spreadsheetCellValue({ formula: 'A1' })).toBeNull();
    expect(spreadsheetCellValue({ richText: [{ text: 'Lé' }, { text: 'a', font: { bold: true } }] })).toBe('Léa');
    expect(spreadsheetCellValue({ text: { richText: [{ text: 'Acme' }] }, hyperlink: 'https://acme.example' })).toBe('Acme');
    expect(spreadsheetCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(spreadsheetCellValue({ formula: 'X', result: { error: '#REF!' } })).toBe('#REF!');
  });
});
