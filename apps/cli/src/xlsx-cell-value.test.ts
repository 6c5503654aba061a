import { describe, expect, it } from 'vitest';
import { xlsxCellValue } from './xlsx-cell-value.js';

describe('xlsxCellValue', () => {
  it('keeps plain values and Dates', () => {
    const date = new Date(Date.UTC(2025, 8, 1));
    expect(xlsxCellValue(date)).toBe(date);
    expect(xlsxCellValue(45_901)).toBe(45_901);
    expect(xlsxCellValue('FI')).toBe('FI');
    expect(xlsxCellValue(true)).toBe(true);
    expect(xlsxCellValue(undefined)).toBeNull();
  });

  it('gives a formula its result, rich text and hyperlinks their text, errors their code', () => {
    expect(xlsxCellValue({ formula: 'A1+1', result: 1200 })).toBe(1200);
    expect(xlsxCellValue({ sharedFormula: 'A1', result: new Date(0) })).toEqual(new Date(0));
    expect(xlsxCellValue({ formula: 'A1' })).toBeNull();
    expect(xlsxCellValue({ richText: [{ text: 'Lé' }, { text: 'a', font: { bold: true } }] })).toBe('Léa');
    expect(xlsxCellValue({ text: { richText: [{ text: 'Acme' }] }, hyperlink: 'https://acme.example' })).toBe('Acme');
    expect(xlsxCellValue({ error: '#N/A' })).toBe('#N/A');
    expect(xlsxCellValue({ formula: 'X', result: { error: '#REF!' } })).toBe('#REF!');
  });
});
