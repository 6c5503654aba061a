// `node apps/api/dist/migrate.js`: the one-shot step of a deployment with several instances
// (docs/deployment.md). Applies the pending migrations and the first-start seed, then exits;
// the API instances start after it with MIGRATE_ON_START=false.
import { migrateAndSeed } from './db/migrate-once.js';
import { openDatabase, parseDatabaseUrl } from './db/orm.js';
import { EnvError, readEnv } from './env.js';

let env;
try {
  env = readEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`Configuration refusée — ${error.message}`);
  process.exit(2);
}
const orm = await openDatabase(parseDatabaseUrl(env.databaseUrl));
try {
  const { applied, seeded } = await migrateAndSeed(orm, { demo: env.seedDemo });
  console.log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema up to date: no migration to apply.');
  if (seeded.referenceData) console.log('Reference data of the guide seeded.');
  if (seeded.demo) console.log('Demo programme seeded.');
  // Shown this once (only their hashes are kept): the demo's partner systems, for examples/integration.
  if (seeded.partnerTokens) console.log(`Demo partner tokens (docs/integration.md): CFA ${seeded.partnerTokens.cfa} — SFCA ${seeded.partnerTokens.sfca}`);
} finally {
  await orm.close();
}
