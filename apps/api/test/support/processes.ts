import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
/** The built API, as production runs it (turbo builds it before the API's tests). */
export const API_MAIN = join(dist, 'main.js');
export const API_MIGRATE = join(dist, 'migrate.js');

/** Fails loudly when the build is missing or older than the sources it should run. */
export function requireBuiltApi(): void {
  if (!existsSync(API_MAIN) || !existsSync(API_MIGRATE)) throw new Error('apps/api/dist is not built: run `pnpm --filter @alternance/api build` (turbo does before the tests).');
  const src = join(dist, '../src/server.ts');
  if (statSync(src).mtimeMs > statSync(join(dist, 'server.js')).mtimeMs) throw new Error('apps/api/dist is older than src/: rebuild the API before these tests.');
}

/** `node dist/migrate.js` once, as the production layout's one-shot service; resolves with its output. */
export function runMigrate(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [API_MIGRATE], { env: { ...process.env, NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`migrate exited ${code}:\n${output}`))));
  });
}

export interface Auth {
  cookie?: string;
  token?: string;
}

export async function gql(url: string, query: string, variables: Record<string, unknown>, auth: Auth): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as any;
  if (response.status !== 200 || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
