import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { startApi, signIn } from '@alternance/api-process';
const documents = Object.values(JSON.parse(readFileSync(new URL('../../portal/src/gql/persisted-documents.json', import.meta.url), 'utf8')));
const documentNamed = (name) => documents.find((d) => new RegExp(`(^|\\} )query ${name}\\b`).test(d));
const api = process.env.API_URL ? { url: process.env.API_URL } : await startApi({ main: new URL('../dist/main.js', import.meta.url).pathname, today: '2025-11-17',
  env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/alt_university_keep', NODE_ENV: 'production', SEED_DEMO: 'false', SESSION_SECRET: randomBytes(32).toString('hex'), TRUSTED_DOCUMENTS: 'off', ...(process.env.PROF ? { NODE_OPTIONS: '--cpu-prof --cpu-prof-dir=' + process.env.PROF } : {}) }, timeoutMs: 120000 });
const cookie = await signIn(api.url, process.env.WHO ?? 'manager@univ.example', 'University-Bench-2026');
const q = documentNamed(process.env.DOC);
const vars = JSON.parse(process.env.VARS ?? '{}');
for (let i = 0; i < Number(process.env.N ?? 3); i++) {
  const t = performance.now();
  const r = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: q, variables: vars }) });
  const b = await r.json();
  if (i < 3 || i % 50 === 0) console.log(i, (performance.now() - t).toFixed(1), 'ms', JSON.stringify(b).slice(0, 200));
}
await api.stop?.(); process.exit(0);
