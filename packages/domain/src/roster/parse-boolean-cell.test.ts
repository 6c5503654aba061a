import { describe, expect, it } from 'vitest';
import { parseBooleanCell } from './parse-boolean-cell.js';

describe('parseBooleanCell', () => {
  it.each(['oui', 'OUI', 'Oui ', 'yes', 'x', 'X', '1', 'TRUE', 'true', 'vrai', 'VRAI', 'o', 'O', 'y', true, 1])('reads %j as true', (cell) => {
    expect(parseBooleanCell(cell)).toEqual({ ok: true, value: true });
  });

  it.each(['non', 'NON', 'no', '0', 'FALSE', 'faux', 'n', 'N', false, 0])('reads %j as false', (cell) => {
    expect(parseBooleanCell(cell)).toEqual({ ok: true, value: false });
  });

  it.each(['peut-être', '2', 2, 'ouii', {}, new Date(0)])('refuses %j', (cell) => {
    const parsed = parseBooleanCell(cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toEqual({ fr: 'attendu : oui ou non', en: 'expected: yes or no' });
  });

  it('treats empty cells as absent', () => {
    for (const cell of [null, undefined, '', ' ']) expect(parseBooleanCell(cell)).toEqual({ ok: true, value: undefined });
  });
});
