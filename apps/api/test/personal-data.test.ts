import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/modules/auth/auth.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

describe('personal data: export and erasure (GDPR)', () => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', today: '2026-07-01' });
    manager = await t.as('MANAGER');
  });
  afterAll(() => t?.close());

  it('gives a student everything stored about them, and nothing about others', async () => {
    const { student, auth } = await createStudent(t, { nationality: 'Marocaine' });
    await t.gql(`mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id } } }`, { input: validFiche('g1', '88888888888888') }, auth);
    const mine = await t.gql(`query($id: ID!) { personalDataExport(studentId: $id) }`, { id: student.id }, auth);
    expect(mine.data.personalDataExport.student).toMatchObject({ email: student.email, nationality: 'Marocaine', birthDate: '2002-05-10' });
    expect(mine.data.personalDataExport.missions).toHaveLength(1);
    expect(mine.data.personalDataExport.history.map((e: { action: string }) => e.action)).toContain('CREATE');
    const other = await createStudent(t);
    const refused = await t.gql(`query($id: ID!) { personalDataExport(studentId: $id) }`, { id: other.student.id }, auth);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('erases a student with no open mission or running contract, and refuses while one is open', async () => {
    const { student, auth } = await createStudent(t);
    await t.gql(`mutation($input: MissionInput!) { saveMissionDraft(input: $input) { mission { id } } }`, { input: validFiche('g2', '99999999999999') }, auth);
    const erase = `mutation($id: ID!, $v: Int!) { erasePersonalData(studentId: $id, version: $v) { student { lastName email birthDate } errors { code } } }`;
    const kept = await t.gql(erase, { id: student.id, v: 1 }, manager);
    expect(kept.data.erasePersonalData.errors).toEqual([{ code: 'RETENTION_REQUIRED' }]);
    const quiet = await createStudent(t);
    const erased = await t.gql(erase, { id: quiet.student.id, v: 1 }, manager);
    expect(erased.data.erasePersonalData.errors).toEqual([]);
    expect(erased.data.erasePersonalData.student.birthDate).toBeNull();
    expect(erased.data.erasePersonalData.student.email).toMatch(/^anonyme-.*@invalid\.example$/);
    const em = t.orm.em.fork();
    expect(await em.count(User, { email: quiet.email })).toBe(0);
    expect((await em.findOneOrFail(Student, quiet.student.id)).lastName).toMatch(/^Anonyme-/);
    expect((await t.gql('{ viewer { role } }', {}, quiet.auth)).data.viewer).toBeNull();
  });
});
