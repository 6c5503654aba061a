import { describe, expect, it } from 'vitest';
import { checkSheet } from './check-sheet.js';
import { resultBlocks } from './result-blocks.js';

const HEADER = ['Nom', 'Formation', 'Statut', 'Contrat', 'DDC', 'DFC'];
const ROW = ['A', 'L3I-2025', 'FI', 'CAPP', '2025-09-01', '2026-07-03'];

describe('resultBlocks', () => {
  it('writes one block from the header row to the last row, blank rows cleared', () => {
    const check = checkSheet([['Titre'], HEADER, ROW, [], ROW]);
    if (!check.ok) throw new Error('not read');
    const blocks = resultBlocks(check);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block?.row).toBe(1);
    expect(block?.column).toBe(6);
    expect(block?.values[0]).toEqual(['Contrôle', 'Anomalies', 'Heures facturables', 'Coût (€)', 'Heures non facturées', 'Salaire minimum (€)']);
    expect(block?.values).toHaveLength(4);
    expect(block?.values[2]).toEqual(['', '', '', '', '', '']);
    // No birth date: no minimum pay, written as a blank cell rather than null.
    expect(block?.values[1]?.[5]).toBe('');
    expect(typeof block?.values[1]?.[2]).toBe('number');
  });

  it('splits into runs when existing result columns are apart', () => {
    const check = checkSheet([[...HEADER, 'Anomalies', 'Notes', 'Contrôle'], [...ROW, '', 'x', '']]);
    if (!check.ok) throw new Error('not read');
    const blocks = resultBlocks(check);
    // Anomalies stays at 6, Contrôle at 8; the missing ones are appended after the last column (9…), next to it.
    expect(blocks.map((b) => [b.column, b.values[0]?.length])).toEqual([[6, 1], [8, 5]]);
    expect(blocks[1]?.values[0]).toEqual(['Contrôle', 'Heures facturables', 'Coût (€)', 'Heures non facturées', 'Salaire minimum (€)']);
  });
});
