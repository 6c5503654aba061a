import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { migrate, openDatabase, type DatabaseLocation } from '../../src/db/orm.js';
import { readEnv } from '../../src/env.js';
import { User, type Role } from '../../src/modules/auth/auth.entities.js';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { seedReferenceData } from '../../src/modules/reference-data/reference-data.service.js';
import { seedDemoProgramme } from '../../src/seed/seed.js';
import { seedCalendars } from '../../src/modules/calendars/calendar-in-force.js';
import { loadReferenceData } from '../../src/modules/reference-data/reference-data.service.js';
import { buildApp, type App, type AppOptions } from '../../src/server.js';
import { fixedClock, type Clock } from '../../src/shared/clock.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export const PASSWORD = 'Correct-Horse-Battery-9';

export interface Auth {
  cookie?: string;
  token?: string;
}

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApp {
  app: App;
  orm: MikroORM;
  db: TestDatabase;
  clock: Clock & { set(today: string): void };
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, auth?: Auth): Promise<GqlResult<T>>;
  post(path: string, body: unknown, auth?: Auth): Promise<{ status: number; body: any; cookie: string | null; setCookie: string | null }>;
  createUser(role: Role, email?: string): Promise<User>;
  login(email: string, password?: string): Promise<string>;
  /** Creates a user of the role and returns its session cookie. */
  as(role: Role): Promise<Auth>;
  close(): Promise<void>;
}

let userCounter = 0;
let passwordHash: Promise<string> | null = null;

export async function createTestApp(options: {
  dialect: DatabaseLocation['dialect'];
  today?: string;
  smtpUrl?: string;
  demo?: boolean;
  production?: boolean;
  trustedDocuments?: ReadonlyMap<string, string>;
  /**
   * Send every query by hash, as the portal does, the test's queries being the build's
   * trusted documents: lets browser-session tests run with TRUSTED_DOCUMENTS=enforce (production).
   */
  registerDocuments?: boolean;
  portalDir?: string;
  logger?: AppOptions['logger'];
  env?: Record<string, string>;
  /** A second API instance on the database of another (several instances on one database). */
  sameDatabaseAs?: TestApp;
  /** The mail and webhook timed polls (default on): off, only answered mutations and explicit `deliverDue` calls deliver. */
  pollers?: boolean;
}): Promise<TestApp> {
  const registered = options.registerDocuments ? new Map<string, string>() : null;
  const shared = options.sameDatabaseAs?.db;
  const db = shared ?? (await createTestDatabase(options.dialect));
  const orm = await openDatabase(db.location);
  if (!shared) {
    await migrate(orm);
    await seedReferenceData(orm.em.fork());
    await seedCalendars(orm.em.fork(), await loadReferenceData(orm.em.fork()), new Date());
  }
  if (options.demo) {
    await seedDemoProgramme(orm, options.today ?? '2025-07-01');
  }
  let today = options.today ?? '2025-07-01';
  const base = fixedClock(today);
  const clock = Object.assign({}, base, {
    now: () => fixedClock(today).now(),
    today: () => today,
    set(next: string) {
      today = next;
    },
  });
  const env = readEnv({
    DATABASE_URL: db.location.url,
    PUBLIC_URL: 'http://localhost:4000',
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...(options.production ? { NODE_ENV: 'production', SESSION_SECRET: 'a-long-enough-secret-for-the-production-tests-123' } : {}),
    // The test clock stands still, so a per-minute window never ends: tests that sign in many
    // roles would trip the per-IP limit. The production-settings probes keep the real default.
    ...(options.production ? {} : { AUTH_RATE_LIMIT_PER_MINUTE: '100000', API_TOKEN_RATE_LIMIT_PER_MINUTE: '100000' }),
    ...options.env,
  });
  const trustedDocuments = registered ?? options.trustedDocuments;
  const app = await buildApp({ env, orm, clock, sweeps: false, ...(options.pollers === false ? { pollers: false } : {}), ...(options.logger ? { logger: options.logger } : {}), ...(trustedDocuments ? { trustedDocuments } : {}), ...(options.portalDir ? { portalDir: options.portalDir } : {}) });
  const server = app.server;

  const headers = (auth?: Auth): Record<string, string> => ({
    'content-type': 'application/json',
    ...(auth?.cookie ? { cookie: auth.cookie } : {}),
    ...(auth?.token ? { authorization: `Bearer ${auth.token}` } : {}),
  });

  const testApp: TestApp = {
    app,
    orm,
    db,
    clock,
    async gql(query, variables, auth) {
      let payload: Record<string, unknown> = { query, variables };
      if (registered && !auth?.token) {
        const documentId = `sha256:${createHash('sha256').update(query).digest('hex')}`;
        registered.set(documentId, query);
        payload = { documentId, variables };
      }
      const response = await server.inject({ method: 'POST', url: '/graphql', headers: headers(auth), payload: JSON.stringify(payload) });
      const body = response.json() as { data: any; errors?: GqlResult['errors'] };
      return { status: response.statusCode, data: body.data, ...(body.errors ? { errors: body.errors } : {}) };
    },
    async post(path, body, auth) {
      const response = await server.inject({ method: 'POST', url: path, headers: headers(auth), payload: JSON.stringify(body) });
      const setCookie = response.headers['set-cookie'];
      const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      return { status: response.statusCode, body: response.json(), cookie: raw ? raw.split(';')[0]! : null, setCookie: raw ?? null };
    },
    async createUser(role, email) {
      passwordHash ??= hashPassword(PASSWORD);
      const em = orm.em.fork();
      const user = Object.assign(new User(), { email: email ?? `${role.toLowerCase()}${++userCounter}@test.example`, displayName: `${role} ${userCounter}`, role, passwordHash: await passwordHash });
      await em.persistAndFlush(user);
      return user;
    },
    async login(email, password = PASSWORD) {
      const response = await testApp.post('/auth/login', { email, password });
      if (response.status !== 200 || !response.cookie) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.cookie;
    },
    async as(role) {
      const user = await testApp.createUser(role);
      return { cookie: await testApp.login(user.email) };
    },
    async close() {
      await app.close();
      await orm.close(true);
      if (!shared) await db.drop();
    },
  };
  return testApp;
}
