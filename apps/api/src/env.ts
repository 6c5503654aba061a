import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** The API's whole configuration, read once from the environment at start-up. */
export interface Env {
  port: number;
  host: string;
  databaseUrl: string;
  smtpUrl: string | null;
  publicUrl: string;
  sessionSecret: string;
  corsOrigins: string[];
  production: boolean;
  seedDemo: boolean;
  /** Browser sessions may run only the portal's known documents (by hash); API tokens may send any query. */
  enforceTrustedDocuments: boolean;
  /** Reverse proxies (IPs or CIDR ranges) whose X-Forwarded-For is believed; none: the peer's address is the client's. */
  trustedProxies: string[];
  /** Requests per client IP and minute on each /auth/* endpoint (sign-in, links, tokens); one campus NAT may need more. */
  authRateLimitPerMinute: number;
  /** Requests per minute of an API token that has no limit of its own (issue 14), counted in the database (all instances). */
  apiTokenRateLimitPerMinute: number;
  /** How long a stopping instance waits for its requests and deliveries in flight (SIGTERM). */
  shutdownTimeoutMs: number;
  /** Lease of a claimed mail or webhook delivery (a crashed instance's work is retaken after it); null: each queue's default. */
  claimLeaseMs: number | null;
  /** Apply pending migrations (and the seed) at start; false for instances started after a one-shot `migrate`. */
  migrateOnStart: boolean;
}

export class EnvError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Invalid ${variable}: ${detail}`);
    this.name = 'EnvError';
  }
}

function url(variable: string, value: string, protocols: string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new EnvError(variable, `"${value}" is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) throw new EnvError(variable, `"${value}" must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  return value;
}

const DEV_SECRET = 'embedded-mode-development-secret-not-for-production';

/**
 * Validates the environment: safe defaults for the embedded mode (SQLite file under data/,
 * no SMTP, http://localhost:4000), a clear error naming the variable for a bad value, and
 * no default at all for what production must set.
 */
export function readEnv(source: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): Env {
  const production = source.NODE_ENV === 'production';
  const rawPort = source.PORT ?? '4000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) throw new EnvError('PORT', `"${rawPort}" is not a port number (1–65535)`);

  const databaseUrl = source.DATABASE_URL?.trim() || resolve(cwd, 'data', 'alternance.sqlite');
  if (/^[a-z]+:\/\//.test(databaseUrl) && !/^(postgres|postgresql|sqlite):\/\//.test(databaseUrl)) {
    throw new EnvError('DATABASE_URL', `"${databaseUrl.replace(/\/\/[^@]*@/, '//…@')}" must be postgres://…, sqlite://path or a file path`);
  }

  const smtpUrl = source.SMTP_URL?.trim() ? url('SMTP_URL', source.SMTP_URL.trim(), ['smtp:', 'smtps:']) : null;
  const publicUrl = url('PUBLIC_URL', (source.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''), ['http:', 'https:']);

  const sessionSecret = source.SESSION_SECRET ?? (production ? '' : DEV_SECRET);
  if (sessionSecret.length < 32) throw new EnvError('SESSION_SECRET', 'must be at least 32 characters (required in production)');
  if (production && sessionSecret === DEV_SECRET) throw new EnvError('SESSION_SECRET', 'the development default cannot be used in production');

  const corsOrigins = (source.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '')
    .map((o) => {
      url('CORS_ORIGINS', o, ['http:', 'https:']);
      return new URL(o).origin;
    });

  const seedDemo = (source.SEED_DEMO ?? (production ? 'false' : 'true')).toLowerCase();
  if (!['true', 'false', '1', '0'].includes(seedDemo)) throw new EnvError('SEED_DEMO', `"${source.SEED_DEMO}" must be true or false`);
  // The demo accounts share a published password: never in production (issue 10, item 9).
  if (production && (seedDemo === 'true' || seedDemo === '1')) throw new EnvError('SEED_DEMO', 'cannot be true with NODE_ENV=production (the demo accounts have a published password)');

  const trusted = (source.TRUSTED_DOCUMENTS ?? (production ? 'enforce' : 'off')).toLowerCase();
  if (!['enforce', 'off'].includes(trusted)) throw new EnvError('TRUSTED_DOCUMENTS', `"${source.TRUSTED_DOCUMENTS}" must be enforce or off`);

  // Only these peers may say who the client is: anyone else could dodge the per-IP limits (issue 10, item 4).
  const trustedProxies = (source.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const [address, prefix, extra] = p.split('/');
      const version = isIP(address ?? '');
      const bits = version === 6 ? 128 : 32;
      if (!version || extra !== undefined || (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits))) {
        throw new EnvError('TRUSTED_PROXIES', `"${p}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, ::1)`);
      }
      return p;
    });

  const rawLimit = source.AUTH_RATE_LIMIT_PER_MINUTE?.trim() || '20';
  const authRateLimitPerMinute = Number(rawLimit);
  if (!/^\d+$/.test(rawLimit) || authRateLimitPerMinute < 1 || authRateLimitPerMinute > 100_000) {
    throw new EnvError('AUTH_RATE_LIMIT_PER_MINUTE', `"${rawLimit}" is not a whole number of requests (1–100000)`);
  }

  const rawTokenLimit = source.API_TOKEN_RATE_LIMIT_PER_MINUTE?.trim() || '300';
  const apiTokenRateLimitPerMinute = Number(rawTokenLimit);
  if (!/^\d+$/.test(rawTokenLimit) || apiTokenRateLimitPerMinute < 1 || apiTokenRateLimitPerMinute > 100_000) {
    throw new EnvError('API_TOKEN_RATE_LIMIT_PER_MINUTE', `"${rawTokenLimit}" is not a whole number of requests (1–100000)`);
  }
  const shutdownTimeoutMs = wholeNumber(source, 'SHUTDOWN_TIMEOUT_SECONDS', '20', 1, 600) * 1000;
  // Longer than a webhook's 10 s timeout: a lease must never run out while its delivery is still in flight.
  const lease = source.CLAIM_LEASE_SECONDS?.trim() ? wholeNumber(source, 'CLAIM_LEASE_SECONDS', '', 15, 86_400) * 1000 : null;
  const migrateOnStart = (source.MIGRATE_ON_START?.trim() || 'true').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(migrateOnStart)) throw new EnvError('MIGRATE_ON_START', `"${source.MIGRATE_ON_START}" must be true or false`);

  return {
    port,
    host: source.HOST?.trim() || (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl,
    smtpUrl,
    publicUrl,
    sessionSecret,
    corsOrigins,
    production,
    seedDemo: seedDemo === 'true' || seedDemo === '1',
    enforceTrustedDocuments: trusted === 'enforce',
    trustedProxies,
    authRateLimitPerMinute,
    apiTokenRateLimitPerMinute,
    shutdownTimeoutMs,
    claimLeaseMs: lease,
    migrateOnStart: migrateOnStart === 'true' || migrateOnStart === '1',
  };
}

function wholeNumber(source: Record<string, string | undefined>, variable: string, fallback: string, min: number, max: number): number {
  const raw = source[variable]?.trim() || fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new EnvError(variable, `"${raw}" is not a whole number of seconds (${min}–${max})`);
  return value;
}
