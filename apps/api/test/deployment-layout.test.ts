import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../src/env.js';

// Issue 14 §2: the production layout of docs/deployment.md as compose.yaml. Docker cannot pull
// images here, so the file is checked as what it is: YAML whose services run real entry points
// with environment the API accepts, in the order the layout needs.

/* eslint-disable @typescript-eslint/no-explicit-any */
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, any> };
const services = compose.services;
/** `${VAR:?message}` / `${VAR:-default}` as compose would fill them, with sample values for the required ones. */
const interpolate = (value: string) =>
  value.replace(/\$\{([A-Z_]+)(?::([?-])([^}]*))?\}/g, (_m, name: string, kind?: string, rest?: string) => {
    if (kind === '-') return rest ?? '';
    return ({ POSTGRES_PASSWORD: 'pw', PUBLIC_HOST: 'alternance.example.org', SESSION_SECRET: 's'.repeat(40), SMTP_URL: 'smtp://mail.example.org:587' } as Record<string, string>)[name] ?? `missing-${name}`;
  });
const envOf = (service: string): Record<string, string> => Object.fromEntries(Object.entries(services[service].environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));

describe('compose.yaml (the production layout of docs/deployment.md)', () => {
  it('has PostgreSQL, a one-shot migrate step, at least two API replicas and a reverse proxy', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'migrate', 'api', 'proxy', 'backup']));
    expect(services.api.deploy.replicas).toBeGreaterThanOrEqual(2);
    expect(services.migrate.restart).toBe('no');
  });

  it('runs entry points that exist in the API, in order: postgres healthy, migrate done, then the instances', () => {
    for (const name of ['migrate', 'api']) {
      const [node, script] = services[name].command as string[];
      expect(node).toBe('node');
      const source = script!.replace('apps/api/dist/', 'apps/api/src/').replace(/\.js$/, '.ts');
      expect(existsSync(join(root, source)), source).toBe(true);
    }
    expect(services.migrate.command[1]).toBe('apps/api/dist/migrate.js');
    expect(services.migrate.depends_on.postgres.condition).toBe('service_healthy');
    expect(services.api.depends_on.migrate.condition).toBe('service_completed_successfully');
  });

  it('gives the API an environment it accepts in production, and instances that never migrate', () => {
    for (const name of ['migrate', 'api']) {
      const env = envOf(name);
      const parsed = readEnv(env, '/app');
      expect(parsed.production).toBe(true);
      expect(parsed.databaseUrl).toMatch(/^postgres:\/\/alternance:pw@postgres:5432\/alternance$/);
      // Every variable set is one the API reads (a typo would be silently ignored otherwise).
      const sources = read('apps/api/src/env.ts');
      for (const key of Object.keys(env)) expect(sources.includes(`source.${key}`) || sources.includes(`'${key}'`), `${name}: ${key}`).toBe(true);
    }
    expect(readEnv(envOf('api'), '/app')).toMatchObject({ migrateOnStart: false, port: 4000, host: '0.0.0.0', seedDemo: false });
    expect(readEnv(envOf('migrate'), '/app').migrateOnStart).toBe(true);
    // The orchestrator's SIGKILL comes after the drain, not during it.
    const drain = readEnv(envOf('api'), '/app').shutdownTimeoutMs / 1000;
    expect(Number(String(services.api.stop_grace_period).replace(/s$/, ''))).toBeGreaterThan(drain);
  });

  it('puts the reverse proxy in front of the api service on its port, checking /healthz', () => {
    const mount = (services.proxy.volumes as string[]).find((v) => v.includes('Caddyfile'))!;
    const file = mount.split(':')[0]!.replace(/^\.\//, '');
    const caddyfile = read(file);
    expect(caddyfile).toMatch(new RegExp(`reverse_proxy api:${envOf('api').PORT}\\b`));
    expect(caddyfile).toMatch(/health_uri \/healthz/);
    expect(read('apps/api/src/server.ts')).toContain("server.get('/healthz'");
    expect(services.proxy.ports).toEqual(expect.arrayContaining(['443:443']));
  });

  it('backs up with pg_dump and checks each dump with pg_restore (a shell script sh accepts)', () => {
    const mount = (services.backup.volumes as string[]).find((v) => v.includes('backup.sh'))!;
    const script = mount.split(':')[0]!.replace(/^\.\//, '');
    expect(read(script)).toMatch(/pg_dump --format=custom[\s\S]*pg_restore --list/);
    execFileSync('sh', ['-n', join(root, script)]);
  });

  it('builds the image the services run, with the pnpm of the repository', () => {
    expect(services.api.build).toBe('.');
    const pnpm = (JSON.parse(read('package.json')) as { packageManager: string }).packageManager.split('@')[1];
    expect(read('Dockerfile')).toContain(`pnpm@${pnpm}`);
  });

  it('is documented: every variable compose requires is explained in docs/deployment.md', () => {
    const docs = read('docs/deployment.md');
    for (const [, name] of read('compose.yaml').matchAll(/\$\{([A-Z_]+):\?/g)) expect(docs, name).toContain(name);
    for (const name of ['MIGRATE_ON_START', 'SHUTDOWN_TIMEOUT_SECONDS', 'CLAIM_LEASE_SECONDS']) expect(docs, name).toContain(name);
  });
});
