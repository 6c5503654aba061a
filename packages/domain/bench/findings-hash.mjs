// Output identity of checkContracts (issue 15): the JSON of every result (findings with
// their messages worded, windows, durations) for the bench's generated rows and two other
// seeds, without `today` and with 2025-10-01, hashed. An optimisation of the engine must
// leave this hash unchanged (docs/benchmarks.md gives the one of the engine it started
// from); a change of the rules or their wording changes it on purpose.
// Usage: node bench/findings-hash.mjs [path to the domain's dist/index.js]
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2] ? pathToFileURL(process.argv[2]).href : new URL('../dist/index.js', import.meta.url).href;
const { checkContracts } = await import(dist);
const { generateRows } = await import('./generate-rows.mjs');
const parts = [];
let rows = 0;
let findings = 0;
for (const [count, seed] of [[10_000, 42], [3_000, 7], [3_000, 1234]]) {
  const generated = generateRows(count, seed);
  for (const today of [undefined, '2025-10-01']) {
    const checks = checkContracts(generated, today === undefined ? undefined : { today });
    rows += checks.length;
    findings += checks.reduce((n, c) => n + c.findings.length, 0);
    parts.push(JSON.stringify(checks));
  }
}
const text = parts.join('\n');
console.log(`${createHash('sha256').update(text).digest('hex')} (${rows} rows, ${findings} findings, ${text.length} characters of JSON)`);
