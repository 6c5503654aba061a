import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeWorkbook } from '../workbook/fake-workbook.js';
import { cellBytes, planWriteBatches } from '../workbook/plan-write-batches.js';
import { verifyTable } from './verify-table.js';

const HEADERS = ['Nom', 'Formation', 'Statut', 'Contrat', 'Date de naissance', 'DDC', 'DFC', 'Salaire brut mensuel', 'Étranger', 'Contrôle', 'Autre'];
const cell = fc.oneof(
  fc.constantFrom('', 'MASTER-2025', 'L3I-2025', 'FI', 'FC', 'CAPP', 'CPRO', 'CSTAGEALT', 'oui', 'non', '31/02/2025', '2025-09-01', '01/09/2026', 'x'),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
);

describe('verifyTable (property)', () => {
  it('never throws and accounts for every row, whatever the cells', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(HEADERS, { minLength: 0 }),
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }),
        async (header, rows) => {
          const workbook = new FakeWorkbook({ S: [header, ...rows] });
          const outcome = await verifyTable(workbook);
          if (outcome.ok) {
            expect(outcome.counts.ok + outcome.counts.warning + outcome.counts.error).toBe(outcome.counts.rows);
            expect(workbook.marks.get('S')?.size ?? 0).toBeLessThanOrEqual(outcome.markedCells);
          } else {
            expect(outcome.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('planWriteBatches (property)', () => {
  it('writes every cell exactly once, never more than 10,000 cells or 5,000 rows per batch', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ rows: fc.integer({ min: 0, max: 12_000 }), width: fc.integer({ min: 1, max: 30 }) }), { maxLength: 4 }), (shapes) => {
        const blocks = shapes.map((shape, i) => ({ row: 0, column: i * 40, values: Array.from({ length: shape.rows }, () => new Array<number>(shape.width).fill(0)) }));
        const batches = planWriteBatches(blocks);
        let total = 0;
        for (const batch of batches) {
          const cells = batch.reduce((n, b) => n + b.values.length * (b.values[0]?.length ?? 0), 0);
          expect(cells).toBeLessThanOrEqual(10_000);
          expect(batch.reduce((n, b) => n + b.values.length, 0)).toBeLessThanOrEqual(5_000);
          total += cells;
        }
        expect(total).toBe(shapes.reduce((n, s) => n + s.rows * s.width, 0));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every batch within its byte bound unless one row alone is over it, in row order', () => {
    const limits = { rows: 50, cells: 200, bytes: 600 };
    fc.assert(
      fc.property(fc.array(fc.array(fc.array(fc.string({ maxLength: 120 }), { minLength: 2, maxLength: 2 }), { maxLength: 80 }), { maxLength: 3 }), (shapes) => {
        const blocks = shapes.map((values, i) => ({ row: 5, column: i * 3, values }));
        const batches = planWriteBatches(blocks, limits);
        for (const batch of batches) {
          const rows = batch.flatMap((b) => b.values);
          const bytes = rows.flat().reduce((n: number, v) => n + cellBytes(v), 0);
          if (rows.length > 1) expect(bytes).toBeLessThanOrEqual(limits.bytes);
        }
        expect(batches.flat().flatMap((b) => b.values)).toEqual(blocks.flatMap((b) => b.values));
      }),
      { numRuns: 100 },
    );
  });
});
