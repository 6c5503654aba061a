// A PostgreSQL database holding a generated university (university-data.mjs), created on the
// server of `adminUrl` for one bench run and dropped after: migrated and seeded with the
// reference data by the built API's own functions, then filled set-based.
import pg from 'pg';
import { migrate, openDatabase } from '../dist/db/orm.js';
import { seedReferenceData } from '../dist/modules/reference-data/reference-data.service.js';
import { hashPassword } from '../dist/modules/auth/secrets.js';
import { generateUniversity } from './university-data.mjs';

/** The generated accounts' password: manager@univ.example, direction@univ.example, tuteurN@univ.example. */
export const UNIVERSITY_PASSWORD = 'University-Bench-2026';

export async function createUniversityDatabase(adminUrl, { name = `alt_university_${process.pid}`, alternants } = {}) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    const orm = await openDatabase({ dialect: 'postgresql', url: url.toString() });
    await migrate(orm);
    await seedReferenceData(orm.em.fork());
    await orm.close(true);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const start = performance.now();
      const counts = await generateUniversity((sql, params) => client.query(sql, params), { passwordHash: await hashPassword(UNIVERSITY_PASSWORD), ...(alternants ? { alternants } : {}) });
      const generatedMs = performance.now() - start;
      const cohort = (await client.query(`select cohort from student where cohort like 'U%' limit 1`)).rows[0].cohort;
      return { url: url.toString(), counts, generatedMs, cohort, drop };
    } finally {
      await client.end();
    }
  } catch (error) {
    await drop();
    throw error;
  }
}
