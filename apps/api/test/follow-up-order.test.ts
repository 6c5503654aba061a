import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { nameSortKey } from '@alternance/domain';
import { calendarsInForce } from '../src/modules/calendars/calendar-in-force.js';
import { Student } from '../src/modules/people/people.entities.js';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { alternantKeysOfYear } from '../src/modules/tutoring/alternants-of-year.js';
import { createLoaders, type ServiceContext } from '../src/shared/service-context.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Issue 15: the visits overview places, pages and counts its alternants in SQL, by the stored
// name key. It must list whom the in-process placing listed (alternantKeysOfYear: every
// contract of the filter read, sorted with Intl.Collator('fr')), in that order, and count as
// late those whose row shows a VISIT_LATE finding — on every filter, page and day.

const PAGE = `query($filter: AlternantFollowUpFilter, $first: Int, $offset: Int) { alternantsFollowUp(filter: $filter, first: $first, offset: $offset) {
  total late items { student { id firstName lastName } findings { code } } } }`;
type Item = { student: { id: string; firstName: string; lastName: string }; findings: { code: string }[] };
type Page = { total: number; late: number; items: Item[] };

describe.each(DIALECTS)('visits overview placed in SQL (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: '2026-03-02' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });
  afterAll(() => t?.close());

  const page = async (filter: Record<string, unknown>, first: number, offset = 0): Promise<Page> => {
    const r = await t.gql(PAGE, { filter, first, offset }, manager);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.alternantsFollowUp;
  };
  /** The alternants the former in-process placing gave, in its order. */
  const placedInProcess = async (academicYear: string, studentWhere: FilterQuery<Student>): Promise<string[]> => {
    const em = t.orm.em.fork() as EntityManager;
    let data: Awaited<ReturnType<typeof loadReferenceData>> | null = null;
    const ctx: ServiceContext = { em, actor: null, clock: t.clock, publicUrl: 'http://localhost', referenceData: async () => (data ??= await calendarsInForce(em, await loadReferenceData(em))), loaders: createLoaders(em) };
    return (await alternantKeysOfYear(ctx, academicYear, studentWhere)).map((k) => k.studentId);
  };

  it('lists, pages and counts as the in-process placing and rule did, day after day', async () => {
    const cases: [Record<string, unknown>, FilterQuery<Student>][] = [
      [{}, {}],
      [{ cohort: 'M1-2025' }, { cohort: 'M1-2025' }],
      // A page of one cohort tests that cohort's year only (alternants-page.ts, mayMatch).
      [{ cohort: 'MASTER-2025' }, { cohort: 'MASTER-2025' }],
      [{ cohort: 'L3I-2025' }, { cohort: 'L3I-2025' }],
      [{ unassignedOnly: true }, { academicTutor: null }],
      [{ academicYear: '2024-2025' }, {}],
      [{ search: 'ar' }, { $or: [{ lastName: { $like: '%ar%' } }, { firstName: { $like: '%ar%' } }, { email: { $like: '%ar%' } }] }],
    ];
    let late = 0;
    let ofOneCohort = 0;
    for (const today of ['2025-10-01', '2026-03-02', '2026-07-15']) {
      t.clock.set(today);
      // A session belongs to its day: sign in again on the day set.
      manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
      for (const [filter, studentWhere] of cases) {
        const all = await page(filter, 500);
        const year = (filter.academicYear as string | undefined) ?? (today < '2026-09-01' ? '2025-2026' : '2026-2027');
        expect(all.items.map((i) => i.student.id), `${today} ${JSON.stringify(filter)}`).toEqual(await placedInProcess(year, studentWhere));
        expect(all.total).toBe(all.items.length);
        const lateItems = all.items.filter((i) => i.findings.some((f) => f.code === 'VISIT_LATE'));
        expect(all.late, `${today} ${JSON.stringify(filter)}`).toBe(lateItems.length);
        const lateOnly = await page({ ...filter, lateOnly: true }, 500);
        expect(lateOnly.items.map((i) => i.student.id)).toEqual(lateItems.map((i) => i.student.id));
        expect([lateOnly.total, lateOnly.late]).toEqual([lateItems.length, lateItems.length]);
        // Pages of 7 put end to end are the whole list.
        const paged: string[] = [];
        for (let offset = 0; offset < all.total + 7; offset += 7) {
          const p = await page(filter, 7, offset);
          expect([p.total, p.late]).toEqual([all.total, all.late]);
          paged.push(...p.items.map((i) => i.student.id));
        }
        expect(paged).toEqual(all.items.map((i) => i.student.id));
        late += all.late;
        if (filter.cohort === 'MASTER-2025' || filter.cohort === 'L3I-2025') ofOneCohort += all.total;
      }
    }
    expect(late).toBeGreaterThan(0);
    expect(ofOneCohort).toBeGreaterThan(0);
    t.clock.set('2026-03-02');
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });

  // The counts come from the statement that reads the page (alternants-page.ts): a page
  // past the end, or of one row, still counts the whole filter, the late ones only too.
  it('counts the whole filter whatever the page, even past its end', async () => {
    for (const today of ['2025-10-01', '2026-03-02']) {
      t.clock.set(today);
      manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
      for (const filter of [{}, { cohort: 'M1-2025' }, { lateOnly: true }]) {
        const all = await page(filter, 500);
        expect(all.total, `${today} ${JSON.stringify(filter)}`).toBe(all.items.length);
        for (const [first, offset] of [[1, 0], [1, Math.max(0, all.total - 1)], [50, all.total], [50, all.total + 100]] as const) {
          const p = await page(filter, first, offset);
          expect([p.total, p.late], `${today} ${JSON.stringify(filter)} ${first}@${offset}`).toEqual([all.total, all.late]);
          expect(p.items.map((i) => i.student.id)).toEqual(all.items.slice(offset, offset + first).map((i) => i.student.id));
        }
      }
    }
    t.clock.set('2026-03-02');
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });

  // Whether a contract runs during the year is read from `contract.validated_until`, which the
  // database keeps from the mission (migration 20261206020000): a rupture, or a mission leaving
  // the validated state, moves the alternant out of the list as the in-process placing does.
  it('drops an alternant whose mission was broken before the year or left the validated state, as the in-process placing does', async () => {
    const sql = (q: string, params: unknown[]) => t.orm.em.getConnection().execute(q, params) as Promise<Record<string, unknown>[]>;
    const filter = {};
    const before = await page(filter, 500);
    expect(before.items.length).toBeGreaterThan(1);
    const studentId = before.items[0]!.student.id;
    const [mission] = await sql('select m.id as id, m.state as state from mission m join contract c on c.mission_id = m.id where c.student_id = ?', [studentId]);
    const placed = async (): Promise<string[]> => placedInProcess('2025-2026', {});
    try {
      // A rupture before the training year: no longer an alternant of it.
      await sql("update mission set broken_on = '2025-06-30' where id = ?", [mission!.id]);
      const broken = await page(filter, 500);
      expect(broken.items.map((i) => i.student.id)).toEqual(await placed());
      expect(broken.items.map((i) => i.student.id)).not.toContain(studentId);
      expect(broken.total).toBe(before.total - 1);
      // A rupture during the year: an alternant of it until that day.
      await sql("update mission set broken_on = '2026-01-15' where id = ?", [mission!.id]);
      expect((await page(filter, 500)).items.map((i) => i.student.id)).toEqual(before.items.map((i) => i.student.id));
      await sql("update mission set broken_on = null, state = 'SUBMITTED' where id = ?", [mission!.id]);
      const submitted = await page(filter, 500);
      expect(submitted.items.map((i) => i.student.id)).toEqual(await placed());
      expect(submitted.total).toBe(before.total - 1);
    } finally {
      await sql('update mission set broken_on = null, state = ? where id = ?', [mission!.state, mission!.id]);
    }
    expect((await page(filter, 500)).items.map((i) => i.student.id)).toEqual(before.items.map((i) => i.student.id));
  });

  it('moves an alternant when their name changes, and their key follows every rename', async () => {
    const before = await page({}, 500);
    expect(before.items.length).toBeGreaterThan(3);
    const last = before.items[before.items.length - 1]!.student;
    const em = t.orm.em.fork();
    const student = await em.findOneOrFail(Student, last.id, { populate: ['academicTutor'] });
    const UPDATE = `mutation($id: ID!, $version: Int!, $input: StudentInput!) { updateStudent(id: $id, version: $version, input: $input) { errors { code field } } }`;
    const input = { firstName: 'Zoé', lastName: 'Aaron-Àbel', email: student.email, status: student.status, cohort: student.cohort, group: student.group, academicTutorId: student.academicTutor?.id ?? null };
    const renamed = await t.gql(UPDATE, { id: student.id, version: student.version, input }, manager);
    expect(renamed.data.updateStudent.errors).toEqual([]);
    const stored = await t.orm.em.fork().findOneOrFail(Student, last.id);
    expect(stored.sortName).toBe(nameSortKey('Aaron-Àbel', 'Zoé'));
    const after = await page({}, 500);
    const names = after.items.map((i) => [i.student.lastName, i.student.firstName] as const);
    const collator = new Intl.Collator('fr');
    expect(names).toEqual([...names].sort((a, b) => collator.compare(a[0], b[0]) || collator.compare(a[1], b[1])));
    expect(after.items.findIndex((i) => i.student.id === last.id)).toBeLessThan(before.items.length - 1);
    // Every stored key is the one the name gives: the demo seed's writes kept them too.
    const students = await t.orm.em.fork().find(Student, {});
    expect(students.filter((s) => s.sortName !== nameSortKey(s.lastName, s.firstName)).map((s) => s.id)).toEqual([]);
  });
});
