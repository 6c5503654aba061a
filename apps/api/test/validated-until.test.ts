// Issue 15: `contract.validated_until` (the last day a contract of a validated mission runs,
// its mission's rupture included; null while the mission is not validated) is kept by the
// database, whoever writes the contract or the mission. Checked after every migration, so that
// a later migration that rebuilds the table (SQLite drops a rebuilt table's triggers) fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { migrate, openDatabase } from '../src/db/orm.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/databases.js';

const id = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;
const now = new Date('2026-09-01T10:00:00Z');

describe.each(DIALECTS)('contract.validated_until (%s)', (dialect) => {
  let db: TestDatabase;
  let orm: MikroORM;
  const sql = (q: string, params: unknown[] = []) => orm.em.getConnection().execute(q, params) as Promise<Record<string, unknown>[]>;
  const until = async (contract: number) => ((await sql('select validated_until from contract where id = ?', [id(contract)]))[0]?.validated_until ?? null) as string | null;
  const student = (n: number) => sql("insert into student (id, version, created_at, updated_at, first_name, last_name, email, status, cohort) values (?, 1, ?, ?, 'Ana', ?, ?, 'FI', 'M1-2025')", [id(n), now, now, `Lopez${n}`, `ana${n}@example.test`]);
  const mission = (n: number, studentId: number, state: string, brokenOn: string | null = null) =>
    sql("insert into mission (id, version, created_at, updated_at, student_id, state, cohort, contract_type, findings, broken_on) values (?, 1, ?, ?, ?, ?, 'M1-2025', 'CAPP', '[]', ?)", [id(n), now, now, id(studentId), state, brokenOn]);
  const contract = (n: number, missionId: number, studentId: number, end: string) =>
    sql("insert into contract (id, version, created_at, updated_at, mission_id, student_id, contract_type, start_date, end_date) values (?, 1, ?, ?, ?, ?, 'CAPP', '2025-09-01', ?)", [id(n), now, now, id(missionId), id(studentId), end]);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openDatabase(db.location);
    await migrate(orm);
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('is null while the mission is not validated, its end once validated, and null again when it leaves that state', async () => {
    await student(1);
    await mission(2, 1, 'SUBMITTED');
    await contract(3, 2, 1, '2026-08-31');
    expect(await until(3)).toBeNull();
    await sql("update mission set state = 'VALIDATED' where id = ?", [id(2)]);
    expect(await until(3)).toBe('2026-08-31');
    await sql("update mission set state = 'CANCELLED' where id = ?", [id(2)]);
    expect(await until(3)).toBeNull();
  });

  it('stops at the rupture day when it comes before the end (§10), and follows the contract’s end', async () => {
    await student(11);
    await mission(12, 11, 'VALIDATED');
    await contract(13, 12, 11, '2026-08-31');
    expect(await until(13)).toBe('2026-08-31');
    await sql("update mission set broken_on = '2026-01-15' where id = ?", [id(12)]);
    expect(await until(13)).toBe('2026-01-15');
    // A rupture day after the end changes nothing: the contract had ended.
    await sql("update mission set broken_on = '2026-10-01' where id = ?", [id(12)]);
    expect(await until(13)).toBe('2026-08-31');
    await sql("update contract set end_date = '2026-06-30' where id = ?", [id(13)]);
    expect(await until(13)).toBe('2026-06-30');
    await sql('update mission set broken_on = null where id = ?', [id(12)]);
    expect(await until(13)).toBe('2026-06-30');
  });

  it('is set on a contract written for a mission already validated, broken or not', async () => {
    await student(21);
    await mission(22, 21, 'VALIDATED', '2025-12-31');
    await contract(23, 22, 21, '2026-08-31');
    expect(await until(23)).toBe('2025-12-31');
    // Another column written leaves it as it is.
    await sql('update contract set monthly_gross_pay_cents = 120000 where id = ?', [id(23)]);
    expect(await until(23)).toBe('2025-12-31');
  });
});

describe.each(DIALECTS)('migration 20261206020000 (%s)', (dialect) => {
  it('fills validated_until for the contracts already there', async () => {
    const db = await createTestDatabase(dialect);
    const orm = await openDatabase(db.location);
    try {
      await orm.getMigrator().up({ to: 'Migration20261205040000' });
      const sql = (q: string, params: unknown[] = []) => orm.em.getConnection().execute(q, params) as Promise<Record<string, unknown>[]>;
      for (const [n, state, brokenOn] of [[1, 'VALIDATED', null], [2, 'VALIDATED', '2026-01-15'], [3, 'SUBMITTED', null]] as const) {
        await sql("insert into student (id, version, created_at, updated_at, first_name, last_name, email, status, cohort) values (?, 1, ?, ?, 'Ana', ?, ?, 'FI', 'M1-2025')", [id(n), now, now, `Lopez${n}`, `ana${n}@example.test`]);
        await sql("insert into mission (id, version, created_at, updated_at, student_id, state, cohort, contract_type, findings, broken_on) values (?, 1, ?, ?, ?, ?, 'M1-2025', 'CAPP', '[]', ?)", [id(n + 10), now, now, id(n), state, brokenOn]);
        await sql("insert into contract (id, version, created_at, updated_at, mission_id, student_id, contract_type, start_date, end_date) values (?, 1, ?, ?, ?, ?, 'CAPP', '2025-09-01', '2026-08-31')", [id(n + 20), now, now, id(n + 10), id(n)]);
      }
      await migrate(orm);
      const rows = await sql('select validated_until from contract order by id');
      expect(rows.map((r) => r.validated_until ?? null)).toEqual(['2026-08-31', '2026-01-15', null]);
    } finally {
      await orm.close(true);
      await db.drop();
    }
  });
});
