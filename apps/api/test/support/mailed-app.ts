import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type Auth, type TestApp } from './test-app.js';

export interface MailedApp {
  /** The API, its database migrated and seeded with the reference data. */
  t: TestApp;
  /** The SMTP sink the API delivers to: what each party really received. */
  smtp: SmtpSink;
  /** A manager's session. */
  manager: Auth;
}

/**
 * The usual set-up of a describe block that follows mails: an API delivering to a real SMTP sink
 * and a manager signed in, opened before the block's tests and closed after them. Read its
 * fields inside the tests (they are set once the block starts).
 */
export function mailedApp(options: Omit<Parameters<typeof createTestApp>[0], 'smtpUrl'>): MailedApp {
  const app = {} as MailedApp;
  beforeAll(async () => {
    app.smtp = new SmtpSink();
    app.t = await createTestApp({ ...options, smtpUrl: await app.smtp.start() });
    app.manager = await app.t.as('MANAGER');
  });
  afterAll(async () => {
    await app.t?.close();
    await app.smtp?.stop();
  });
  return app;
}
