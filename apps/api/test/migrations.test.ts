import { afterAll, describe, expect, it } from 'vitest';
import { nameSortKey } from '@alternance/domain';
import { migrate, openDatabase } from '../src/db/orm.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './support/databases.js';

describe.each(DIALECTS)('committed migrations (%s)', (dialect) => {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  it('create exactly the schema the entities describe, and applying them again does nothing', async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    const orm = await openDatabase(db.location);
    try {
      expect((await migrate(orm)).length).toBeGreaterThan(0);
      expect(await migrate(orm)).toEqual([]);
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      // When this fails, run scripts/create-migration.mjs and commit the new migrations.
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close(true);
    }
  });

  it('fills the name key of the students already there when it adds it', async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    const orm = await openDatabase(db.location);
    try {
      await orm.getMigrator().up({ to: 'Migration20261202110000' });
      const names = [['Lefèvre', 'Éric'], ['de la Tour', 'Jean'], ['Œuvray', 'Chloé']] as const;
      for (const [i, [last, first]] of names.entries()) {
        await orm.em.getConnection().execute(
          'insert into student (id, version, created_at, updated_at, first_name, last_name, email, status, cohort) values (?, 1, ?, ?, ?, ?, ?, ?, ?)',
          [`00000000-0000-4000-8000-00000000000${i}`, new Date(), new Date(), first, last, `s${i}@example.test`, 'FI', 'M1-2025'],
        );
      }
      await migrate(orm);
      const rows = (await orm.em.getConnection().execute('select sort_name from student order by email')) as { sort_name: string }[];
      expect(rows.map((r) => r.sort_name)).toEqual(names.map(([last, first]) => nameSortKey(last, first)));
    } finally {
      await orm.close(true);
    }
  });

  it('names on an open livret its mission’s second company tutor (§4.7 « son (ses) tuteur(s) »), and no one else', async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    const orm = await openDatabase(db.location);
    try {
      await orm.getMigrator().up({ to: 'Migration20261204010000' });
      const sql = (q: string, params: unknown[] = []) => orm.em.getConnection().execute(q, params);
      const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
      const now = new Date('2026-09-01T10:00:00Z');
      await sql('insert into organisation (id, version, created_at, updated_at, name, siret) values (?, 1, ?, ?, ?, ?)', [id(1), now, now, 'Calanques Data', '72345678901234']);
      for (const [n, first] of [[2, 'Julie'], [3, 'Marc']] as const) {
        await sql('insert into company_tutor (id, version, created_at, updated_at, first_name, last_name, email, organisation_id) values (?, 1, ?, ?, ?, ?, ?, ?)', [id(n), now, now, first, 'Tuteur', `${first.toLowerCase()}@calanques.example`, id(1)]);
      }
      // Two alternants: one with a second tutor on their validated mission, one without.
      for (const [s, tutor2] of [[4, id(3)], [5, null]] as const) {
        await sql('insert into student (id, version, created_at, updated_at, first_name, last_name, email, status, cohort) values (?, 1, ?, ?, ?, ?, ?, ?, ?)', [id(s), now, now, 'Ana', `Lopez${s}`, `ana${s}@example.test`, 'FI', 'M2-2026']);
        await sql("insert into mission (id, version, created_at, updated_at, student_id, state, cohort, contract_type, findings, tutor1_id, tutor2_id) values (?, 1, ?, ?, ?, 'VALIDATED', 'M2-2026', 'CAPP', '[]', ?, ?)", [id(s + 10), now, now, id(s), id(2), tutor2]);
        await sql("insert into livret (id, version, created_at, updated_at, student_id, cohort, academic_year, training_start, company_tutor_id, general) values (?, 1, ?, ?, ?, 'M2-2026', '2026-2027', '2026-09-03', ?, '{}')", [id(s + 20), now, now, id(s), id(2)]);
      }
      await migrate(orm);
      const rows = (await sql('select company_tutor2_id from livret order by id')) as { company_tutor2_id: string | null }[];
      expect(rows.map((r) => r.company_tutor2_id)).toEqual([id(3), null]);
    } finally {
      await orm.close(true);
    }
  });

  it('marks declared the unjustified absences a statement already listed (§4.3.4), so that none is mailed twice', async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    const orm = await openDatabase(db.location);
    try {
      await orm.getMigrator().up({ to: 'Migration20261204000000' });
      const sql = (q: string, params: unknown[] = []) => orm.em.getConnection().execute(q, params);
      const id = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
      const at = (instant: string) => new Date(instant);
      await sql('insert into organisation (id, version, created_at, updated_at, name, siret) values (?, 1, ?, ?, ?, ?)', [id(1), at('2026-07-01T10:00:00Z'), at('2026-07-01T10:00:00Z'), 'Calanques Data', '72345678901234']);
      await sql('insert into student (id, version, created_at, updated_at, first_name, last_name, email, status, cohort) values (?, 1, ?, ?, ?, ?, ?, ?, ?)', [id(2), at('2026-07-01T10:00:00Z'), at('2026-07-01T10:00:00Z'), 'Ana', 'Lopez', 'ana@example.test', 'FI', 'M2-2026']);
      const sent = at('2026-11-01T00:05:00Z');
      await sql('insert into absence_statement (id, version, created_at, updated_at, organisation_id, month, absences, sent_at) values (?, 1, ?, ?, ?, ?, 1, ?)', [id(3), sent, sent, id(1), '2026-10', sent]);
      // Listed (unjustified before the statement), settled after it (not listed), unjustified in a month with no statement, justified.
      const absences: [number, string, string, string][] = [
        [10, '2026-10-01', 'UNJUSTIFIED', '2026-10-20T09:00:00Z'],
        [11, '2026-10-30', 'UNJUSTIFIED', '2026-11-13T00:05:00Z'],
        [12, '2026-11-05', 'UNJUSTIFIED', '2026-11-20T09:00:00Z'],
        [13, '2026-10-02', 'JUSTIFIED', '2026-10-10T09:00:00Z'],
      ];
      for (const [n, date, state, changed] of absences) {
        await sql('insert into absence (id, version, created_at, updated_at, student_id, date, half, state, reason, organisation_id, recorded_by) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [id(n), at(`${date}T08:00:00Z`), at(changed), id(2), date, 'AM', state, 'UNKNOWN', id(1), 'Secrétariat']);
      }
      await migrate(orm);
      const rows = (await sql('select id, declared_at from absence order by id')) as { id: string; declared_at: unknown }[];
      expect(rows.map((r) => r.declared_at !== null)).toEqual([true, false, false, false]);
      expect(new Date(rows[0]!.declared_at as string).getTime()).toBe(sent.getTime());
      // A complement of the month takes the next sequence; the month's first one stays unique.
      await sql('insert into absence_statement (id, version, created_at, updated_at, organisation_id, month, sequence, absences, sent_at) values (?, 1, ?, ?, ?, ?, 2, 1, ?)', [id(4), sent, sent, id(1), '2026-10', sent]);
      await expect(sql('insert into absence_statement (id, version, created_at, updated_at, organisation_id, month, sequence, absences, sent_at) values (?, 1, ?, ?, ?, ?, 2, 1, ?)', [id(5), sent, sent, id(1), '2026-10', sent])).rejects.toThrow();
    } finally {
      await orm.close(true);
    }
  });
  it('keeps the partners’ identifiers when it keys them by record and source instead of a uuid (issue 14 §3)', async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    const orm = await openDatabase(db.location);
    try {
      await orm.getMigrator().up({ to: 'Migration20261205040000' });
      const sql = (q: string, params: unknown[] = []) => orm.em.getConnection().execute(q, params);
      const at = new Date('2026-11-01T10:00:00Z');
      const rows: [string, string, string, string][] = [
        ['CONTRACT', '00000000-0000-4000-8000-000000000201', 'cfa', 'CACTUS-1'],
        ['CONTRACT', '00000000-0000-4000-8000-000000000201', 'sfca', 'S-9'],
        ['STUDENT', '00000000-0000-4000-8000-000000000202', 'cfa', 'APP-1'],
      ];
      for (const [n, [type, entity, source, external]] of rows.entries()) {
        await sql('insert into external_id (id, version, created_at, updated_at, entity_type, entity_id, source, external_id) values (?, 2, ?, ?, ?, ?, ?, ?)', [`00000000-0000-4000-8000-00000000030${n}`, at, at, type, entity, source, external]);
      }
      await migrate(orm);
      const after = (await sql('select entity_type, entity_id, source, external_id, version from external_id order by entity_type, source')) as Record<string, unknown>[];
      expect(after.map((r) => [r.entity_type, r.entity_id, r.source, r.external_id, Number(r.version)])).toEqual(rows.map((r) => [...r, 2]));
      // Still one identifier per record and source, and one record per identifier of a source.
      await expect(sql('insert into external_id (version, created_at, updated_at, entity_type, entity_id, source, external_id) values (1, ?, ?, ?, ?, ?, ?)', [at, at, 'CONTRACT', rows[0]![1], 'cfa', 'CACTUS-2'])).rejects.toThrow();
      await expect(sql('insert into external_id (version, created_at, updated_at, entity_type, entity_id, source, external_id) values (1, ?, ?, ?, ?, ?, ?)', [at, at, 'CONTRACT', '00000000-0000-4000-8000-000000000203', 'cfa', 'CACTUS-1'])).rejects.toThrow();
    } finally {
      await orm.close(true);
    }
  });
});
