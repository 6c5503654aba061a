import { describe, expect, it } from 'vitest';
import { generateRows } from '../../bench/generate-rows.mjs';
import { checkContracts } from './check-contracts.js';
import type { ContractCheck } from './contract-input.js';
import frozenSeed2026 from './fixtures/check-contracts-seed-2026.json' with { type: 'json' };

/**
 * Output identity of checkContracts (issue 15): the engine is optimised again and again, and
 * each pass must leave every finding — code, severity, field, window, both messages worded —
 * every window and every duration as they were. Two expectations were frozen from the engine
 * at a4933fe (before helper h58's pass) and must only change with a rule or its wording:
 * - a readable one, the JSON of the results of 300 generated rows (seed 2026), without `today`
 *   and with 2025-10-01 (fixtures/check-contracts-seed-2026.json), compared row by row;
 * - the hash of the JSON of every result for the bench's 10,000 rows (seed 42) and 3,000 rows
 *   of seeds 7 and 1234, the same two ways — what `pnpm --filter @alternance/domain bench:hash`
 *   prints, and docs/benchmarks.md quotes.
 */
const TODAYS = [undefined, '2025-10-01'] as const;

function plain(checks: ContractCheck[]): unknown[] {
  // The lazy findings' toJSON gives the plain finding, messages worded.
  return JSON.parse(JSON.stringify(checks)) as unknown[];
}

describe('checkContracts keeps its output (issue 15)', () => {
  it('gives the frozen results for 300 generated rows (seed 2026)', () => {
    const frozen = frozenSeed2026 as Record<string, unknown[]>;
    const rows = generateRows(300, 2026);
    for (const today of TODAYS) {
      const expected = frozen[today ?? 'none'] as unknown[];
      const actual = plain(checkContracts(rows, today === undefined ? undefined : { today }));
      expect(actual.length).toBe(300);
      // Row by row, so that a difference names its row.
      for (let i = 0; i < actual.length; i++) expect({ row: i, today, result: actual[i] }).toEqual({ row: i, today, result: expected[i] });
    }
  });

  it('hashes to the frozen digest on the bench’s rows and two other seeds (bench:hash)', async () => {
    const parts: string[] = [];
    let rows = 0;
    let findings = 0;
    for (const [count, seed] of [
      [10_000, 42],
      [3_000, 7],
      [3_000, 1234],
    ] as const) {
      const generated = generateRows(count, seed);
      for (const today of TODAYS) {
        const checks = checkContracts(generated, today === undefined ? undefined : { today });
        rows += checks.length;
        findings += checks.reduce((n, c) => n + c.findings.length, 0);
        parts.push(JSON.stringify(checks));
      }
    }
    expect({ rows, findings }).toEqual({ rows: 32_000, findings: 22_128 });
    expect(await sha256Hex(parts.join('\n'))).toBe('08ad27d07698689e9e420568da7c38ae861422427e7209ced2b18e2c08727318');
    // 32,000 rows checked and 14 M characters of JSON hashed: seconds on a busy 2-core machine.
  }, 120_000);
});

/** The SHA-256 of a text's UTF-8, in hexadecimal (as findings-hash.mjs prints it). */
async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
