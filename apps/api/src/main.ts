import { resolve } from 'node:path';
import { migrate, openDatabase, parseDatabaseUrl } from './db/orm.js';
import { EnvError, readEnv } from './env.js';
import { seed } from './seed/seed.js';
import { buildApp, defaultLogger } from './server.js';
import { runningClock, systemClock } from './shared/clock.js';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-accounts.js';

const root = resolve(new URL('../../..', import.meta.url).pathname);

async function main(): Promise<void> {
  let env;
  try {
    env = readEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Configuration refusée — ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const location = parseDatabaseUrl(env.databaseUrl);
  const orm = await openDatabase(location);
  const applied = await migrate(orm);
  const seeded = await seed(orm, { demo: env.seedDemo });
  const clock = process.env.FIXED_TODAY ? runningClock(process.env.FIXED_TODAY) : systemClock;
  const app = await buildApp({
    env,
    orm,
    clock,
    portalDir: resolve(root, 'apps/portal/dist'),
    addinDir: resolve(root, 'apps/excel-addin/dist'),
    logger: defaultLogger(env),
  });
  await app.server.listen({ port: env.port, host: env.host });
  console.log(`Alternance API on ${env.publicUrl} (${location.dialect}${location.dialect === 'sqlite' ? `: ${location.url}` : ''})`);
  if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
  if (seeded.demo) console.log(`Demo programme seeded. Accounts (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.email).join(', ')}, etudiant1@demo.alternance.test …`);
  // Shown this once (only their hashes are kept): the demo's partner systems, for examples/integration.
  if (seeded.partnerTokens) console.log(`Demo partner tokens (docs/integration.md): CFA ${seeded.partnerTokens.cfa} — SFCA ${seeded.partnerTokens.sfca}`);
  if (!env.smtpUrl) console.log('SMTP_URL not set: mails stay in the outbox (readable in the API).');
  const stop = async (): Promise<void> => {
    await app.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

await main();
