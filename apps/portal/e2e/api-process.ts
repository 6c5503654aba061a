import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface ApiProcess {
  url: string;
  databasePath: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the API the way the README does (`node apps/api/dist/main.js`) on a fresh SQLite
 * file with the demo programme, a fixed "today" and the test's SMTP sink.
 */
export async function startApi(options: { smtpUrl: string; today?: string; databasePath?: string }): Promise<ApiProcess> {
  // Another API process on the database of a stopped one (a later "today"): the caller owns that file.
  const dir = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  const databasePath = options.databasePath ?? join(dir!, 'db.sqlite');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      // As in production: the browser may run only the documents this build shipped.
      TRUSTED_DOCUMENTS: 'enforce',
      DATABASE_URL: databasePath,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      FIXED_TODAY: options.today ?? '2025-07-01',
      // Every journey signs in from 127.0.0.1: the per-IP limit is the API tests' business.
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      SMTP_URL: options.smtpUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API stopped (exit ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok && output.includes('Alternance API on')) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The API did not start within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    databasePath,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
