import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Livret } from '../src/modules/livret/livret.entities.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { activeContract } from './support/lifecycle-fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// §4.7 « Chaque année, un(e) alternant(e) doit tenir à jour un livret d'alternance, ainsi que son (ses)
// tuteur(s) professionnel(s) »: the livrets the manager opens are the alternants' — an apprenticeship,
// a professionalisation contract, a work-study internship — as the academic tutors' visits are (§4.6).
// A classic internship or a year without a contract has none (it read « à faire », then « en retard »,
// forever, and its company tutor was mailed a livret d'alternance).

/* eslint-disable @typescript-eslint/no-explicit-any */

describe.each(DIALECTS)('the livrets opened are the alternants’ only (%s)', (dialect) => {
  let t: TestApp;
  let manager: Auth;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ dialect, today: '2026-07-01' });
    manager = await t.as('MANAGER');
    for (const contractType of ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE']) {
      const { student } = await createStudent(t, { cohort: 'M2-2026', lastName: `Livret-${contractType}` } as Partial<Student>);
      await activeContract(t, student, { cohort: 'M2-2026', contractType, startDate: '2026-09-03', endDate: contractType === 'CSTAGE' ? '2027-03-02' : '2027-09-03' });
      ids[contractType] = student.id;
    }
    // An FC student without an alternance (§2.1.1 note 5): a validated mission without a contract nor a host.
    const { student } = await createStudent(t, { cohort: 'M2-2026', lastName: 'Livret-SANS', status: 'FC' } as Partial<Student>);
    const em = t.orm.em.fork();
    em.persist(Object.assign(new Mission(), { student: await em.findOneOrFail(Student, student.id), state: 'VALIDATED', cohort: 'M2-2026', contractType: 'SANS', startDate: '2026-09-03', endDate: '2027-09-03', title: 'Sans alternance', context: '—', objectives: '—', deliverables: '—', requestDate: '2026-06-01', validationDate: '2026-06-15' }));
    await em.flush();
    ids.SANS = student.id;
  });
  afterAll(() => t?.close());

  it('opens a livret for each alternant, none for a classic internship nor a student without a contract', async () => {
    const opened = await t.gql<any>('mutation { openLivrets(cohort: "M2-2026", academicYear: "2026-2027") { created errors { code } } }', {}, manager);
    expect(opened.data.openLivrets).toEqual({ created: 3, errors: [] });
    const livrets = await t.orm.em.fork().find(Livret, { academicYear: '2026-2027' });
    expect(livrets.map((l) => l.student.id).sort()).toEqual([ids.CAPP, ids.CPRO, ids.CSTAGEALT].sort());
    const progress = await t.gql<any>('{ livretProgress(cohort: "M2-2026", academicYear: "2026-2027") { livrets alternants { name } } }', {}, manager);
    expect(progress.data.livretProgress.livrets).toBe(3);
    expect(progress.data.livretProgress.alternants.map((a: any) => a.name).join(' ')).not.toMatch(/Livret-(CSTAGE|SANS)\b/);
  });
});
