#!/usr/bin/env node
// Fails when a package's committed GraphQL codegen output differs from what graphql-codegen
// writes from its documents and schema now: the package's `lint` runs it, so a stale
// src/gql/, resolver types or merged schema never reaches main.
//   node ../../tooling/scripts/check-codegen.mjs [package dir, default: the current directory]
// The files checked are the `generates` outputs of the package's codegen.ts (a folder key, ending
// with "/", stands for every file in it), read with graphql-codegen's own config loader.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const configFile = join(root, 'codegen.ts');
if (!existsSync(configFile)) {
  console.error(`check-codegen: no codegen.ts in ${root} (argument: the package's folder).`);
  process.exit(2);
}
// The package's own graphql-codegen, the one its `codegen` script runs.
const { loadCodegenConfig } = createRequire(join(root, 'package.json'))('@graphql-codegen/cli');
const { config } = await loadCodegenConfig({ configFilePath: configFile });
const outputs = Object.keys(config.generates);

/** Every generated file (path relative to the package) and its text; a missing one is absent. */
function snapshot() {
  const files = {};
  for (const output of outputs) {
    const path = join(root, output);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory()) {
      for (const f of readdirSync(path, { recursive: true })) {
        const file = join(path, f);
        if (statSync(file).isFile()) files[join(output, f)] = readFileSync(file, 'utf8');
      }
    } else files[output] = readFileSync(path, 'utf8');
  }
  return files;
}

const before = snapshot();
execFileSync('pnpm', ['exec', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: root, stdio: 'inherit' });
const after = snapshot();
const stale = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]).sort();
if (stale.length) {
  console.error(`Generated GraphQL files were stale and have been regenerated: ${stale.join(', ')}. Commit them.`);
  process.exit(1);
}
console.log(`GraphQL codegen output is up to date (${outputs.join(', ')}).`);
