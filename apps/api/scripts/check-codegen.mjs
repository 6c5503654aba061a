#!/usr/bin/env node
// Fails when the committed generated files (resolver types, merged schema.graphql) differ
// from what graphql-codegen writes from the .graphql sources.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const files = ['src/graphql/generated/resolvers-types.ts', 'schema.graphql'];
const before = files.map((f) => readFileSync(`${root}${f}`, 'utf8'));
execFileSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: root, stdio: 'inherit' });
const stale = files.filter((f, i) => readFileSync(`${root}${f}`, 'utf8') !== before[i]);
if (stale.length) {
  console.error(`Generated GraphQL files were stale and have been regenerated: ${stale.join(', ')}. Commit them.`);
  process.exit(1);
}
console.log('GraphQL codegen output is up to date.');
