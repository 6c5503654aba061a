import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The API serves apps/portal/dist: build it from the sources under test (≈ 2 s). */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  await build({ root, logLevel: 'warn', configFile: `${root}vite.config.ts` });
  // As `pnpm build` does: the API reads the portal's known documents from dist.
  copyFileSync(`${root}src/gql/persisted-documents.json`, `${root}dist/persisted-documents.json`);
  if (!existsSync(`${root}../api/dist/main.js`)) throw new Error('apps/api/dist/main.js is missing: run `pnpm --filter @alternance/api build` first.');
}
