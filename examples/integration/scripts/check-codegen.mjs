#!/usr/bin/env node
// Fails when the committed typed documents (src/gql) differ from what graphql-codegen
// writes from the client's documents and the API's merged schema.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const dir = `${root}src/gql/`;
const snapshot = () => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(dir + f, 'utf8')]));
const before = snapshot();
execFileSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: root, stdio: 'inherit' });
const after = snapshot();
const stale = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]);
if (stale.length) {
  console.error(`Generated GraphQL documents were stale and have been regenerated: src/gql/${stale.join(', src/gql/')}. Commit them.`);
  process.exit(1);
}
console.log('GraphQL codegen output is up to date.');
