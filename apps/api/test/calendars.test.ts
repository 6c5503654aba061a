import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { OutboxMail } from '../src/modules/mail/outbox-mail.entity.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { CompanyTutor, HrContact, Organisation, Student } from '../src/modules/people/people.entities.js';
import { calendarInForce, isAtCompany, trainingHalfDaysOf } from '../src/modules/calendars/calendar-in-force.js';
import { loadReferenceData } from '../src/modules/reference-data/reference-data.service.js';
import { openSession } from '../src/modules/auth/sessions.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const CAL = `query($code: String!) { calendar(code: $code) { code version inForce provisional cohorts draftChanges { date half before after } versions { number provisional changes { date half } } hoursPreview { cohort contractType contracts billableHoursInForce billableHoursDraft } } }`;
const SET = `mutation($code: String!, $version: Int!, $from: HalfDayInput!, $to: HalfDayInput!, $kind: HalfDayKind!) { setCalendarHalfDays(code: $code, version: $version, from: $from, to: $to, kind: $kind) { calendar { version draftChanges { date half before after } } errors { code field message } } }`;
const PUBLISH = `mutation($code: String!, $version: Int!) { publishCalendar(code: $code, version: $version, comment: "Deux demi-journées de rattrapage") { version { number } changes { date half } notified contractsRecomputed errors { code message } } }`;
const FIGURES = `query($id: ID!) { contract(id: $id) { figures { billableHours cost } trainingFigures { billableHours cost costPerHour unbilledHours trainingHalfDays calendars provisional revision { revisionHalfDays workedDays entitlementDays remainingHalfDays } } } }`;

for (const dialect of DIALECTS) {
  describe(`calendars as data (issue 11 §1–2) on ${dialect}`, () => {
    let t: TestApp;
    let manager: Auth;
    let secretariat: Auth;
    let late: Contract;
    let later: Contract;
    let student: Student;
    let laterStudent: Student;
    let tutor: CompanyTutor;
    let hr: HrContact;
    let make: (start: string, end?: string) => Promise<{ s: Student; contract: Contract }>;

    beforeAll(async () => {
      t = await createTestApp({ dialect, today: '2025-09-15' });
      manager = await t.as('MANAGER');
      secretariat = await t.as('SECRETARIAT');
      const em = t.orm.em.fork();
      const organisation = Object.assign(new Organisation(), { name: 'OPA', siret: '88888888888888' });
      tutor = Object.assign(new CompanyTutor(), { organisation, firstName: 'Tina', lastName: 'Tuteur', email: `tina.${dialect}@opa.example` });
      hr = Object.assign(new HrContact(), { organisation, firstName: 'Hélène', lastName: 'RH', email: `rh.${dialect}@opa.example` });
      await em.persistAndFlush([organisation, tutor, hr]);
      make = async (start: string, end = '2027-09-03') => {
        const s = (await createStudent(t, { cohort: 'MASTER-2025' })).student;
        const mission = Object.assign(new Mission(), { student: em.getReference(Student, s.id), cohort: 'MASTER-2025', contractType: 'CPRO', state: 'VALIDATED', startDate: start, endDate: end, organisation, tutor1: tutor, hrContact: hr });
        const contract = Object.assign(new Contract(), { mission, student: mission.student, contractType: 'CPRO', startDate: start, endDate: end });
        await em.persistAndFlush([mission, contract]);
        return { s, contract };
      };
      // A late CPRO (§3.3.2) starting before the changed Wednesday, another starting after it.
      ({ s: student, contract: late } = await make('2025-10-06'));
      ({ s: laterStudent, contract: later } = await make('2025-11-03'));
    });
    afterAll(() => t?.close());

    it('stores the calendars seeded from the domain, provisional until published', async () => {
      const list = await t.gql(`{ calendars { code provisional inForce } }`, {}, secretariat);
      expect(list.data.calendars.map((c: { code: string }) => c.code)).toEqual(['L3I-2025', 'M1-2025', 'M2-2025', 'M2-2026']);
      expect(list.data.calendars.every((c: { provisional: boolean; inForce: number }) => c.provisional && c.inForce === 1)).toBe(true);
      const m1 = await t.gql(CAL, { code: 'M1-2025' }, manager);
      expect(m1.data.calendar.cohorts).toEqual(['MASTER-2025']);
      expect(m1.data.calendar.draftChanges).toEqual([]);
    });

    it('edits the draft with optimistic locking, manager only, naming bad fields', async () => {
      const day = { from: { date: '2025-10-08', half: 'AM' }, to: { date: '2025-10-08', half: 'PM' }, kind: 'TRAINING' };
      const refused = await t.gql(SET, { code: 'M1-2025', version: 1, ...day }, secretariat);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const outside = await t.gql(SET, { code: 'M1-2025', version: 1, ...day, from: { date: '2024-01-01', half: 'AM' } }, manager);
      expect(outside.data.setCalendarHalfDays.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from.date' });
      const before = (await t.gql(FIGURES, { id: late.id }, manager)).data.contract;
      const ok = await t.gql(SET, { code: 'M1-2025', version: 1, ...day }, manager);
      expect(ok.data.setCalendarHalfDays.errors).toEqual([]);
      expect(ok.data.setCalendarHalfDays.calendar.draftChanges).toEqual([
        { date: '2025-10-08', half: 'AM', before: 'COMPANY', after: 'TRAINING' },
        { date: '2025-10-08', half: 'PM', before: 'COMPANY', after: 'TRAINING' },
      ]);
      const stale = await t.gql(SET, { code: 'M1-2025', version: 1, ...day, kind: 'REVISION' }, manager);
      expect(stale.data.setCalendarHalfDays.errors[0].code).toBe('CONFLICT');
      // The draft is not in force: the contract's figures have not moved, the preview shows the effect.
      expect((await t.gql(FIGURES, { id: late.id }, manager)).data.contract).toEqual(before);
      const preview = (await t.gql(CAL, { code: 'M1-2025' }, manager)).data.calendar.hoursPreview;
      const cpro = preview.find((l: { contractType: string }) => l.contractType === 'CPRO');
      expect(cpro.contracts).toBe(2);
      expect(cpro.billableHoursDraft).not.toBe(cpro.billableHoursInForce);
    });

    it('publishes: a new version, one mail per affected alternant and tutor with exactly the changed half-days, figures recomputed', async () => {
      const em = t.orm.em.fork();
      const before = (await t.gql(FIGURES, { id: late.id }, manager)).data.contract;
      const laterBefore = (await t.gql(FIGURES, { id: later.id }, manager)).data.contract;
      expect(before.trainingFigures.calendars).toEqual(['M1-2025 v1', 'M2-2026 v1']);
      // A contract over before the publication (ended on 10 September): its alternant is not told.
      const { s: gone } = await make('2025-09-01', '2025-09-10');
      const result = await t.gql(PUBLISH, { code: 'M1-2025', version: 2 }, manager);
      expect(result.data.publishCalendar.errors).toEqual([]);
      expect(result.data.publishCalendar.version.number).toBe(2);
      // The student whose contract covers 8 October, their tutor and their HR contact (footnotes
      // 13–15) — and, as this first publication ends the guide's provisional calendar (§2.2.2), the one
      // starting in November too, told it is now definitive though none of their half-days changed.
      expect(result.data.publishCalendar.notified).toBe(4);
      const mails = await em.find(OutboxMail, { template: { $like: 'CALENDAR%' } }, { orderBy: { to: 'asc' } });
      const toStudent = mails.filter((m) => m.to === student.email);
      const toTutor = mails.filter((m) => m.to === tutor.email);
      expect(toStudent).toHaveLength(1);
      expect(toTutor).toHaveLength(1);
      const toHr = mails.filter((m) => m.to === hr.email);
      expect(toHr.map((m) => m.template)).toEqual(['CALENDAR_CHANGED_HR']);
      expect(toHr[0]!.text).toContain(`Bonjour Hélène RH`);
      for (const mail of [...toStudent, ...toTutor, ...toHr]) {
        const changes = mail.text.split('Vos contacts')[0]!;
        expect(changes).toContain('- mercredi 8 octobre 2025, matin : entreprise → formation');
        expect(changes).toContain('- mercredi 8 octobre 2025, après-midi : entreprise → formation');
        expect(changes.match(/^- /gm)).toHaveLength(2);
      }
      // §6.1.1: the company's mails say whom to call at the MIAGE for the alternant (a CPRO: the SFCA), before the signature.
      for (const mail of [...toTutor, ...toHr]) {
        expect(mail.text).toContain(`Vos contacts pour l’alternance de ${student.firstName} ${student.lastName} (guide, §6.1.1) :`);
        expect(mail.text).toContain('SFCA');
        expect(mail.text.indexOf('Vos contacts')).toBeLessThan(mail.text.indexOf('\n--\n'));
      }
      expect(toStudent[0]!.text).not.toContain('Vos contacts');
      const office = mails.filter((m) => m.template === 'CALENDAR_PUBLISHED');
      expect(office.length).toBeGreaterThanOrEqual(2);
      expect(office[0]!.text).toContain(student.lastName);
      expect(office[0]!.text).toContain('4 message(s) envoyé(s) aux alternant(e)s, à leurs tuteurs et aux contacts RH');
      expect(toStudent[0]!.subject).toBe('Calendrier d’alternance modifié : 2 demi-journées changent');
      expect(toStudent[0]!.text).toContain('n’est plus provisoire : il est désormais définitif. Pour vous, ces demi-journées changent');
      const toLater = mails.filter((m) => m.to === laterStudent.email);
      expect(toLater.map((m) => m.subject)).toEqual([expect.stringMatching(/^Calendrier d’alternance définitif : /)]);
      expect(toLater[0]!.text).toContain('Aucune de vos demi-journées ne change.');
      expect(mails.filter((m) => m.to === gone.email)).toEqual([]);
      expect(toTutor[0]!.text).toContain(`${laterStudent.firstName} ${laterStudent.lastName} : aucun changement.`);
      expect(office[0]!.text).toContain('Motif : Deux demi-journées de rattrapage');

      const after = (await t.gql(FIGURES, { id: late.id }, manager)).data.contract;
      expect(after.trainingFigures.calendars).toEqual(['M1-2025 v2', 'M2-2026 v1']);
      expect(after.trainingFigures.trainingHalfDays).toBe(before.trainingFigures.trainingHalfDays + 2);
      expect(after.trainingFigures.billableHours).not.toBe(before.trainingFigures.billableHours);
      expect(after.figures.billableHours).toBe(after.trainingFigures.billableHours);
      expect(after.trainingFigures.provisional).toBe(true); // M2-2026 is still the guide's placeholder
      // A contract starting after the change: prorated over a larger total, its hours move too (listed for the office), but no mail.
      expect((await t.gql(FIGURES, { id: later.id }, manager)).data.contract.trainingFigures.billableHours).not.toBe(laterBefore.trainingFigures.billableHours);

      const history = (await t.gql(CAL, { code: 'M1-2025' }, secretariat)).data.calendar;
      expect(history.inForce).toBe(2);
      expect(history.provisional).toBe(false);
      expect(history.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
      expect(history.versions[0].changes).toHaveLength(2);
      // Clients computing locally (roster preview, Excel add-in) read the published version in the reference data.
      const sections = await t.gql(`{ referenceData { key data } }`, {}, secretariat);
      const m1 = sections.data.referenceData.find((s: { key: string }) => s.key === 'calendars').data.find((c: { code: string }) => c.code === 'M1-2025');
      expect(m1.provisional).toBe(false);
      expect(m1.exceptions).toEqual(expect.arrayContaining([expect.objectContaining({ date: '2025-10-08', kind: 'TRAINING' })]));
      const nothing = await t.gql(PUBLISH, { code: 'M1-2025', version: history.version }, manager);
      expect(nothing.data.publishCalendar.errors[0].code).toBe('NOTHING_TO_PUBLISH');
    });

    it('gives the tutor and the HR contact, in that mail, a link that reads their alternants’ calendars as they stand — and nothing else (footnotes 13–15)', async () => {
      const em = t.orm.em.fork();
      const company = await em.find(OutboxMail, { template: { $in: ['CALENDAR_CHANGED_TUTOR', 'CALENDAR_CHANGED_HR'] }, to: { $in: [tutor.email, hr.email] } }, { populate: ['linkToken'] });
      expect(company.map((m) => m.to).sort()).toEqual([tutor.email, hr.email].sort());
      const toStudent = await em.findOneOrFail(OutboxMail, { template: 'CALENDAR_CHANGED', to: student.email });
      // The manager's word on the change reaches everyone told of it.
      for (const mail of [...company, toStudent]) expect(mail.text).toContain('Motif : Deux demi-journées de rattrapage');
      for (const mail of company) {
        expect(mail.text).toContain('/lien/[masqué]');
        expect(mail.text).toContain('valable jusqu’au');
        expect(mail.linkToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
        const opened = await t.post('/auth/link', { token: mail.linkToken });
        expect(opened.status).toBe(200);
        expect(opened.body.purpose).toBe('CALENDAR_VIEW');
        const session = { cookie: opened.cookie! };
        const read = await t.gql(`{ contactCalendars { studentName contractEnd calendars { code days { date am pm } } } }`, {}, session);
        expect(read.errors).toBeUndefined();
        const mine = read.data.contactCalendars.find((a: { studentName: string }) => a.studentName === `${student.firstName} ${student.lastName}`);
        expect(mine.contractEnd).toBe('2027-09-03');
        expect(mine.calendars.map((c: { code: string }) => c.code)).toEqual(['M1-2025', 'M2-2026']);
        // The published version: Wednesday 8 October is now a training day.
        expect(mine.calendars[0].days.find((d: { date: string }) => d.date === '2025-10-08')).toEqual({ date: '2025-10-08', am: 'TRAINING', pm: 'TRAINING' });
        // Their other alternant on the same calendar too; nobody else's.
        expect(read.data.contactCalendars).toHaveLength(2);
        // The link reads calendars only: neither the mission nor the contract it was issued for.
        expect((await t.gql(`query($id: ID!) { mission(id: $id) { id } }`, { id: late.mission.id }, session)).data?.mission ?? null).toBeNull();
        expect((await t.gql(`query($id: ID!) { contract(id: $id) { id } }`, { id: late.id }, session)).data?.contract ?? null).toBeNull();
      }
      // Another link's session (a confirmation) reads no calendar.
      const confirmation = { cookie: `alt_session=${await openSession(em, { type: 'COMPANY_TUTOR', id: tutor.id, role: 'COMPANY_TUTOR', missionId: late.mission.id, purpose: 'MISSION_CONFIRMATION' }, t.clock.now())}` };
      expect((await t.gql(`{ contactCalendars { studentName } }`, {}, confirmation)).data.contactCalendars).toEqual([]);
    });

    it('a second API instance (its own ORM and connections) on the same database sees the published version at once', async () => {
      const other = await createTestApp({ dialect, sameDatabaseAs: t });
      try {
        const auth = await other.as('SECRETARIAT');
        const figures = (await other.gql(FIGURES, { id: late.id }, auth)).data.contract.trainingFigures;
        expect(figures.calendars[0]).toBe('M1-2025 v2');
        expect((await other.gql(CAL, { code: 'M1-2025' }, auth)).data.calendar.inForce).toBe(2);
      } finally {
        await other.close();
      }
    });

    it('imports a spreadsheet all or nothing, with per-row errors', async () => {
      const cal = (await t.gql(CAL, { code: 'M1-2025' }, manager)).data.calendar;
      const bad = [['Date', 'Matin', 'Après-midi'], ['2025-10-15', 'F', 'F'], ['2025-10-16', 'Piscine', 'F']];
      const preview = await t.gql(`query($cells: JSON!) { calendarImportPreview(code: "M1-2025", cells: $cells) { rows changes { date } errors { row field message } } }`, { cells: bad }, manager);
      expect(preview.data.calendarImportPreview.errors).toEqual([{ row: 3, field: 'Matin', message: expect.stringContaining('Piscine') }]);
      const IMPORT = `mutation($v: Int!, $cells: JSON!) { importCalendar(code: "M1-2025", version: $v, cells: $cells) { calendar { version draftChanges { date half } } preview { changes { date half } } errors { code field index } } }`;
      const refused = await t.gql(IMPORT, { v: cal.version, cells: bad }, manager);
      expect(refused.data.importCalendar.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'Matin', index: 3 }]);
      expect((await t.gql(CAL, { code: 'M1-2025' }, manager)).data.calendar.draftChanges).toEqual([]);
      const good = [['Semaine du', 'Lun. matin', 'Lun. après-midi', 'Mar. matin', 'Mar. après-midi', 'Mer. matin', 'Mer. après-midi', 'Jeu. matin', 'Jeu. après-midi', 'Ven. matin', 'Ven. après-midi'], ['13/10/2025', 'F', 'F', 'F', 'F', 'F', 'F', 'E', 'E', 'E', 'E']];
      const imported = await t.gql(IMPORT, { v: cal.version, cells: good }, manager);
      expect(imported.data.importCalendar.errors).toEqual([]);
      expect(imported.data.importCalendar.calendar.draftChanges).toEqual([{ date: '2025-10-15', half: 'AM' }, { date: '2025-10-15', half: 'PM' }]);
      const discarded = await t.gql(`mutation($v: Int!) { discardCalendarDraft(code: "M1-2025", version: $v) { calendar { draftChanges { date } } errors { code } } }`, { v: imported.data.importCalendar.calendar.version }, manager);
      expect(discarded.data.discardCalendarDraft.calendar.draftChanges).toEqual([]);
    });

    it('gives one alternant their own half-days, read by every figure and helper', async () => {
      const em = t.orm.em.fork();
      const data = await loadReferenceData(em);
      const hoursBefore = await trainingHalfDaysOf(em, student.id, '2025-10-20', '2025-10-24', data);
      expect(await isAtCompany(em, student.id, '2025-10-22', data)).toBe(true);
      const SET_OWN = `mutation($s: ID!, $v: Int!) { setStudentCalendarHalfDays(studentId: $s, code: "M1-2025", version: $v, from: { date: "2025-10-22", half: AM }, to: { date: "2025-10-22", half: PM }, kind: TRAINING) { calendar { version exceptions { date half before after } } errors { code } } }`;
      const own = await t.gql(SET_OWN, { s: student.id, v: 0 }, manager);
      expect(own.data.setStudentCalendarHalfDays.errors).toEqual([]);
      expect(own.data.setStudentCalendarHalfDays.calendar.exceptions).toEqual([
        { date: '2025-10-22', half: 'AM', before: 'COMPANY', after: 'TRAINING' },
        { date: '2025-10-22', half: 'PM', before: 'COMPANY', after: 'TRAINING' },
      ]);
      expect((await t.gql(SET_OWN, { s: student.id, v: 0 }, manager)).data.setStudentCalendarHalfDays.errors[0].code).toBe('CONFLICT');
      const individualMails = await t.orm.em.fork().find(OutboxMail, { text: { $like: '%calendrier individuel%' } });
      expect(individualMails.map((m) => m.to).sort()).toEqual([student.email, tutor.email, hr.email].sort());
      expect(individualMails[0]!.text).toContain('mercredi 22 octobre 2025, matin : entreprise → formation');
      // §6.1.1: whom to call at the MIAGE, in the company's mails only.
      expect(individualMails.filter((m) => m.text.includes(`Vos contacts pour l’alternance de ${student.firstName} ${student.lastName}`)).map((m) => m.to).sort()).toEqual([tutor.email, hr.email].sort());
      const em2 = t.orm.em.fork();
      expect(await trainingHalfDaysOf(em2, student.id, '2025-10-20', '2025-10-24', data)).toBe(hoursBefore + 2);
      expect(await isAtCompany(em2, student.id, '2025-10-22', data)).toBe(false);
      const mine = await calendarInForce(em2, student.id, data);
      expect(mine.calendars.find((c) => c.code === 'M1-2025')!.exceptions.at(-1)!.label).toBe('Calendrier individuel');
      const figures = (await t.gql(FIGURES, { id: late.id }, manager)).data.contract.trainingFigures;
      expect(figures.calendars).toEqual(['M1-2025 v2 (individuel)', 'M2-2026 v1']);
      const other = (await t.gql(FIGURES, { id: later.id }, manager)).data.contract.trainingFigures;
      expect(other.calendars).toEqual(['M1-2025 v2', 'M2-2026 v1']);
      // The student reads their own calendars, not another's.
      const self = await t.gql(`query($s: ID!) { studentCalendars(studentId: $s) { code version } }`, { s: student.id }, manager);
      expect(self.data.studentCalendars).toEqual([{ code: 'M1-2025', version: 1 }, { code: 'M2-2026', version: 0 }]);
    });

    it('shows revision half-days and the CPRO examination leave left (§4.4.2, §4.4.3)', async () => {
      const figures = (await t.gql(FIGURES, { id: later.id }, manager)).data.contract.trainingFigures;
      expect(figures.revision.revisionHalfDays).toBeGreaterThan(0);
      expect(figures.revision.entitlementDays % 5).toBe(0);
      expect(figures.revision.remainingHalfDays).toBe(Math.max(0, 2 * figures.revision.entitlementDays - figures.revision.revisionHalfDays));
    });

    it('counts the CPRO’s jours ouvrables before the DDF as worked, at the OPA (§4.4.2: the days "prévus par son contrat")', async () => {
      const early = (await make('2025-07-01')).contract;
      const onTime = (await make('2025-09-01')).contract;
      const revisionOf = async (c: Contract) => (await t.gql(FIGURES, { id: c.id }, manager)).data.contract.trainingFigures.revision;
      const [a, b] = [await revisionOf(early), await revisionOf(onTime)];
      // July–August 2025: 44 weekdays, less 14 July and 15 August; the calendar starts on 2025-09-01.
      expect(a.workedDays - b.workedDays).toBe(42);
      expect(a.revisionHalfDays).toBe(b.revisionHalfDays);
      expect(a.entitlementDays).toBe(5 * Math.floor(a.workedDays / 60));
    });

    it('mails an HR contact who is also the tutor once, as the tutor (footnotes 13–15)', async () => {
      const em = t.orm.em.fork();
      const organisation = Object.assign(new Organisation(), { name: 'OPA bis', siret: '77777777777777' });
      const both = Object.assign(new CompanyTutor(), { organisation, firstName: 'Bea', lastName: 'Both', email: `both.${dialect}@opa.example` });
      const sameHr = Object.assign(new HrContact(), { organisation, firstName: 'Bea', lastName: 'Both', email: `Both.${dialect}@opa.example` });
      const s = (await createStudent(t, { cohort: 'MASTER-2025' })).student;
      const mission = Object.assign(new Mission(), { student: em.getReference(Student, s.id), cohort: 'MASTER-2025', contractType: 'CPRO', state: 'VALIDATED', startDate: '2025-09-01', endDate: '2027-09-03', organisation, tutor1: both, hrContact: sameHr });
      const contract = Object.assign(new Contract(), { mission, student: mission.student, contractType: 'CPRO', startDate: '2025-09-01', endDate: '2027-09-03' });
      await em.persistAndFlush([organisation, both, sameHr, mission, contract]);
      const SET = `mutation($s: ID!) { setStudentCalendarHalfDays(studentId: $s, code: "M1-2025", version: 0, from: { date: "2025-10-15", half: AM }, to: { date: "2025-10-15", half: PM }, kind: TRAINING) { errors { code } } }`;
      expect((await t.gql(SET, { s: s.id }, manager)).data.setStudentCalendarHalfDays.errors).toEqual([]);
      const mails = await t.orm.em.fork().find(OutboxMail, { template: { $like: 'CALENDAR_CHANGED%' }, text: { $like: '%calendrier individuel%' }, to: { $in: [s.email, both.email, sameHr.email] } });
      expect(mails.map((m) => m.template).sort()).toEqual(['CALENDAR_CHANGED', 'CALENDAR_CHANGED_TUTOR']);
    });

    it('tells the alternant, their company tutor and HR contact when their individual calendar goes back to the cohort’s (footnotes 13–15)', async () => {
      const em = t.orm.em.fork();
      const organisation = Object.assign(new Organisation(), { name: 'OPA ter', siret: '77777777777778' });
      const tutor = Object.assign(new CompanyTutor(), { organisation, firstName: 'Tom', lastName: 'Tuteur', email: `tom.${dialect}@opa-ter.example` });
      const hr = Object.assign(new HrContact(), { organisation, firstName: 'Rita', lastName: 'RH', email: `rita.${dialect}@opa-ter.example` });
      const s = (await createStudent(t, { cohort: 'MASTER-2025' })).student;
      const mission = Object.assign(new Mission(), { student: em.getReference(Student, s.id), cohort: 'MASTER-2025', contractType: 'CAPP', state: 'VALIDATED', startDate: '2025-09-01', endDate: '2027-09-03', organisation, tutor1: tutor, hrContact: hr });
      const contract = Object.assign(new Contract(), { mission, student: mission.student, contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' });
      await em.persistAndFlush([organisation, tutor, hr, mission, contract]);
      const SET = `mutation($s: ID!) { setStudentCalendarHalfDays(studentId: $s, code: "M1-2025", version: 0, from: { date: "2025-10-16", half: AM }, to: { date: "2025-10-16", half: AM }, kind: TRAINING) { calendar { version } errors { code } } }`;
      const set = (await t.gql(SET, { s: s.id }, manager)).data.setStudentCalendarHalfDays;
      expect(set.errors).toEqual([]);
      const to = [s.email, tutor.email, hr.email];
      const before = await t.orm.em.fork().count(OutboxMail, { to: { $in: to }, template: { $like: 'CALENDAR_CHANGED%' } });
      expect(before).toBe(3);
      const CLEAR = `mutation($s: ID!, $v: Int!) { clearStudentCalendar(studentId: $s, code: "M1-2025", version: $v) { errors { code } } }`;
      expect((await t.gql(CLEAR, { s: s.id, v: set.calendar.version }, manager)).data.clearStudentCalendar.errors).toEqual([]);
      const mails = await t.orm.em.fork().find(OutboxMail, { to: { $in: to }, template: { $like: 'CALENDAR_CHANGED%' } }, { orderBy: { id: 'asc' } });
      const back = mails.filter((m) => m.text.includes('jeudi 16 octobre 2025, matin : formation → entreprise'));
      expect(back.map((m) => [m.to, m.template]).sort()).toEqual(
        [
          [s.email, 'CALENDAR_CHANGED'],
          [tutor.email, 'CALENDAR_CHANGED_TUTOR'],
          [hr.email, 'CALENDAR_CHANGED_HR'],
        ].sort(),
      );
      for (const mail of back) expect(mail.text.split('Vos contacts')[0]!.match(/^- /gm)).toHaveLength(1);
    });

    it('tells an individual change to the company contacts of the contract it falls in, not to those of a contract broken before it (§5, footnotes 13–15)', async () => {
      const em = t.orm.em.fork();
      const former = Object.assign(new Organisation(), { name: 'OPA rompue', siret: '55555555555555' });
      const next = Object.assign(new Organisation(), { name: 'OPA suivante', siret: '55555555555556' });
      const oldTutor = Object.assign(new CompanyTutor(), { organisation: former, firstName: 'Otto', lastName: 'Ancien', email: `otto.${dialect}@opa-rompue.example` });
      const oldHr = Object.assign(new HrContact(), { organisation: former, firstName: 'Odile', lastName: 'RH', email: `odile.${dialect}@opa-rompue.example` });
      const newTutor = Object.assign(new CompanyTutor(), { organisation: next, firstName: 'Nina', lastName: 'Nouvelle', email: `nina.${dialect}@opa-suivante.example` });
      const newHr = Object.assign(new HrContact(), { organisation: next, firstName: 'Noé', lastName: 'RH', email: `noe.${dialect}@opa-suivante.example` });
      const s = (await createStudent(t, { cohort: 'MASTER-2025' })).student;
      // The first contract was broken on 2025-12-31 (its DFC is then the last day), the next one starts on 2026-01-05.
      const broken = Object.assign(new Mission(), { student: em.getReference(Student, s.id), cohort: 'MASTER-2025', contractType: 'CAPP', state: 'VALIDATED', startDate: '2025-09-01', endDate: '2025-12-31', organisation: former, tutor1: oldTutor, hrContact: oldHr });
      const brokenContract = Object.assign(new Contract(), { mission: broken, student: broken.student, contractType: 'CAPP', startDate: '2025-09-01', endDate: '2025-12-31' });
      const current = Object.assign(new Mission(), { student: em.getReference(Student, s.id), cohort: 'MASTER-2025', contractType: 'CAPP', state: 'VALIDATED', startDate: '2026-01-05', endDate: '2027-09-03', organisation: next, tutor1: newTutor, hrContact: newHr });
      const currentContract = Object.assign(new Contract(), { mission: current, student: current.student, contractType: 'CAPP', startDate: '2026-01-05', endDate: '2027-09-03' });
      await em.persistAndFlush([former, next, oldTutor, oldHr, newTutor, newHr, broken, brokenContract, current, currentContract]);
      const SET_OWN = `mutation($s: ID!) { setStudentCalendarHalfDays(studentId: $s, code: "M1-2025", version: 0, from: { date: "2026-02-04", half: AM }, to: { date: "2026-02-04", half: PM }, kind: TRAINING) { errors { code } } }`;
      expect((await t.gql(SET_OWN, { s: s.id }, manager)).data.setStudentCalendarHalfDays.errors).toEqual([]);
      const mails = await t.orm.em.fork().find(OutboxMail, { template: { $like: 'CALENDAR_CHANGED%' }, to: { $in: [s.email, oldTutor.email, oldHr.email, newTutor.email, newHr.email] } }, { populate: ['linkToken'] });
      expect(mails.map((m) => [m.to, m.template]).sort()).toEqual(
        [
          [s.email, 'CALENDAR_CHANGED'],
          [newTutor.email, 'CALENDAR_CHANGED_TUTOR'],
          [newHr.email, 'CALENDAR_CHANGED_HR'],
        ].sort(),
      );
      for (const mail of mails) expect(mail.text).toContain('mercredi 4 février 2026, matin : entreprise → formation');
      for (const mail of mails.filter((m) => m.template !== 'CALENDAR_CHANGED')) expect(mail.linkToken).toBeTruthy();
    });

    it('leaves the L3I’s classic group out of the alternance calendar: not mailed its changes, no half-days, no feed (§2.2, §2.2.2)', async () => {
      const em = t.orm.em.fork();
      const organisation = Object.assign(new Organisation(), { name: 'OPA L3I', siret: '66666666666666' });
      const internTutor = Object.assign(new CompanyTutor(), { organisation, firstName: 'Ines', lastName: 'Stage', email: `ines.${dialect}@opa-l3i.example` });
      const alternantTutor = Object.assign(new CompanyTutor(), { organisation, firstName: 'Alan', lastName: 'Alt', email: `alan.${dialect}@opa-l3i.example` });
      const l3iHr = Object.assign(new HrContact(), { organisation, firstName: 'Rose', lastName: 'RH', email: `rose.${dialect}@opa-l3i.example` });
      const intern = (await createStudent(t, { cohort: 'L3I-2025', group: 'L3I-CLASSIC' })).student;
      const alternant = (await createStudent(t, { cohort: 'L3I-2025', group: 'L3I-ALTERNANCE' })).student;
      // The classic group's internship « d'un bloc » after its teaching (§2.2), an apprenticeship on the alternance calendar.
      const internMission = Object.assign(new Mission(), { student: em.getReference(Student, intern.id), cohort: 'L3I-2025', group: 'CLASSIC', contractType: 'CSTAGE', state: 'VALIDATED', startDate: '2026-03-05', endDate: '2026-06-03', organisation, tutor1: internTutor, hrContact: l3iHr });
      const internContract = Object.assign(new Contract(), { mission: internMission, student: internMission.student, contractType: 'CSTAGE', startDate: '2026-03-05', endDate: '2026-06-03' });
      const altMission = Object.assign(new Mission(), { student: em.getReference(Student, alternant.id), cohort: 'L3I-2025', group: 'ALTERNANCE', contractType: 'CAPP', state: 'VALIDATED', startDate: '2025-09-01', endDate: '2026-07-03', organisation, tutor1: alternantTutor });
      const altContract = Object.assign(new Contract(), { mission: altMission, student: altMission.student, contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-07-03' });
      await em.persistAndFlush([organisation, internTutor, alternantTutor, l3iHr, internMission, internContract, altMission, altContract]);

      // Wednesday 15 April 2026, at the company in the L3I alternance calendar, moves to training.
      const cal = (await t.gql(CAL, { code: 'L3I-2025' }, manager)).data.calendar;
      const set = await t.gql(SET, { code: 'L3I-2025', version: cal.version, from: { date: '2026-04-15', half: 'AM' }, to: { date: '2026-04-15', half: 'PM' }, kind: 'TRAINING' }, manager);
      expect(set.data.setCalendarHalfDays.errors).toEqual([]);
      const published = await t.gql(PUBLISH, { code: 'L3I-2025', version: set.data.setCalendarHalfDays.calendar.version }, manager);
      expect(published.data.publishCalendar.errors).toEqual([]);
      const mails = await t.orm.em.fork().find(OutboxMail, { template: { $like: 'CALENDAR_CHANGED%' }, to: { $in: [intern.email, alternant.email, internTutor.email, alternantTutor.email, l3iHr.email] } });
      // The alternant and their tutor are told; the intern, their internship's tutor and HR contact are not.
      expect(mails.map((m) => m.to).sort()).toEqual([alternant.email, alternantTutor.email].sort());
      expect(mails.every((m) => m.text.includes('mercredi 15 avril 2026, matin : entreprise → formation'))).toBe(true);

      // Nor is any half-day of that calendar theirs: figures, their calendar page, their feed.
      const internFigures = (await t.gql(FIGURES, { id: internContract.id }, manager)).data.contract.trainingFigures;
      expect(internFigures.calendars).toEqual([]);
      expect(internFigures.trainingHalfDays).toBe(0);
      expect(internFigures.revision.revisionHalfDays).toBe(0);
      const altFigures = (await t.gql(FIGURES, { id: altContract.id }, manager)).data.contract.trainingFigures;
      expect(altFigures.calendars).toEqual(['L3I-2025 v2']);
      expect(altFigures.trainingHalfDays).toBeGreaterThan(100);
      const CALS = `query($s: ID!) { studentCalendars(studentId: $s) { code } }`;
      expect((await t.gql(CALS, { s: intern.id }, manager)).data.studentCalendars).toEqual([]);
      expect((await t.gql(CALS, { s: alternant.id }, manager)).data.studentCalendars).toEqual([{ code: 'L3I-2025' }]);
      const internAuth = { cookie: await t.login(intern.email) };
      const feed = await t.gql(`mutation($s: ID!) { createCalendarFeed(kind: STUDENT, subjectId: $s) { url errors { code } } }`, { s: intern.id }, internAuth);
      const body = (await t.app.server.inject({ method: 'GET', url: new URL(feed.data.createCalendarFeed.url).pathname })).body;
      expect(new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent')).toHaveLength(0);
    });

    it('serves an RFC 5545 feed behind a revocable token, computed from the version in force', async () => {
      const studentAuth = { cookie: await t.login(student.email) };
      const created = await t.gql(`mutation($s: ID!) { createCalendarFeed(kind: STUDENT, subjectId: $s) { feed { id } url errors { code } } }`, { s: student.id }, studentAuth);
      expect(created.data.createCalendarFeed.errors).toEqual([]);
      const url = new URL(created.data.createCalendarFeed.url);
      const response = await t.app.server.inject({ method: 'GET', url: url.pathname });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/calendar');
      const events = new ICAL.Component(ICAL.parse(response.body)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      const oct8 = events.find((e) => e.startDate.toString().startsWith('2025-10-08'));
      expect(oct8?.summary).toBe('Formation');
      expect(events.find((e) => e.startDate.toString().startsWith('2025-10-22'))?.summary).toBe('Formation');
      // Someone else's feed is refused; a revoked token stops at once.
      const other = await t.gql(`mutation($s: ID!) { createCalendarFeed(kind: STUDENT, subjectId: $s) { errors { code } } }`, { s: later.student.id }, studentAuth);
      expect(other.data.createCalendarFeed.errors[0].code).toBe('FORBIDDEN');
      await t.gql(`mutation($id: ID!) { revokeCalendarFeed(id: $id) { errors { code } } }`, { id: created.data.createCalendarFeed.feed.id }, studentAuth);
      expect((await t.app.server.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
      expect((await t.app.server.inject({ method: 'GET', url: '/calendriers/flux/not-a-real-token-at-all-xxxxxxxx.ics' })).statusCode).toBe(404);

      // A tutor subscribes through their contract-view link, not through a confirmation link.
      const em = t.orm.em.fork();
      const linkSession = async (purpose: 'CONTRACT_VIEW' | 'MISSION_CONFIRMATION') => ({ cookie: `alt_session=${await openSession(em, { type: 'COMPANY_TUTOR', id: tutor.id, role: 'COMPANY_TUTOR', missionId: late.mission.id, purpose }, t.clock.now())}` });
      const CREATE_TUTOR = `mutation($s: ID!) { createCalendarFeed(kind: COMPANY_TUTOR, subjectId: $s) { url errors { code } } }`;
      expect((await t.gql(CREATE_TUTOR, { s: tutor.id }, await linkSession('MISSION_CONFIRMATION'))).data.createCalendarFeed.errors[0].code).toBe('FORBIDDEN');
      const tutorFeed = await t.gql(CREATE_TUTOR, { s: tutor.id }, await linkSession('CONTRACT_VIEW'));
      expect(tutorFeed.data.createCalendarFeed.errors).toEqual([]);
      const body = (await t.app.server.inject({ method: 'GET', url: new URL(tutorFeed.data.createCalendarFeed.url).pathname })).body;
      const summaries = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
      expect(summaries.some((s) => s.startsWith(`${student.firstName} ${student.lastName} — Formation`))).toBe(true);
    });
  });
}
