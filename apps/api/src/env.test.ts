import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('readEnv', () => {
  it('has safe defaults for the embedded mode', () => {
    const env = readEnv({}, '/srv/app');
    expect(env).toMatchObject({ port: 4000, host: '127.0.0.1', databaseUrl: '/srv/app/data/alternance.sqlite', smtpUrl: null, publicUrl: 'http://localhost:4000', corsOrigins: [], production: false, seedDemo: true });
  });

  it('names the variable of a bad value', () => {
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readEnv({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => readEnv({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
    expect(() => readEnv({ CORS_ORIGINS: 'https://ok.example, nope' })).toThrow(/CORS_ORIGINS/);
    expect(() => readEnv({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
    expect(() => readEnv({ TRUSTED_DOCUMENTS: 'sometimes' })).toThrow(/TRUSTED_DOCUMENTS/);
    expect(() => readEnv({ AUTH_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/AUTH_RATE_LIMIT_PER_MINUTE/);
    expect(() => readEnv({ AUTH_RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/AUTH_RATE_LIMIT_PER_MINUTE/);
  });

  it('limits each client IP to 20 requests a minute on /auth/* unless told otherwise', () => {
    expect(readEnv({}).authRateLimitPerMinute).toBe(20);
    expect(readEnv({ AUTH_RATE_LIMIT_PER_MINUTE: '300' }).authRateLimitPerMinute).toBe(300);
  });

  it('gives an API token without a limit of its own 300 requests a minute unless told otherwise', () => {
    expect(readEnv({}).apiTokenRateLimitPerMinute).toBe(300);
    expect(readEnv({ API_TOKEN_RATE_LIMIT_PER_MINUTE: '1200' }).apiTokenRateLimitPerMinute).toBe(1200);
    expect(() => readEnv({ API_TOKEN_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/API_TOKEN_RATE_LIMIT_PER_MINUTE/);
    expect(() => readEnv({ API_TOKEN_RATE_LIMIT_PER_MINUTE: 'many' })).toThrow(/API_TOKEN_RATE_LIMIT_PER_MINUTE/);
  });

  it('reads the several-instances settings: drain time, claim lease, migrations at start', () => {
    expect(readEnv({})).toMatchObject({ shutdownTimeoutMs: 20_000, claimLeaseMs: null, migrateOnStart: true });
    expect(readEnv({ SHUTDOWN_TIMEOUT_SECONDS: '5', CLAIM_LEASE_SECONDS: '30', MIGRATE_ON_START: 'false' })).toMatchObject({ shutdownTimeoutMs: 5_000, claimLeaseMs: 30_000, migrateOnStart: false });
    expect(() => readEnv({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
    // A lease shorter than a webhook's timeout would hand a delivery still in flight to another instance.
    expect(() => readEnv({ CLAIM_LEASE_SECONDS: '10' })).toThrow(/CLAIM_LEASE_SECONDS/);
    expect(() => readEnv({ MIGRATE_ON_START: 'later' })).toThrow(/MIGRATE_ON_START/);
  });

  it('requires a real session secret in production and seeds no demo there', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => readEnv({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    const env = readEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://u@db/alt', CORS_ORIGINS: 'https://addin.example/path' });
    expect(env).toMatchObject({ production: true, seedDemo: false, enforceTrustedDocuments: true, host: '0.0.0.0', databaseUrl: 'postgres://u@db/alt', corsOrigins: ['https://addin.example'] });
  });
});
