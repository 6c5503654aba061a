// `node apps/api/dist/backup.js <file>`: copies the embedded SQLite database (DATABASE_URL) into <file>.
import { openDatabase, parseDatabaseUrl } from './db/orm.js';
import { backupSqlite } from './db/backup.js';
import { readEnv } from './env.js';

const target = process.argv[2];
if (!target) {
  console.error('Usage: node apps/api/dist/backup.js <backup-file.sqlite>');
  process.exit(2);
}
const orm = await openDatabase(parseDatabaseUrl(readEnv().databaseUrl));
try {
  await backupSqlite(orm, target);
  console.log(`Backup written to ${target}`);
} finally {
  await orm.close();
}
