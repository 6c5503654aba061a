import type { ContractInput } from '../src/contracts/contract-input.js';

/** Deterministic roster rows for the benchmark (generate-rows.mjs): `count` rows from a seeded generator. */
export function generateRows(count: number, seed?: number): ContractInput[];
