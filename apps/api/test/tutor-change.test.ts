import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Absence } from '../src/modules/absences/absence.entities.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { User } from '../src/modules/auth/auth.entities.js';
import { ChangeEvent } from '../src/modules/integration/change-event.entity.js';
import { TutorChange } from '../src/modules/lifecycle/lifecycle.entities.js';
import { Livret } from '../src/modules/livret/livret.entities.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { bodyOf, invitationOf } from './support/invitations.js';
import { activeContract } from './support/lifecycle-fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const CHANGE = `mutation($c: ID!, $v: Int!, $i: CompanyTutorChangeInput!) { changeCompanyTutor(contractId: $c, version: $v, input: $i) {
  contract { id version tutorChanges { slot kind effectiveOn previousTutorUntil avenantSignedOn reason recordedBy previousTutor { email } newTutor { email firstName organisation { name } } } }
  change { id kind }
  errors { code field message } } }`;
const CONTRACT = 'query($id: ID!) { contract(id: $id) { id version tutorChanges { kind newTutor { email } } } }';

describe.each(DIALECTS)('a company tutor changes during the contract (§3.1, %s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;
  let secretariat: Auth;
  let direction: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-03-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', `manager-tc-${dialect}@miage.example`);
    manager = { cookie: await t.login(`manager-tc-${dialect}@miage.example`) };
    await t.createUser('SECRETARIAT', `secretariat-tc-${dialect}@miage.example`);
    secretariat = { cookie: await t.login(`secretariat-tc-${dialect}@miage.example`) };
    await t.createUser('DIRECTION', `direction-tc-${dialect}@miage.example`);
    direction = { cookie: await t.login(`direction-tc-${dialect}@miage.example`) };
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('an apprenticeship’s tutor 1 is replaced by an avenant only; the old links stop, the new tutor reads the contract and gets the livret and the visit to hold', async () => {
    const { student, auth: studentAuth, email: studentEmail } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2004-03-10' });
    const { contract, tutorEmail } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-08-31' });
    // The old tutor holds a link to the contract and a livret link, and opened the contract's.
    expect((await t.gql('mutation($c: ID!) { sendRuptureRequestLink(contractId: $c) { sent errors { code } } }', { c: contract.id }, manager)).data.sendRuptureRequestLink.sent).toBeGreaterThan(0);
    expect((await t.gql('mutation { openLivrets(cohort: "MASTER-2025", academicYear: "2025-2026") { created errors { code } } }', {}, manager)).data.openLivrets.created).toBeGreaterThan(0);
    // A visit proposed to the old tutor, still to hold (§4.6): it passes to the new one.
    const seedEm = t.orm.em.fork();
    const held = await seedEm.findOneOrFail(Mission, { student: student.id }, { populate: ['tutor1', 'student'] });
    const slot = { id: 's1', date: '2026-04-15', half: 'AM' as const, format: 'ON_SITE' as const, location: 'Aix', findings: [] };
    const visit = Object.assign(new Visit(), { student: held.student, mission: held, companyTutor: held.tutor1!, academicYear: '2025-2026', visitNumber: 2, state: 'PROPOSED', slots: [slot], icsUid: `visite-${dialect}-tc@test` });
    // …and a visit already scheduled with them (§4.6): its invitation passes to the new tutor, the old one's calendar drops it.
    const scheduledSlot = { id: 's0', date: '2026-03-20', half: 'AM' as const, format: 'ON_SITE' as const, location: '1 rue de la Visite, Aix', findings: [] };
    const academicTutor = await t.createUser('ACADEMIC_TUTOR', `visiteur-tc-${dialect}@miage.example`);
    const scheduled = Object.assign(new Visit(), { student: held.student, mission: held, companyTutor: held.tutor1!, academicTutor: seedEm.getReference(User, academicTutor.id), academicYear: '2025-2026', visitNumber: 1, state: 'SCHEDULED', slots: [scheduledSlot], date: scheduledSlot.date, half: 'AM', format: 'ON_SITE', location: scheduledSlot.location, icsUid: `visite-${dialect}-sched@test`, icsSequence: 2 });
    // An absence whose work stoppage the old tutor was asked for (§4.3.1), still in its deadline;
    // and one whose deadline has passed (nobody is asked for it any more).
    const awaiting = Object.assign(new Absence(), { student: held.student, mission: held, date: '2026-02-26', half: 'AM', state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-03-12', recordedBy: 'test' });
    const lapsed = Object.assign(new Absence(), { student: held.student, mission: held, date: '2026-02-10', half: 'AM', state: 'AWAITING_STOPPAGE', reason: 'MEDICAL', deadline: '2026-02-24', recordedBy: 'test' });
    await seedEm.persistAndFlush([visit, scheduled, awaiting, lapsed]);
    await t.app.mail.deliverDue();
    // Both mails were queued at the same (test) instant: their delivery order is not theirs to keep — each link is found by its mail.
    const linkIn = (subject: RegExp) => /\/lien\/([A-Za-z0-9_-]+)/.exec(smtp.to(tutorEmail).find((m) => subject.test(m.subject))?.text ?? '')?.[1];
    const oldToken = linkIn(/^Demander la rupture/);
    const oldLivretToken = linkIn(/^Livret d’alternance/);
    expect(oldToken && oldLivretToken).toBeTruthy();
    const oldSession = await t.post('/auth/link', { token: oldToken });
    expect(oldSession.status).toBe(200);
    const oldAuth = { cookie: oldSession.cookie! };
    expect((await t.gql(CONTRACT, { id: contract.id }, oldAuth)).data.contract.id).toBe(contract.id);

    const newTutor = { firstName: 'Nadia', lastName: 'Nouvelle', email: `nadia-${dialect}@opa.example`, jobTitle: 'Cheffe de projet' };
    const input = { slot: 1, tutor: newTutor, effectiveOn: '2026-03-02', reason: 'Départ du tuteur' };
    // §3.1 Attention: no avenant, no change — the error sits under the avenant's field; nothing is written.
    const refused = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: input }, manager);
    expect(refused.data.changeCompanyTutor.errors).toMatchObject([{ code: 'TUTOR_CHANGE_AVENANT_REQUIRED', field: 'input.avenantSignedOn' }]);
    expect(refused.data.changeCompanyTutor.errors[0].message).toContain('avenant');
    // Tutor 1 is never removed; the change lies within the contract; the address is one.
    const removal = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...input, tutor: null, avenantSignedOn: '2026-02-27' } }, manager);
    expect(removal.data.changeCompanyTutor.errors).toMatchObject([{ code: 'TUTOR1_REMOVAL_NOT_ALLOWED', field: 'input.tutor' }]);
    const late = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...input, effectiveOn: '2027-09-01', avenantSignedOn: '2026-02-27' } }, manager);
    expect(late.data.changeCompanyTutor.errors).toMatchObject([{ code: 'TUTOR_CHANGE_OUTSIDE_CONTRACT', field: 'input.effectiveOn' }]);
    const badEmail = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...input, tutor: { ...newTutor, email: 'nadia.opa.example' }, avenantSignedOn: '2026-02-27' } }, manager);
    expect(badEmail.data.changeCompanyTutor.errors).toMatchObject([{ code: 'TUTOR_EMAIL_INVALID', field: 'input.tutor.email' }]);
    const missingName = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...input, tutor: { ...newTutor, lastName: ' ' }, avenantSignedOn: '2026-02-27' } }, manager);
    expect(missingName.data.changeCompanyTutor.errors).toMatchObject([{ code: 'BAD_USER_INPUT', field: 'input.tutor.lastName' }]);
    // Only the manager records it (§6.1.2, Tableau 9): not the student, nor the secretariat or the direction, who read the contract.
    for (const who of [studentAuth, secretariat, direction]) {
      expect((await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...input, avenantSignedOn: '2026-02-27' } }, who)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(CONTRACT, { id: contract.id }, secretariat)).data.contract.id).toBe(contract.id);
    expect(await t.orm.em.fork().count(TutorChange, { contract: contract.id })).toBe(0);

    const done = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...input, avenantSignedOn: '2026-02-27' } }, manager);
    expect(done.data.changeCompanyTutor.errors).toEqual([]);
    const saved = done.data.changeCompanyTutor.contract;
    expect(saved.version).toBeGreaterThan(contract.version);
    expect(saved.tutorChanges).toEqual([
      {
        slot: 1,
        kind: 'MODIFICATION',
        effectiveOn: '2026-03-02',
        previousTutorUntil: '2026-03-01',
        avenantSignedOn: '2026-02-27',
        reason: 'Départ du tuteur',
        recordedBy: expect.any(String),
        previousTutor: { email: tutorEmail },
        newTutor: { email: newTutor.email, firstName: 'Nadia', organisation: { name: expect.stringMatching(/^OPA /) } },
      },
    ]);
    // A second manager on the stale page is refused, never overwrites.
    const stale = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...input, tutor: { ...newTutor, email: `autre-${dialect}@opa.example` }, avenantSignedOn: '2026-02-27' } }, manager);
    expect(stale.data.changeCompanyTutor.errors).toMatchObject([{ code: 'CONFLICT', field: 'version' }]);

    const em = t.orm.em.fork();
    const mission = await em.findOneOrFail(Mission, { id: (contract.mission as any).id ?? contract.mission }, { populate: ['tutor1'] });
    expect(mission.tutor1!.email).toBe(newTutor.email);
    const livret = await em.findOneOrFail(Livret, { student: student.id }, { populate: ['companyTutor'] });
    expect(livret.companyTutor!.email).toBe(newTutor.email);
    expect((await em.findOneOrFail(Visit, visit.id, { populate: ['companyTutor'] })).companyTutor.email).toBe(newTutor.email);
    expect(await em.count(AuditEvent, { entityType: 'Contract', entityId: contract.id, action: 'CHANGE_TUTOR' })).toBe(1);
    const events = await em.find(ChangeEvent, { type: 'CONTRACT_UPDATED', entityId: contract.id });
    expect(events.map((e) => e.data)).toContainEqual(expect.objectContaining({ kind: 'TUTOR_CHANGE', fields: ['tutor1'] }));

    // The old tutor's links and link session for this contract no longer work.
    // …and they are told they were replaced, not that a newer link was mailed to them.
    for (const token of [oldToken!, oldLivretToken!]) expect(await t.post('/auth/link', { token })).toMatchObject({ status: 410, body: { error: 'LINK_TUTOR_REPLACED' } });
    const oldRead = await t.gql(CONTRACT, { id: contract.id }, oldAuth);
    expect(oldRead.data?.contract ?? null).toBeNull();

    // Mails: the new tutor's contract link (and their livret link), the student and the old tutor told.
    await t.app.mail.deliverDue();
    const appointed = smtp.to(newTutor.email).find((m) => m.subject.startsWith('Vous êtes tuteur professionnel'));
    expect(appointed!.text).toContain('À compter du 02/03/2026, vous êtes le tuteur professionnel n°1');
    const contractLink = /\/lien\/([A-Za-z0-9_-]+)/.exec(appointed!.text)![1]!;
    const opened = await t.post('/auth/link', { token: contractLink });
    expect(opened.status).toBe(200);
    expect((await t.gql(CONTRACT, { id: contract.id }, { cookie: opened.cookie! })).data.contract.tutorChanges).toEqual([{ kind: 'MODIFICATION', newTutor: { email: newTutor.email } }]);
    // The manager's reason is for those who follow the alternant, not for the company or the student: it may be personal.
    const REASON = 'query($id: ID!) { contract(id: $id) { tutorChanges { reason } } }';
    expect((await t.gql(REASON, { id: contract.id }, { cookie: opened.cookie! })).data.contract.tutorChanges).toEqual([{ reason: null }]);
    expect((await t.gql(REASON, { id: contract.id }, studentAuth)).data.contract.tutorChanges).toEqual([{ reason: null }]);
    expect((await t.gql(REASON, { id: contract.id }, secretariat)).data.contract.tutorChanges).toEqual([{ reason: 'Départ du tuteur' }]);
    expect(smtp.to(newTutor.email).some((m) => m.subject.toLowerCase().includes('livret'))).toBe(true);
    // The visit's slots go to the new tutor, with their own link.
    expect(smtp.to(newTutor.email).some((m) => m.subject.includes('merci de choisir un créneau') && /\/lien\/[A-Za-z0-9_-]+/.test(m.text))).toBe(true);
    // The scheduled visit: the new tutor gets its invitation, the old one its cancellation — the same
    // UID and a raised SEQUENCE, so that each calendar updates the event it holds (RFC 5546).
    const welcome = smtp.to(newTutor.email).find((m) => m.subject.startsWith('Visite confirmée — 1re visite'));
    expect(welcome!.text).toContain('20/03/2026');
    expect(await invitationOf(welcome!)).toMatchObject({ method: 'REQUEST', uid: `visite-${dialect}-sched@test`, sequence: 3, status: 'CONFIRMED', start: '2026-03-20T08:00:00.000Z', attendees: expect.arrayContaining([newTutor.email, studentEmail]) });
    expect((await invitationOf(welcome!)).attendees).not.toContain(tutorEmail);
    const farewell = smtp.to(tutorEmail).find((m) => m.subject.startsWith('Visite retirée de votre agenda — 1re visite'));
    expect(farewell!.text).toContain('aura lieu avec Nadia Nouvelle');
    expect(await invitationOf(farewell!)).toMatchObject({ method: 'CANCEL', uid: `visite-${dialect}-sched@test`, sequence: 3, status: 'CANCELLED', attendees: [tutorEmail] });
    // The alternant and the academic tutor held the event naming the former tutor: they get it again,
    // same UID and SEQUENCE, METHOD:REQUEST, naming the new tutor (RFC 5546 §3.2.2).
    for (const stays of [studentEmail, `visiteur-tc-${dialect}@miage.example`]) {
      const updates = smtp.to(stays).filter((m) => m.subject.startsWith('Visite mise à jour — 1re visite'));
      expect(updates).toHaveLength(1);
      expect(await bodyOf(updates[0]!)).toContain('Nadia Nouvelle remplace Tess');
      expect(await bodyOf(updates[0]!)).toContain('Tuteur en entreprise : Nadia Nouvelle\n');
      const update = await invitationOf(updates[0]!);
      expect(update).toMatchObject({ method: 'REQUEST', uid: `visite-${dialect}-sched@test`, sequence: 3, status: 'CONFIRMED', start: '2026-03-20T08:00:00.000Z', attendees: expect.arrayContaining([newTutor.email, studentEmail, `visiteur-tc-${dialect}@miage.example`]) });
      expect(update.attendees).not.toContain(tutorEmail);
      expect(update.description).toContain('Nadia Nouvelle');
    }
    expect(smtp.to(newTutor.email).filter((m) => m.subject.startsWith('Visite mise à jour'))).toEqual([]);
    expect(await t.orm.em.fork().findOneOrFail(Visit, scheduled.id)).toMatchObject({ state: 'SCHEDULED', icsSequence: 3 });
    // The visit still proposed carries no invitation to anyone yet.
    expect(smtp.to(tutorEmail).filter((m) => m.subject.includes('2de visite'))).toEqual([]);
    // The stoppage still awaited is asked of the new tutor, with its deadline; the lapsed one is not.
    const stoppage = smtp.to(newTutor.email).filter((m) => m.subject.startsWith('Arrêt de travail de'));
    expect(stoppage).toHaveLength(1);
    expect(stoppage[0]!.text).toContain('12/03/2026');
    const stoppageLink = /\/lien\/([A-Za-z0-9_-]+)/.exec(stoppage[0]!.text)![1]!;
    expect((await t.post('/auth/link', { token: stoppageLink })).status).toBe(200);
    const toStudent = smtp.to(studentEmail).find((m) => m.subject.startsWith('Changement de tuteur professionnel'))!;
    expect(toStudent.subject).toBe(`Changement de tuteur professionnel : alternance de ${student.firstName} ${student.lastName}`);
    expect(toStudent.text).toContain('Nadia Nouvelle remplace');
    expect(toStudent.text).toContain('avenant au contrat, signé le 27/02/2026');
    expect(smtp.to(tutorEmail).find((m) => m.subject.startsWith('Changement de tuteur professionnel'))!.text).toContain('ne fonctionnent plus');
  });

  it('a classic intern’s new tutor is not promised a livret d’alternance nor visits: the alternants’ only (§4.6, §4.7)', async () => {
    const { student } = await createStudent(t, { cohort: 'L3I-2025', birthDate: '2003-05-10' });
    const { contract } = await activeContract(t, student, { cohort: 'L3I-2025', contractType: 'CSTAGE', startDate: '2026-01-05', endDate: '2026-06-30' });
    const added = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { slot: 2, effectiveOn: '2026-03-02', reason: 'Co-encadrement', tutor: { firstName: 'Inès', lastName: 'Stage', email: `ines-${dialect}@opa.example` } } }, manager);
    expect(added.data.changeCompanyTutor.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const appointed = smtp.to(`ines-${dialect}@opa.example`).find((m) => m.subject.startsWith('Vous êtes tuteur professionnel'))!;
    expect(appointed.text).toContain('Vous recevrez désormais les messages du stage qui concernent le tuteur : absences. Le livret d’alternance et les visites du tuteur universitaire concernent les alternant(e)s seulement (§4.6, §4.7)');
    expect(appointed.text).not.toContain('livret d’alternance, visites');
  });

  it('a visit made with the former tutor — its day past, before the change — stays theirs: no invitation for a past day, no cancellation (§4.6)', async () => {
    const { student } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2000-02-11' });
    const { contract, tutorEmail } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-09-01', endDate: '2027-08-31' });
    const seedEm = t.orm.em.fork();
    const held = await seedEm.findOneOrFail(Mission, { student: student.id }, { populate: ['tutor1', 'student'] });
    const made = { id: 'm1', date: '2026-02-20', half: 'AM' as const, format: 'ON_SITE' as const, location: '2 rue du Passé, Aix', findings: [] };
    const visit = Object.assign(new Visit(), { student: held.student, mission: held, companyTutor: held.tutor1!, academicYear: '2025-2026', visitNumber: 1, state: 'SCHEDULED', slots: [made], date: made.date, half: 'AM', format: 'ON_SITE', location: made.location, icsUid: `visite-${dialect}-made@test`, icsSequence: 1 });
    await seedEm.persistAndFlush(visit);
    const successor = `suite-${dialect}@opa.example`;
    const done = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { slot: 1, effectiveOn: '2026-03-02', reason: 'Mobilité interne', tutor: { firstName: 'Sacha', lastName: 'Suite', email: successor } } }, manager);
    expect(done.data.changeCompanyTutor.errors).toEqual([]);
    await t.app.mail.deliverDue();
    const after = await t.orm.em.fork().findOneOrFail(Visit, visit.id, { populate: ['companyTutor'] });
    expect(after.companyTutor.email).toBe(tutorEmail);
    expect(after.icsSequence).toBe(1);
    expect(smtp.to(successor).filter((m) => m.subject.includes('1re visite'))).toEqual([]);
    expect(smtp.to(tutorEmail).filter((m) => m.subject.startsWith('Visite retirée'))).toEqual([]);
  });

  it('tutor 2 is added, refused when it is tutor 1, then removed; a professionalisation contract needs no avenant', async () => {
    const { student } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2000-01-10' });
    const { contract, tutorEmail } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CPRO', startDate: '2025-09-01', endDate: '2027-08-31' });
    const base = { slot: 2, effectiveOn: '2026-03-02', reason: 'Deux organismes' };
    // A visit scheduled with tutor 1, which tutor 2 attends too (§4.6): added, they get its invitation; removed, its cancellation.
    const seedEm = t.orm.em.fork();
    const held = await seedEm.findOneOrFail(Mission, { student: student.id }, { populate: ['tutor1', 'student'] });
    const slot = { id: 's0', date: '2026-06-10', half: 'PM' as const, format: 'REMOTE' as const, location: 'https://visio.example/v', findings: [] };
    const visit = Object.assign(new Visit(), { student: held.student, mission: held, companyTutor: held.tutor1!, academicYear: '2025-2026', visitNumber: 2, state: 'SCHEDULED', slots: [slot], date: slot.date, half: 'PM', format: 'REMOTE', location: slot.location, icsUid: `visite-${dialect}-t2@test` });
    await seedEm.persistAndFlush(visit);
    const same = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...base, tutor: { firstName: 'Tess', lastName: 'Bis', email: tutorEmail.toUpperCase() } } }, manager);
    expect(same.data.changeCompanyTutor.errors).toMatchObject([{ code: 'TUTOR_SAME_AS_OTHER', field: 'input.tutor.email' }]);
    const nothing = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...base, tutor: null } }, manager);
    expect(nothing.data.changeCompanyTutor.errors).toMatchObject([{ code: 'TUTOR_CHANGE_NOTHING', field: 'input.tutor' }]);
    const added = await t.gql(CHANGE, { c: contract.id, v: contract.version, i: { ...base, tutor: { firstName: 'Sam', lastName: 'Second', email: `sam-${dialect}@opa.example` } } }, manager);
    expect(added.data.changeCompanyTutor.errors).toEqual([]);
    expect(added.data.changeCompanyTutor.change.kind).toBe('ADDITION');
    const version = added.data.changeCompanyTutor.contract.version;
    await t.app.mail.deliverDue();
    const invited = smtp.to(`sam-${dialect}@opa.example`).find((m) => m.subject.startsWith('Visite confirmée — 2de visite'));
    expect(await invitationOf(invited!)).toMatchObject({ method: 'REQUEST', uid: `visite-${dialect}-t2@test`, sequence: 1, attendees: expect.arrayContaining([`sam-${dialect}@opa.example`, tutorEmail]) });
    expect(smtp.to(`sam-${dialect}@opa.example`).find((m) => m.subject.startsWith('Vous êtes tuteur professionnel'))!.text).toContain('visite n°2 le 10/06/2026');
    expect(smtp.to(`sam-${dialect}@opa.example`).find((m) => m.subject.startsWith('Vous êtes tuteur professionnel'))!.text).toContain('qui concernent le tuteur : livret d’alternance, visites du tuteur universitaire, absences.');
    // Tutor 1 and the alternant keep the event they hold, brought up to date: tutor 2 now attends it.
    const toTutor1 = smtp.to(tutorEmail).filter((m) => m.subject.includes('2de visite'));
    expect(toTutor1.map((m) => m.subject)).toEqual([expect.stringMatching(/^Visite mise à jour — 2de visite/)]);
    expect(await bodyOf(toTutor1[0]!)).toContain('Sam Second y assistera aussi');
    expect(await invitationOf(toTutor1[0]!)).toMatchObject({ method: 'REQUEST', uid: `visite-${dialect}-t2@test`, sequence: 1, attendees: expect.arrayContaining([`sam-${dialect}@opa.example`, tutorEmail]) });
    const removed = await t.gql(CHANGE, { c: contract.id, v: version, i: { ...base, effectiveOn: '2026-06-01', tutor: null } }, manager);
    expect(removed.data.changeCompanyTutor.errors).toEqual([]);
    expect(removed.data.changeCompanyTutor.contract.tutorChanges.map((c: any) => [c.kind, c.previousTutor?.email ?? null, c.newTutor?.email ?? null, c.avenantSignedOn])).toEqual([
      ['ADDITION', null, `sam-${dialect}@opa.example`, null],
      ['REMOVAL', `sam-${dialect}@opa.example`, null, null],
    ]);
    const mission = await t.orm.em.fork().findOneOrFail(Mission, { student: student.id });
    expect(mission.tutor2).toBeNull();
    await t.app.mail.deliverDue();
    const dropped = smtp.to(`sam-${dialect}@opa.example`).find((m) => m.subject.startsWith('Visite retirée de votre agenda — 2de visite'));
    expect(dropped!.text).toContain('aura lieu sans vous');
    expect(await invitationOf(dropped!)).toMatchObject({ method: 'CANCEL', uid: `visite-${dialect}-t2@test`, sequence: 2, attendees: [`sam-${dialect}@opa.example`] });
    const stayed = smtp.to(tutorEmail).filter((m) => m.subject.startsWith('Visite mise à jour — 2de visite')).at(-1)!;
    expect(await bodyOf(stayed)).toContain('Sam Second n’y assistera plus');
    const latest = await invitationOf(stayed);
    expect(latest).toMatchObject({ method: 'REQUEST', uid: `visite-${dialect}-t2@test`, sequence: 2 });
    expect(latest.attendees).not.toContain(`sam-${dialect}@opa.example`);
  });
});
