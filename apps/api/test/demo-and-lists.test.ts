import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChecklistItem } from '../src/modules/contracts/contract.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

describe('demo programme and list queries', () => {
  let t: TestApp;
  let manager: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', demo: true, today: '2025-07-01' });
    manager = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
  });
  afterAll(() => t?.close());

  it('seeds about 60 students across cohorts and contract types, missions in every state, some with findings', async () => {
    const result = await t.gql('{ dashboard { missionsByState { key count } contractsByType { key count } contractsByCohort { key count } findingsByCode { key count } overdueChecklistItems } missionCount }', {}, manager);
    const d = result.data.dashboard;
    expect(result.data.missionCount).toBeGreaterThanOrEqual(55);
    expect(d.missionsByState.map((s: { key: string }) => s.key).sort()).toEqual(['CONFIRMATION_REQUESTED', 'CONFIRMED', 'DRAFT', 'ERROR_REPORTED', 'REJECTED', 'RETURNED', 'SUBMITTED', 'VALIDATED']);
    expect(d.contractsByType.map((s: { key: string }) => s.key).sort()).toEqual(expect.arrayContaining(['CAPP', 'CPRO', 'CSTAGEALT']));
    expect(d.contractsByCohort.length).toBeGreaterThanOrEqual(4);
    expect(d.findingsByCode.length, JSON.stringify(d)).toBeGreaterThan(0);
    // The office's « Anomalies à traiter »: no info (the demo's short classic internships are note 11's preference, not an anomaly).
    const infos = await t.gql('{ missions(filter: { findingCode: "CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED" }, first: 1) { id } }', {}, manager);
    expect(infos.data.missions.length, 'the demo has an info to leave out').toBe(1);
    expect(d.findingsByCode.map((f: { key: string }) => f.key)).not.toContain('CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED');
    const flagged = await t.gql('{ missions(filter: { findingCode: "PAY_BELOW_MINIMUM" }, first: 100) { findings { code } } }', {}, manager);
    expect(flagged.data.missions.length, JSON.stringify(d.findingsByCode) + JSON.stringify(flagged)).toBeGreaterThan(0);
    for (const m of flagged.data.missions) expect(m.findings.map((f: { code: string }) => f.code)).toContain('PAY_BELOW_MINIMUM');
  });

  it('has offers still open on a day of the campaign, at OPAs of no demo mission (§3.2)', async () => {
    const { Offer } = await import('../src/modules/offers/offer.entity.js');
    const { Mission } = await import('../src/modules/missions/mission.entities.js');
    const em = t.orm.em.fork();
    const open = await em.find(Offer, { state: 'PUBLISHED' }, { populate: ['organisation'] });
    expect(open.map((o) => o.reference).sort()).toEqual(['OFF-2025-007', 'OFF-2025-008', 'OFF-2025-009']);
    for (const offer of open) expect(await em.count(Mission, { organisation: { siret: offer.organisation!.siret } })).toBe(0);
  });

  it('gives every demo student a name no other has (homonyms read as one alternant listed twice)', async () => {
    const students = await t.orm.em.fork().find(Student, {});
    const names = students.map((s) => `${s.firstName} ${s.lastName}`);
    expect(students.length).toBeGreaterThanOrEqual(55);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('has students who wished a track (Master, M2) or an M1 site, some who did not, and none with a wish their cohort does not offer (§1.2, §2.4)', async () => {
    const { defaultReferenceData: data, placementWish } = await import('@alternance/domain');
    const students = await t.orm.em.fork().find(Student, {});
    const wished = students.filter((s) => s.trackWish !== null || s.siteWish !== null);
    expect(wished.some((s) => s.cohort.startsWith('M2') && s.trackWish)).toBe(true);
    expect(wished.some((s) => s.cohort.startsWith('MASTER') && s.trackWish && s.siteWish)).toBe(true);
    expect(students.some((s) => s.cohort.startsWith('MASTER') && s.trackWish === null)).toBe(true);
    for (const s of wished) expect(placementWish({ cohort: s.cohort, trackWish: s.trackWish, siteWish: s.siteWish }, data).errors, s.cohort).toEqual([]);
  });

  it('has an M2 classic-internship fiche awaiting the manager’s derogation (§2.1.2)', async () => {
    const r = await t.gql('{ missions(first: 100, filter: { findingCode: "PROGRAM_CONTRACT_NOT_ALLOWED" }) { cohort contractType state derogationPossible derogationReason student { lastName } } }', {}, manager);
    expect(r.data.missions).toContainEqual({ cohort: 'M2-2025', contractType: 'CSTAGE', state: 'SUBMITTED', derogationPossible: true, derogationReason: null, student: { lastName: 'Dérogation-Demo' } });
  });

  it('counts as overdue the open checklist items due within the warning days (5), and no longer one once done', async () => {
    // A day when the demo's contracts have items due and items not yet due; a session belongs to its day.
    t.clock.set('2025-10-01');
    const office = { cookie: await t.login('responsable@demo.alternance.test', 'Alternance-Demo-2026') };
    const overdue = async () => (await t.gql('{ dashboard { overdueChecklistItems } }', {}, office)).data.dashboard.overdueChecklistItems as number;
    const items = await t.orm.em.fork().find(ChecklistItem, {});
    const due = items.filter((i) => !i.done && i.dueDate <= '2025-10-06');
    expect(due.length).toBeGreaterThan(1);
    expect(items.some((i) => !i.done && i.dueDate > '2025-10-06')).toBe(true);
    expect(await overdue()).toBe(due.length);
    await t.orm.em.fork().nativeUpdate(ChecklistItem, { id: due[0]!.id }, { done: true });
    expect(await overdue()).toBe(due.length - 1);
    await t.orm.em.fork().nativeUpdate(ChecklistItem, { id: due[0]!.id }, { done: false });
    t.clock.set('2025-07-01');
  });

  it('lets a demo student see only their own mission', async () => {
    const student = { cookie: await t.login('etudiant1@demo.alternance.test', 'Alternance-Demo-2026') };
    const mine = await t.gql('{ missions { student { email } } students { email } }', {}, student);
    expect(mine.data.missions.map((m: { student: { email: string } }) => m.student.email)).toEqual(['etudiant1@demo.alternance.test']);
    expect(mine.data.students.map((s: { email: string }) => s.email)).toEqual(['etudiant1@demo.alternance.test']);
  });

  /** The statements one list query costs the API (the pollers' after the response left out), its length checked. */
  const statementsOf = async (query: string, list: string, length: number): Promise<number> => {
    let statements = 0;
    const logger = t.orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (context) => {
      // The mail and webhook pollers run after each response (onResponse), not within the
      // request: depending on timing they fell into this count or the next one.
      if (!/webhook_delivery|outbox_mail/.test(context.query ?? '')) statements += 1;
      original(context);
    };
    t.orm.config.set('debug', ['query']);
    try {
      const result = await t.gql(query, {}, manager);
      expect(result.errors).toBeUndefined();
      expect(result.data[list]).toHaveLength(length);
    } finally {
      t.orm.config.set('debug', false);
      logger.logQuery = original;
    }
    return statements;
  };

  it('lists contracts with student, OPA and tutors in a number of statements that does not grow with the page', async () => {
    const count = (first: number) =>
      statementsOf(`{ contracts(first: ${first}) { id student { lastName } mission { organisation { name } tutor1 { lastName } tutor2 { lastName } hrContact { lastName } } } }`, 'contracts', first);
    const few = await count(2);
    const many = await count(15);
    expect(many).toBe(few);
  });

  it('lists fiches with the contract each replaces (§5) in a number of statements that does not grow with the page', async () => {
    const count = (first: number) =>
      statementsOf(`{ missions(first: ${first}, filter: { state: SUBMITTED }) { id state afterRuptureLastDay } }`, 'missions', first);
    expect(await count(10)).toBe(await count(2));
  });

  it('reads only what a page asks for, and answers the same as a full read', async () => {
    const fields = 'id startDate monthlyGrossPay student { lastName birthDate } mission { cohort monthlyGrossPay student { email } tutor1 { lastName organisation { name } } hrContact { email organisation { siret } } }';
    const projected = await t.gql(`{ contracts(first: 30) { ${fields} } }`, {}, manager);
    // A fragment makes the list read every column: the reference answer.
    const full = await t.gql(`{ contracts(first: 30) { ...C } } fragment C on Contract { ${fields} }`, {}, manager);
    expect(projected.errors).toBeUndefined();
    expect(projected.data.contracts).toEqual(full.data.contracts);
    expect(projected.data.contracts[0].student.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(projected.data.contracts.some((c: { mission: { tutor1: { organisation: { name: string } } | null } }) => c.mission.tutor1?.organisation.name)).toBe(true);
  });

  it('reads the contacts’ OPA ids only for a page that shows a contact’s OPA', async () => {
    const statements: string[] = [];
    const logger = t.orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (context) => {
      if (/from "contract" "c"/.test(context.query ?? '')) statements.push(context.query ?? '');
      original(context);
    };
    t.orm.config.set('debug', ['query']);
    try {
      const names = await t.gql('{ contracts(first: 5) { id mission { organisation { name } tutor1 { lastName } hrContact { lastName } } } }', {}, manager);
      const withOpa = await t.gql('{ contracts(first: 5) { id mission { tutor1 { lastName organisation { name } } } } }', {}, manager);
      expect(names.errors).toBeUndefined();
      expect(withOpa.errors).toBeUndefined();
      expect(withOpa.data.contracts.some((c: { mission: { tutor1: { organisation: { name: string } } | null } }) => c.mission.tutor1?.organisation.name)).toBe(true);
    } finally {
      t.orm.config.set('debug', false);
      logger.logQuery = original;
    }
    expect(statements).toHaveLength(2);
    expect(statements[0]).not.toContain('"t1"."organisation_id"');
    expect(statements[1]).toContain('"t1"."organisation_id"');
  });
});
