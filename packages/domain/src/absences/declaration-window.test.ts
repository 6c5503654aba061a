import { describe, expect, it } from 'vitest';
import { absenceDeclarationStart } from './declaration-window.js';

describe('absenceDeclarationStart', () => {
  it('goes back to the start of the previous training year, which changes on 1 September', () => {
    expect(absenceDeclarationStart('2026-08-31')).toBe('2024-09-01');
    expect(absenceDeclarationStart('2026-09-01')).toBe('2025-09-01');
    expect(absenceDeclarationStart('2026-12-01')).toBe('2025-09-01');
    expect(absenceDeclarationStart('2027-01-01')).toBe('2025-09-01');
  });
});
