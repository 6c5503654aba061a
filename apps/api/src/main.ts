import { resolve } from 'node:path';
import { migrateAndSeed, pendingMigrations } from './db/migrate-once.js';
import { openDatabase, parseDatabaseUrl } from './db/orm.js';
import { EnvError, readEnv } from './env.js';
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
  let applied: string[] = [];
  const clock = process.env.FIXED_TODAY ? runningClock(process.env.FIXED_TODAY) : systemClock;
  let seeded: Awaited<ReturnType<typeof migrateAndSeed>>['seeded'] = { referenceData: false, demo: false, partnerTokens: null };
  if (env.migrateOnStart) {
    ({ applied, seeded } = await migrateAndSeed(orm, { demo: env.seedDemo, today: clock.today() }));
  } else {
    // Migrations are the one-shot `migrate` step's job here: never serve on a schema behind the code.
    const pending = await pendingMigrations(orm);
    if (pending.length) {
      console.error(`Base de données non migrée (${pending.join(', ')}) : lancez d’abord « node apps/api/dist/migrate.js » (MIGRATE_ON_START=false).`);
      await orm.close();
      process.exit(3);
    }
  }
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
  // Graceful shutdown (the orchestrator's SIGTERM, or Ctrl-C): stop accepting, drain the requests
  // in flight, stop the workers and give back their claims, close the database, exit 0. A second
  // SIGINT, or a drain that hangs past twice its time, exits at once (claims then expire).
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      // Ctrl-C twice is a person in a hurry; a repeated SIGTERM changes nothing (orchestrators
      // follow it with SIGKILL after their grace period, not with another SIGTERM).
      if (signal === 'SIGINT') {
        console.log('SIGINT again: stopping now.');
        process.exit(1);
      }
      console.log(`${signal} again: already draining.`);
      return;
    }
    stopping = true;
    console.log(`${signal}: draining (at most ${env.shutdownTimeoutMs / 1000} s)…`);
    setTimeout(() => {
      console.error('Shutdown did not finish in time: exiting.');
      process.exit(1);
    }, 2 * env.shutdownTimeoutMs + 5_000).unref();
    try {
      await app.close();
      await orm.close();
      console.log('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

await main();
