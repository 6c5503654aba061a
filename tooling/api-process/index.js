import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEMO_PASSWORD = 'Alternance-Demo-2026';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startApi({ main, today = '2025-07-01', smtpUrl = '', databasePath: existing, env = {}, timeoutMs = 150_000 }) {
  // A database the caller brings is theirs to remove; a fresh one is ours.
  const dir = existing ? null : mkdtempSync(join(tmpdir(), 'alternance-api-'));
  const databasePath = existing ?? join(dir, 'db.sqlite');
  const removeDir = () => dir && rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databasePath,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      FIXED_TODAY: today,
      SEED_DEMO: 'true',
      SMTP_URL: smtpUrl,
      // Every test signs in from 127.0.0.1: the per-IP limit is the API's own tests' business.
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    removeDir();
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      removeDir();
      throw new Error(`The API stopped (exit ${child.exitCode}):\n${output}`);
    }
    const healthy = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    // The start-up line comes after the seed: /healthz alone may answer before it.
    if (healthy && output.includes('Alternance API on')) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The API did not start within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    databasePath,
    pid: child.pid,
    exited,
    output: () => output,
    kill: (signal) => child.kill(signal),
    stop,
  };
}

export async function signIn(url, email, password = DEMO_PASSWORD) {
  const response = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (response.status !== 200) throw new Error(`Sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  return response.headers.get('set-cookie').split(';')[0];
}
