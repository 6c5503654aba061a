import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseLocation } from '../../src/db/orm.js';

export interface TestDatabase {
  location: DatabaseLocation;
  drop(): Promise<void>;
}

/** SQLite always; PostgreSQL too when DATABASE_URL_TEST is set (CI sets it to the machine's server). */
export const DIALECTS: DatabaseLocation['dialect'][] = process.env.DATABASE_URL_TEST ? ['sqlite', 'postgresql'] : ['sqlite'];

let counter = 0;

/** A fresh, empty database of the dialect: a temp SQLite file, or a new PostgreSQL database on the test server. */
export async function createTestDatabase(dialect: DatabaseLocation['dialect']): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'alt-api-test-'));
    return { location: { dialect, url: join(dir, 'test.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.DATABASE_URL_TEST!;
  // Named after the server's test database (e.g. test_h3 → test_h3_…): runs sharing one server stay apart.
  const prefix = new URL(adminUrl).pathname.slice(1).replace(/[^a-z0-9_]/gi, '').toLowerCase() || 'alt_test';
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    location: { dialect, url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
