import { describe, expect, it } from 'vitest';
import { checkLivretSheetEditable } from './livret-sheet-lock.js';

describe('checkLivretSheetEditable (LIVRET_SHEET_SUBMITTED)', () => {
  it('a draft is editable, a submitted sheet is not', () => {
    expect(checkLivretSheetEditable(null)).toEqual([]);
    expect(checkLivretSheetEditable(new Date('2026-02-01T10:00:00Z')).map((f) => f.code)).toEqual(['LIVRET_SHEET_SUBMITTED']);
  });
});
