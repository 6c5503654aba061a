import { SmtpSink } from '@alternance/smtp-sink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { StoredDocument } from '../src/modules/lifecycle/lifecycle.entities.js';
import { Student } from '../src/modules/people/people.entities.js';
import { addDays, calendarFor, defaultReferenceData, revisionEntitlement } from '@alternance/domain';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS } from './support/fixtures.js';
import { activeContract, addCohort, L3I_2026, PDF_BASE64 } from './support/lifecycle-fixtures.js';
import { confirmAs, linkSession, validate } from './support/journey.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const STEP = 'id version key toParty form count needsScan done dueDate overdue scan { fileName size mimeType }';
const RUPTURE = `id version state lastDay reason requestedByRole plannedEndDate steps { ${STEP} }`;
const PREVIEW = 'cohort programme closedOn rows { student { id } studentVersion outcome nextProgramme newContractNeeded nextCohort nextCampaignCloses nextCalendar payBefore { ratePercent } payAfter { ratePercent } nextYearHours tutorAssignmentToRedo currentAcademicTutor contractEnds repeatedYear { mustBreakUnlessOpcoAgrees newAlternanceYears } findings { code severity ref } }';

describe.each(DIALECTS)('lifecycle: year change, extension, mediation, rupture, new contract (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    await t.createUser('MANAGER', `manager-lc-${dialect}@miage.example`);
    manager = { cookie: await t.login(`manager-lc-${dialect}@miage.example`) };
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  it('M1 apprentice repeats: preview, closure, mediation, rupture with its documents, then a new fiche elsewhere', async () => {
    const tutorUser = await t.createUser('ACADEMIC_TUTOR');
    const { student, auth: studentAuth, email: studentEmail } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2004-03-10' });
    const em = t.orm.em.fork();
    await em.nativeUpdate(Student, { id: student.id }, { academicTutor: tutorUser.id });
    const { contract, tutorEmail } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03', siret: '11111111100011' });
    // An M1 without a contract, placed at Aix: « vous devrez suivre le M2 MIAGE avec un nouveau contrat d'alternance » (§2.1.2).
    const { student: mover, email: moverEmail } = await createStudent(t, { cohort: 'MASTER-2025', group: 'M1-AIX', site: 'FORBIN' });

    // Preview: PASSES by default (pay switches on the M2 DDF), then REPEATS flags the break.
    const passes = await t.gql(`query { yearChangePreview(cohort: "MASTER-2025", programme: "M1") { ${PREVIEW} } }`, {}, manager);
    const row = passes.data.yearChangePreview.rows.find((r: any) => r.student.id === student.id);
    expect(row).toMatchObject({ outcome: 'PASSES', nextProgramme: 'M2', nextCalendar: 'M2-2026', tutorAssignmentToRedo: true, contractEnds: false, findings: [] });
    expect(row.payAfter.ratePercent).toBeGreaterThan(row.payBefore.ratePercent);
    expect(row.nextYearHours).toBeGreaterThan(0);
    expect(row).toMatchObject({ newContractNeeded: false, nextCohort: null });
    const moverRow = passes.data.yearChangePreview.rows.find((r: any) => r.student.id === mover.id);
    expect(moverRow).toMatchObject({ outcome: 'PASSES', nextProgramme: null, newContractNeeded: true, nextCohort: 'M2-2026', nextCampaignCloses: '2026-10-31', contractEnds: false });
    const outcomes = [{ studentId: student.id, version: row.studentVersion, outcome: 'REPEATS' }];
    const repeats = await t.gql(`query($o: [YearOutcomeInput!]) { yearChangePreview(cohort: "MASTER-2025", programme: "M1", outcomes: $o) { ${PREVIEW} } }`, { o: outcomes }, manager);
    const repeatRow = repeats.data.yearChangePreview.rows.find((r: any) => r.student.id === student.id);
    expect(repeatRow.findings).toEqual([{ code: 'REPEAT_CONTRACT_MUST_BREAK', severity: 'ERROR', ref: '§4.5' }]);
    expect(repeatRow.repeatedYear).toEqual({ mustBreakUnlessOpcoAgrees: true, newAlternanceYears: 2 });

    // An OPCO agreement without its document is refused, nothing written.
    const close = `mutation($o: [YearOutcomeInput!]!) { closeTrainingYear(cohort: "MASTER-2025", programme: "M1", outcomes: $o) { preview { closedOn } errors { code field } } }`;
    const noDoc = await t.gql(close, { o: [{ ...outcomes[0], opcoAgreement: true }] }, manager);
    expect(noDoc.data.closeTrainingYear.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'outcomes.0.opcoDocument' }]);
    const stale = await t.gql(close, { o: [{ ...outcomes[0], version: row.studentVersion - 1 }] }, manager);
    expect(stale.data.closeTrainingYear.errors).toEqual([{ code: 'CONFLICT', field: 'outcomes.0.version' }]);
    const closed = await t.gql(close, { o: outcomes }, manager);
    expect(closed.data.closeTrainingYear).toEqual({ preview: { closedOn: '2026-07-01' }, errors: [] });
    const again = await t.gql(close, { o: outcomes }, manager);
    // Closed once: a second closure is refused (the student changed since, too).
    expect(again.data.closeTrainingYear.errors).toContainEqual({ code: 'YEAR_ALREADY_CLOSED', field: 'programme' });
    const after = await t.orm.em.fork().findOneOrFail(Student, student.id, { populate: ['academicTutor'] });
    expect(after.repeating).toBe(true);
    expect(after.academicTutor).toBeNull();
    await t.app.mail.deliverDue();
    expect(smtp.to(studentEmail).at(-1)!.subject).toBe(`Fin d’année M1 : ${student.firstName} ${student.lastName} redouble`);
    expect(smtp.to(studentEmail).at(-1)!.text).toContain('le contrat d’alternance doit être rompu');
    // §4.5 in the notice: the 2-year alternance or the year without, and the « Attention » box on the legal minimum of hours.
    expect(smtp.to(studentEmail).at(-1)!.text).toContain('- Une nouvelle alternance peut être réalisée pour 2 ans (§5), ou le redoublement peut se faire sans alternance.');
    expect(smtp.to(studentEmail).at(-1)!.text).toContain('- Attention : un nouveau contrat d’alternance ne pourra être établi que si le volume horaire de formation restant à valider atteint le minimum légal — 25 % du temps de travail du contrat pour un contrat d’apprentissage');
    // The closed year shows what was decided: the repeater repeats (it showed PASSES, the default, once closed).
    const shown = await t.gql(`query { yearChangePreview(cohort: "MASTER-2025", programme: "M1") { ${PREVIEW} } }`, {}, manager);
    expect(shown.data.yearChangePreview.rows.find((r: any) => r.student.id === student.id)).toMatchObject({ outcome: 'REPEATS', repeatedYear: { newAlternanceYears: 2 } });
    expect(smtp.to(tutorEmail).length).toBeGreaterThan(0);
    // The M1 without a contract is now of the M2 2026/2027 (its campaign, Tableau 5), at the M2's site, its track to assign.
    const moved = await t.orm.em.fork().findOneOrFail(Student, mover.id);
    expect({ cohort: moved.cohort, group: moved.group, site: moved.site, repeating: moved.repeating }).toEqual({ cohort: 'M2-2026', group: null, site: 'ILOT-DU-BOIS', repeating: false });
    const moverMail = smtp.to(moverEmail).at(-1)!;
    expect(moverMail.subject).toBe(`Fin d’année M1 : ${mover.firstName} ${mover.lastName} passe en année supérieure`);
    expect(moverMail.text).toContain('nouveau contrat d’alternance (§2.1.2 du guide) : le dossier passe dans la formation M2 MIAGE 2026/2027 (du 03/09/2026 au 03/09/2027)');
    expect(moverMail.text).toContain('au plus tard le 31/10/2026');
    const officeMail = smtp.to(`manager-lc-${dialect}@miage.example`).find((m) => m.subject.startsWith('Clôture du M1'))!;
    expect(officeMail.subject).toBe('Clôture du M1 — Master MIAGE 2025/2027 (M1 2025/2026 puis M2 2026/2027) : 1 étudiant(e) en M2 avec un nouveau contrat à trouver');
    expect(officeMail.text).toContain(`- ${mover.firstName} ${mover.lastName} → M2 MIAGE 2026/2027, parcours à affecter : `);
    expect(officeMail.text).not.toContain(`${student.firstName} ${student.lastName} →`);
    const moveAudit = await t.orm.em.fork().findOneOrFail(AuditEvent, { entityType: 'Student', entityId: mover.id, action: 'UPDATE' });
    expect(moveAudit.fields).toEqual(['cohort', 'group', 'site']);

    // The student asks for the rupture; the manager must try a mediation first, or say so.
    const requested = await t.gql(`mutation($c: ID!) { requestRupture(contractId: $c, reason: "Redoublement du M1") { rupture { ${RUPTURE} } errors { code field } } }`, { c: contract.id }, studentAuth);
    expect(requested.data.requestRupture.errors).toEqual([]);
    const request = requested.data.requestRupture.rupture;
    expect(request).toMatchObject({ state: 'REQUESTED', requestedByRole: 'STUDENT', steps: [] });
    const START = `mutation($c: ID!, $r: ID, $v: Int, $d: Date!, $s: Boolean) { startRupture(contractId: $c, ruptureId: $r, version: $v, lastDay: $d, skipMediation: $s) { rupture { ${RUPTURE} } findings { code } errors { code field message } } }`;
    const noMediation = await t.gql(START, { c: contract.id, r: request.id, v: request.version, d: '2026-08-31' }, manager);
    expect(noMediation.data.startRupture.errors.map((e: any) => e.code)).toEqual(['MEDIATION_FIRST']);
    const MEDIATE = `mutation($c: ID!, $i: MediationInput!) { recordMediation(contractId: $c, input: $i) { mediation { id outcome mediatorRole } errors { code field } } }`;
    const mediationInput = { difficulty: 'Redoublement', actions: 'Entretien avec l’OPCO et l’entreprise', outcome: 'FAILED', heldOn: '2026-06-30' };
    const otherTutor = await t.as('ACADEMIC_TUTOR');
    expect((await t.gql(MEDIATE, { c: contract.id, i: mediationInput }, otherTutor)).data.recordMediation.errors).toEqual([{ code: 'NOT_FOUND', field: 'contractId' }]);
    expect((await t.gql(MEDIATE, { c: contract.id, i: { ...mediationInput, heldOn: '2026-07-02' } }, manager)).data.recordMediation.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.heldOn' }]);
    const mediated = await t.gql(MEDIATE, { c: contract.id, i: mediationInput }, manager);
    expect(mediated.data.recordMediation.mediation).toMatchObject({ outcome: 'FAILED', mediatorRole: 'MANAGER' });

    // The exact last day, within the contract (§5, note 35).
    const outside = await t.gql(START, { c: contract.id, r: request.id, v: request.version, d: '2027-09-04' }, manager);
    expect(outside.data.startRupture.errors).toMatchObject([{ code: 'RUPTURE_LAST_DAY_INVALID', field: 'lastDay' }]);
    const started = await t.gql(START, { c: contract.id, r: request.id, v: request.version, d: '2026-08-31' }, manager);
    expect(started.data.startRupture.errors).toEqual([]);
    let rupture = started.data.startRupture.rupture;
    expect(rupture).toMatchObject({ state: 'IN_PROGRESS', lastDay: '2026-08-31', plannedEndDate: '2027-09-03' });
    // In the procedure's order (§5): the slip handed out, then each document's originals and scan.
    expect(rupture.steps.map((s: any) => `${s.key}`)).toEqual(['RUPTURE_SLIP:PROVIDE_FORM', 'RUPTURE_SLIP:SEND:CFA', 'RUPTURE_SLIP:SCAN:MANAGER', 'RUPTURE_DOCUMENT:SEND:CFA', 'RUPTURE_DOCUMENT:SCAN:MANAGER']);
    // §5 sets no deadline for sending them: no step has a date, none is ever late.
    expect(rupture.steps.every((s: any) => s.dueDate === null && s.overdue === false)).toBe(true);
    await t.app.mail.deliverDue();
    const notice = smtp.to(tutorEmail).at(-1)!;
    expect(notice.subject).toContain('Rupture de l’alternance');
    expect(notice.text).toMatch(/^- Bordereau de rupture : 3 exemplaires originaux au CFA\r?$/m);
    expect(notice.text).not.toContain('avant le');
    // The one date is the guide's: the exact last day of the contract (note 35).
    expect(notice.text).toContain('Dernier jour du contrat (inclus) : 31/08/2026');

    // Not complete while a step is open; a scan step needs a PDF, checked from its bytes.
    const COMPLETE = `mutation($id: ID!, $v: Int!) { completeRupture(id: $id, version: $v) { rupture { ${RUPTURE} } errors { code field } } }`;
    const early = await t.gql(COMPLETE, { id: rupture.id, v: rupture.version }, manager);
    expect(early.data.completeRupture.errors).toHaveLength(5);
    const DONE = `mutation($id: ID!, $v: Int!, $d: Boolean!) { setRuptureStepDone(id: $id, version: $v, done: $d) { step { ${STEP} } errors { code field } } }`;
    const UPLOAD = `mutation($id: ID!, $v: Int!, $doc: DocumentUpload!) { uploadRuptureScan(id: $id, version: $v, document: $doc) { step { ${STEP} } errors { code field } } }`;
    const scanStep = rupture.steps.find((s: any) => s.needsScan);
    expect((await t.gql(DONE, { id: scanStep.id, v: scanStep.version, d: true }, manager)).data.setRuptureStepDone.errors).toEqual([{ code: 'SCAN_REQUIRED', field: 'document' }]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
    expect((await t.gql(UPLOAD, { id: scanStep.id, v: scanStep.version, doc: { fileName: 'scan.pdf', contentBase64: png } }, manager)).data.uploadRuptureScan.errors).toEqual([{ code: 'DOCUMENT_NOT_PDF', field: 'document.contentBase64' }]);
    const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    huge.write('%PDF-1.4');
    expect((await t.gql(UPLOAD, { id: scanStep.id, v: scanStep.version, doc: { fileName: 'scan.pdf', contentBase64: huge.toString('base64') } }, manager)).data.uploadRuptureScan.errors).toEqual([{ code: 'DOCUMENT_TOO_LARGE', field: 'document.contentBase64' }]);
    expect(await t.orm.em.fork().count(StoredDocument, {})).toBe(0);
    const secretariat = await t.as('SECRETARIAT');
    for (const step of rupture.steps) {
      const r = step.needsScan
        ? (await t.gql(UPLOAD, { id: step.id, v: step.version, doc: { fileName: `${step.key.replaceAll(':', '-')}.pdf`, contentBase64: PDF_BASE64 } }, secretariat)).data.uploadRuptureScan
        : (await t.gql(DONE, { id: step.id, v: step.version, d: true }, secretariat)).data.setRuptureStepDone;
      expect(r.errors).toEqual([]);
      expect(r.step.done).toBe(true);
      if (step.needsScan) expect(r.step.scan).toMatchObject({ mimeType: 'application/pdf', size: Buffer.from(PDF_BASE64, 'base64').length });
    }
    // The office reads the stored scan back, byte for byte; the student may not.
    const SCANS = `query($id: ID!) { rupture(id: $id) { steps { scan { contentBase64 } } } }`;
    const scans = await t.gql(SCANS, { id: rupture.id }, manager);
    expect(scans.data.rupture.steps.filter((s: any) => s.scan).map((s: any) => s.scan.contentBase64)).toEqual([PDF_BASE64, PDF_BASE64]);
    const asStudent = await t.gql(SCANS, { id: rupture.id }, studentAuth);
    expect(asStudent.data.rupture.steps.filter((s: any) => s.scan).map((s: any) => s.scan.contentBase64)).toEqual([null, null]);
    // A stale version of a step is refused.
    expect((await t.gql(DONE, { id: scanStep.id, v: scanStep.version, d: false }, manager)).data.setRuptureStepDone.errors).toEqual([{ code: 'CONFLICT', field: 'version' }]);
    // The student may not complete it.
    expect((await t.gql(COMPLETE, { id: rupture.id, v: rupture.version }, studentAuth)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const completed = await t.gql(COMPLETE, { id: rupture.id, v: rupture.version }, manager);
    expect(completed.data.completeRupture.errors).toEqual([]);
    rupture = completed.data.completeRupture.rupture;
    expect(rupture.state).toBe('COMPLETED');

    // The contract stops at the last day: status, end date, pay schedule.
    const read = await t.gql(`query($id: ID!) { contract(id: $id) { status endDate paySegments { to } ruptures { state } mediations { outcome } } }`, { id: contract.id }, manager);
    expect(read.data.contract).toMatchObject({ status: 'BROKEN', endDate: '2026-08-31', ruptures: [{ state: 'COMPLETED' }], mediations: [{ outcome: 'FAILED' }] });
    expect(read.data.contract.paySegments.at(-1).to).toBe('2026-08-31');
    const counts = await t.gql('{ ruptureCounts { cohort month count } }', {}, manager);
    expect(counts.data.ruptureCounts).toContainEqual({ cohort: 'MASTER-2025', month: '2026-08', count: 1 });
    const audits = await t.orm.em.fork().find(AuditEvent, { entityId: { $in: [rupture.id, contract.id] } }, { orderBy: { at: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['REQUEST', 'START', 'COMPLETE', 'BREAK']));

    // New contract: the student starts a prefilled fiche; the same host fires NEW_CONTRACT_SAME_OPA, another does not.
    const started2 = await t.gql(`mutation($r: ID!) { startMissionAfterRupture(ruptureId: $r) { mission { id version state contractType startDate endDate title } errors { code field } } }`, { r: rupture.id }, studentAuth);
    expect(started2.data.startMissionAfterRupture.errors).toEqual([]);
    const fresh = started2.data.startMissionAfterRupture.mission;
    expect(fresh).toMatchObject({ state: 'DRAFT', contractType: 'CAPP', startDate: '2026-09-01', endDate: '2027-09-03', title: 'Développement' });
    const SAVE = `mutation($id: ID, $version: Int, $input: MissionInput!) { saveMissionDraft(id: $id, version: $version, input: $input) { mission { ${MISSION_FIELDS} } findings { code } errors { code field message } } }`;
    const fiche = (siret: string) => ({ organisation: { name: 'Autre OPA', siret, opco: 'OPCO Atlas' }, tutor1: { firstName: 'Ana', lastName: 'Tut', email: `ana-${siret}@opa2.example` }, hrContact: { firstName: 'Rita', lastName: 'RH', email: `rita-${siret}@opa2.example` }, context: 'Nouvelle équipe' });
    const ACT = (name: string, extra = '') => `mutation($id: ID!, $version: Int!${extra ? ', $comment: String!' : ''}) { ${name}(id: $id, version: $version${extra}) { mission { id version state } findings { code } errors { code field } } }`;
    const same = await t.gql(SAVE, { id: fresh.id, version: fresh.version, input: fiche('11111111100029') }, studentAuth);
    expect(same.data.saveMissionDraft.errors).toEqual([]);
    const submitted = await t.gql(ACT('submitMission'), { id: fresh.id, version: same.data.saveMissionDraft.mission.version }, studentAuth);
    expect(submitted.data.submitMission.findings.map((f: any) => f.code)).toContain('NEW_CONTRACT_SAME_OPA');
    const returned = await t.gql(ACT('returnMission', ', comment: $comment'), { id: fresh.id, version: submitted.data.submitMission.mission.version, comment: 'Même SIREN : il faut un autre organisme (§5).' }, manager);
    const other = await t.gql(SAVE, { id: fresh.id, version: returned.data.returnMission.mission.version, input: fiche('22222222200011') }, studentAuth);
    const resubmitted = await t.gql(ACT('submitMission'), { id: fresh.id, version: other.data.saveMissionDraft.mission.version }, studentAuth);
    const codes = resubmitted.data.submitMission.findings.map((f: any) => f.code);
    expect(codes).not.toContain('NEW_CONTRACT_SAME_OPA');
    expect(codes).not.toContain('NEW_CONTRACT_TYPE_MUST_MATCH');
    // §5: asked for in August, starting the day after the rupture — neither the campaign (§3.3.1, closed in
    // November 2025) nor Tableau 5's DDC window bound a contract that replaces a broken one; a fiche outside
    // the campaign that replaces nothing is refused (workflow.test.ts).
    expect(codes).not.toContain('OUTSIDE_CAMPAIGN');
    expect(codes).not.toContain('DDC_TOO_LATE');
    expect(resubmitted.data.submitMission.errors).toEqual([]);
    // The fiche says whose contract it replaces (§5): the broken contract's last day, until its own validation keeps it.
    const mine = await t.gql('{ missions { id state afterRuptureLastDay } }', {}, studentAuth);
    expect(mine.data.missions.map((m: any) => [m.id === fresh.id ? 'new' : 'broken', m.afterRuptureLastDay]).sort()).toEqual([['broken', null], ['new', '2026-08-31']]);

    // The student's personal-data export holds the lifecycle records (scans by name and size only).
    const exported = await t.gql('query($s: ID!) { personalDataExport(studentId: $s) }', { s: student.id }, manager);
    expect(exported.data.personalDataExport.lifecycle.mediations).toMatchObject([{ outcome: 'FAILED' }]);
    expect(exported.data.personalDataExport.lifecycle.ruptureDocuments).toHaveLength(2);
    expect(JSON.stringify(exported.data.personalDataExport.lifecycle)).not.toContain(PDF_BASE64.slice(0, 12));

    // The §4.5 numbers of the new contract.
    const hours = await t.gql('query { trainingHoursCheck(cohort: "MASTER-2025", contractType: "CAPP", startDate: "2025-09-01", endDate: "2026-09-01") { remainingTrainingHours contractMonths minimumHours finding { code } } }', {}, studentAuth);
    expect(hours.data.trainingHoursCheck).toMatchObject({ contractMonths: 12, minimumHours: 402 });
  });

  it('extends an L3I contract once with an avenant, re-checked and counted; refuses the second extension', async () => {
    await addCohort(t, manager, L3I_2026);
    const { student, auth: studentAuth } = await createStudent(t, { cohort: 'L3I-2025', birthDate: '2005-01-15' });
    const { contract, tutorEmail } = await activeContract(t, student, { cohort: 'L3I-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2026-08-31' });
    const EXTEND = `mutation($c: ID!, $v: Int!, $i: ContractExtensionInput!) { extendContract(contractId: $c, version: $v, input: $i) { contract { id version endDate paySegments { to } amendments { previousEndDate newEndDate scope } } amendment { id } findings { code } errors { code field message } } }`;
    const input = { newEndDate: '2027-08-31', programme: 'L3I', cohort: 'L3I-2026', reason: 'Redoublement de la L3I', signedOn: '2026-06-30' };
    expect((await t.gql(EXTEND, { c: contract.id, v: contract.version, i: input }, studentAuth)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The DFC window of the repeated year is checked: too late is refused.
    const tooLate = await t.gql(EXTEND, { c: contract.id, v: contract.version, i: { ...input, newEndDate: '2027-12-31' } }, manager);
    expect(tooLate.data.extendContract.errors.map((e: any) => e.code)).toEqual(['DFC_TOO_LATE']);
    const stale = await t.gql(EXTEND, { c: contract.id, v: contract.version + 5, i: input }, manager);
    expect(stale.data.extendContract.errors).toEqual([{ code: 'CONFLICT', field: 'version', message: expect.any(String) }]);
    // §4.5's rule follows the contract's own year (L3I here): a typed M2 is refused, naming the field, and so is an M2 cohort.
    const typed = await t.gql(EXTEND, { c: contract.id, v: contract.version, i: { ...input, programme: 'M2' } }, manager);
    expect(typed.data.extendContract.errors).toMatchObject([{ code: 'EXTENSION_PROGRAMME_MISMATCH', field: 'input.programme' }]);
    expect(typed.data.extendContract.errors[0].message).toContain('L3I');
    const otherCohort = await t.gql(EXTEND, { c: contract.id, v: contract.version, i: { ...input, programme: null, cohort: 'M2-2026' } }, manager);
    expect(otherCohort.data.extendContract.errors).toMatchObject([{ code: 'EXTENSION_COHORT_MISMATCH', field: 'input.cohort' }]);
    const first = await t.gql(EXTEND, { c: contract.id, v: contract.version, i: input }, manager);
    expect(first.data.extendContract.errors).toEqual([]);
    const extended = first.data.extendContract.contract;
    expect(extended).toMatchObject({ endDate: '2027-08-31', amendments: [{ previousEndDate: '2026-08-31', newEndDate: '2027-08-31', scope: 'L3' }] });
    expect(extended.paySegments.at(-1).to).toBe('2027-08-31');
    await t.app.mail.deliverDue();
    expect(smtp.to(tutorEmail).at(-1)!.subject).toContain('Prorogation du contrat');
    const second = await t.gql(EXTEND, { c: contract.id, v: extended.version, i: { ...input, newEndDate: '2027-09-01' } }, manager);
    expect(second.data.extendContract.errors).toMatchObject([{ code: 'EXTENSION_LIMIT_REACHED', field: 'input.newEndDate' }]);
    expect(second.data.extendContract.findings.map((f: any) => f.code)).toContain('EXTENSION_LIMIT_REACHED');
    const audits = await t.orm.em.fork().find(AuditEvent, { entityId: contract.id, action: 'EXTEND' });
    expect(audits).toHaveLength(1);
  });

  it('checks an M2 extension’s DFC against the repeated year’s cohort the student moved to, as its hours (§4.5, Tableau 5)', async () => {
    // An M2 2025/2026 apprentice repeats; the office moves them to the M2 2026/2027 they follow again.
    const { student } = await createStudent(t, { cohort: 'M2-2025', birthDate: '2003-05-10' });
    const { contract } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2026-09-04' });
    await t.orm.em.fork().nativeUpdate(Student, { id: student.id }, { cohort: 'M2-2026', repeating: true });
    const PREVIEW_EXT = `query($c: ID!, $i: ExtensionPreviewInput!) { extensionPreview(contractId: $c, input: $i) { repeatedProgramme repeatedCohort findings { code message } billableHoursBefore billableHours } }`;
    // The M2 2026/2027 ends on 03/09/2027 (Tableau 5, note 24): the avenant's DFC in [03/09/2027, 03/11/2027], not M2-2025's ≤ 04/11/2026.
    const preview = (await t.gql(PREVIEW_EXT, { c: contract.id, i: { newEndDate: '2027-09-03' } }, manager)).data.extensionPreview;
    expect(preview).toMatchObject({ repeatedProgramme: 'M2', repeatedCohort: 'M2-2026', findings: [] });
    expect(preview.billableHours).toBeGreaterThan(preview.billableHoursBefore);
    const tooLate = (await t.gql(PREVIEW_EXT, { c: contract.id, i: { newEndDate: '2027-11-04' } }, manager)).data.extensionPreview;
    expect(tooLate.findings).toEqual([{ code: 'DFC_TOO_LATE', message: expect.stringContaining('03/11/2027') }]);
    const EXTEND = `mutation($c: ID!, $v: Int!, $i: ContractExtensionInput!) { extendContract(contractId: $c, version: $v, input: $i) { contract { endDate amendments { newEndDate scope } } errors { code field } } }`;
    const done = await t.gql(EXTEND, { c: contract.id, v: contract.version, i: { newEndDate: '2027-09-03', reason: 'Redoublement du M2', signedOn: '2026-06-30' } }, manager);
    expect(done.data.extendContract).toEqual({ contract: { endDate: '2027-09-03', amendments: [{ newEndDate: '2027-09-03', scope: 'MASTER' }] }, errors: [] });
    // The extended contract bills the repeated year (M2-2026's calendar); its revision half-days (§4.4.3) are read
    // from both years' calendars, the repeated one included; an apprenticeship's prolonged days get +15 points (§4.2.1).
    const extended = (await t.gql('query($id: ID!) { contract(id: $id) { contractType startDate endDate paySegments { from ratePercent extension } trainingFigures { calendars revision { revisionHalfDays } } } }', { id: contract.id }, manager)).data.contract;
    expect(extended.trainingFigures.calendars.map((c: string) => c.split(' ')[0])).toContain('M2-2026');
    const own = revisionEntitlement(calendarFor(defaultReferenceData, 'M2-2025')!, extended, { whitMondayHoliday: true })!;
    const repeatedYear = revisionEntitlement(calendarFor(defaultReferenceData, 'M2-2026')!, extended, { whitMondayHoliday: true })!;
    expect(repeatedYear.revisionHalfDays).toBeGreaterThan(0);
    expect(extended.trainingFigures.revision.revisionHalfDays).toBe(own.revisionHalfDays + repeatedYear.revisionHalfDays);
    expect(extended.paySegments.at(-1)).toMatchObject({ from: addDays('2026-09-04', 1), extension: true });
  });

  it('lets the new fiche follow a rupture under way, its last day fixed, before its documents are in (§5)', async () => {
    const { student, auth: studentAuth } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2004-05-12' });
    const { contract } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03', siret: '33333333300011' });
    const START = `mutation($c: ID!, $d: Date!) { startRupture(contractId: $c, reason: "Changement d’entreprise", lastDay: $d, skipMediation: true) { rupture { ${RUPTURE} } errors { code field } } }`;
    const started = await t.gql(START, { c: contract.id, d: '2026-07-31' }, manager);
    expect(started.data.startRupture.errors).toEqual([]);
    const rupture = started.data.startRupture.rupture;
    expect(rupture.state).toBe('IN_PROGRESS');
    // The documents are still to come: the student starts the next fiche from the day after the last day.
    const begun = await t.gql(`mutation($r: ID!) { startMissionAfterRupture(ruptureId: $r) { mission { id version state startDate endDate } errors { code field } } }`, { r: rupture.id }, studentAuth);
    expect(begun.data.startMissionAfterRupture.errors).toEqual([]);
    const fresh = begun.data.startMissionAfterRupture.mission;
    expect(fresh).toMatchObject({ state: 'DRAFT', startDate: '2026-08-01', endDate: '2027-09-03' });
    const SAVE = `mutation($id: ID, $version: Int, $input: MissionInput!) { saveMissionDraft(id: $id, version: $version, input: $input) { mission { ${MISSION_FIELDS} } errors { code field message } } }`;
    const ACT = (name: string, extra = '') => `mutation($id: ID!, $version: Int!${extra ? ', $comment: String!' : ''}) { ${name}(id: $id, version: $version${extra}) { mission { id version state afterRuptureLastDay } findings { code } errors { code field } } }`;
    const input = { organisation: { name: 'OPA suivant', siret: '44444444400011', opco: 'OPCO Atlas' }, tutor1: { firstName: 'Nina', lastName: 'Suivante', email: `nina-${dialect}@opa-next.example` }, hrContact: { firstName: 'Paul', lastName: 'RH', email: `paul-${dialect}@opa-next.example` }, context: 'Nouvelle équipe' };
    // Starting on the last day: asked for all the same, the earliest start told (DDC_TOO_EARLY), not ALREADY_VALIDATED.
    const early = await t.gql(SAVE, { id: fresh.id, version: fresh.version, input: { ...input, startDate: '2026-07-31' } }, studentAuth);
    expect(early.data.saveMissionDraft.errors).toEqual([]);
    const tooEarly = await t.gql(ACT('submitMission'), { id: fresh.id, version: early.data.saveMissionDraft.mission.version }, studentAuth);
    expect(tooEarly.data.submitMission.errors).toEqual([]);
    expect(tooEarly.data.submitMission.findings.map((f: any) => f.code)).toEqual(expect.arrayContaining(['DDC_TOO_EARLY']));
    expect(tooEarly.data.submitMission.findings.map((f: any) => f.code)).not.toContain('ALREADY_VALIDATED');
    expect(tooEarly.data.submitMission.mission.afterRuptureLastDay).toBe('2026-07-31');
    const returned = await t.gql(ACT('returnMission', ', comment: $comment'), { id: fresh.id, version: tooEarly.data.submitMission.mission.version, comment: 'Le contrat commence au plus tôt le 01/08/2026 (§5).' }, manager);
    const fixed = await t.gql(SAVE, { id: fresh.id, version: returned.data.returnMission.mission.version, input: { ...input, startDate: '2026-08-01' } }, studentAuth);
    const submitted = await t.gql(ACT('submitMission'), { id: fresh.id, version: fixed.data.saveMissionDraft.mission.version }, studentAuth);
    expect(submitted.data.submitMission.errors).toEqual([]);
    const codes = submitted.data.submitMission.findings.map((f: any) => f.code);
    for (const code of ['ALREADY_VALIDATED', 'DDC_TOO_EARLY', 'OUTSIDE_CAMPAIGN', 'NEW_CONTRACT_SAME_OPA']) expect(codes).not.toContain(code);
    // The office validates once the parties confirmed, the rupture's documents still pending.
    const asked = await t.gql(ACT('requestMissionConfirmations'), { id: fresh.id, version: submitted.data.submitMission.mission.version }, manager);
    expect(asked.data.requestMissionConfirmations.errors).toEqual([]);
    await t.app.mail.deliverDue();
    await confirmAs(t, await linkSession(t, smtp, input.tutor1.email), fresh.id);
    const confirmed = await confirmAs(t, await linkSession(t, smtp, input.hrContact.email), fresh.id);
    expect(confirmed.mission.state).toBe('CONFIRMED');
    const validated = await validate(t, manager, fresh.id, confirmed.mission.version);
    expect(validated.errors).toEqual([]);
    expect(validated.mission.contract.startDate).toBe('2026-08-01');
    // Cancelled now, the rupture would leave two validated contracts (§3.3 « Attention »).
    const CANCEL = `mutation($id: ID!, $v: Int!) { cancelRupture(id: $id, version: $v, comment: "Finalement non") { rupture { state } errors { code field } } }`;
    expect((await t.gql(CANCEL, { id: rupture.id, v: rupture.version }, manager)).data.cancelRupture.errors).toEqual([{ code: 'NEW_CONTRACT_VALIDATED', field: 'state' }]);
  });

  it('lets a company tutor request a rupture only through the personal link of that contract', async () => {
    const { student } = await createStudent(t, { cohort: 'M2-2025' });
    const { contract } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CPRO', startDate: '2025-09-04', endDate: '2026-09-04' });
    const { contract: otherContract } = await activeContract(t, (await createStudent(t, { cohort: 'M2-2025' })).student, { cohort: 'M2-2025', contractType: 'CPRO', startDate: '2025-09-04', endDate: '2026-09-04' });
    const em = t.orm.em.fork();
    const { issuePersonalLink } = await import('../src/modules/auth/personal-links.js');
    const loaded = await em.findOneOrFail('Contract', contract.id, { populate: ['mission'] } as never) as any;
    const token = issuePersonalLink(em, { purpose: 'RUPTURE_REQUEST', subjectType: 'COMPANY_TUTOR', subjectId: loaded.mission.tutor1.id, missionId: loaded.mission.id, objectId: contract.id, expiresAt: new Date('2027-01-01') });
    await em.flush();
    const opened = await t.post('/auth/link', { token });
    const tutor = { cookie: opened.cookie! };
    const REQUEST = `mutation($c: ID!) { requestRupture(contractId: $c, reason: "Désaccord sur les missions") { rupture { id state requestedByRole } errors { code field } } }`;
    expect((await t.gql(REQUEST, { c: otherContract.id }, tutor)).data.requestRupture.errors).toEqual([{ code: 'NOT_FOUND', field: 'contractId' }]);
    const ok = await t.gql(REQUEST, { c: contract.id }, tutor);
    expect(ok.data.requestRupture.rupture).toMatchObject({ state: 'REQUESTED', requestedByRole: 'COMPANY_TUTOR' });
    // One open rupture per contract (the session outlives the link the request spent).
    expect((await t.gql(REQUEST, { c: contract.id }, tutor)).data.requestRupture.errors.map((e: any) => e.code)).toEqual(['RUPTURE_ALREADY_OPEN']);
  });

  it('mails the rupture-request link to the HR contact too, who asks through it (§5, Tableau 8 « contacts RH »)', async () => {
    const { student } = await createStudent(t, { cohort: 'M2-2025' });
    const { contract, tutorEmail, hrEmail } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2026-09-04' });
    const sent = await t.gql(`mutation($c: ID!) { sendRuptureRequestLink(contractId: $c) { sent errors { code field } } }`, { c: contract.id }, manager);
    expect(sent.data.sendRuptureRequestLink).toEqual({ sent: 2, errors: [] });
    await t.app.mail.deliverDue();
    const linkOf = (to: string): string => /\/lien\/([A-Za-z0-9_-]+)/.exec(smtp.to(to).find((m) => m.subject.startsWith('Demander la rupture'))!.text)![1]!;
    expect(linkOf(tutorEmail)).not.toBe(linkOf(hrEmail));
    const hr = { cookie: (await t.post('/auth/link', { token: linkOf(hrEmail) })).cookie! };
    const REQUEST = `mutation($c: ID!) { requestRupture(contractId: $c, reason: "Fermeture de l’établissement") { rupture { state requestedByRole requestedByLabel } errors { code field } } }`;
    const asked = await t.gql(REQUEST, { c: contract.id }, hr);
    expect(asked.data.requestRupture).toMatchObject({ rupture: { state: 'REQUESTED', requestedByRole: 'HR_CONTACT', requestedByLabel: expect.stringMatching(/^Hugo RH/) }, errors: [] });
    await t.app.mail.deliverDue();
    expect(smtp.to(`manager-lc-${dialect}@miage.example`).some((m) => m.subject === `Demande de rupture de l’alternance de ${student.firstName} ${student.lastName}`)).toBe(true);
    // The request spent the HR contact’s link.
    expect((await t.post('/auth/link', { token: linkOf(hrEmail) })).status).not.toBe(200);
  });
});

describe('lifecycle demo data', () => {
  it('seeds one rupture in progress, and no year closed before it ends (the demo runs on 2 March 2026, README)', async () => {
    const t = await createTestApp({ dialect: 'sqlite', demo: true, today: '2026-03-02' });
    try {
      const manager = await t.as('MANAGER');
      const ruptures = await t.gql('{ ruptures(filter: { state: IN_PROGRESS }) { id lastDay steps { done } contract { status mediations { outcome } } } }', {}, manager);
      expect(ruptures.data.ruptures).toHaveLength(1);
      expect(ruptures.data.ruptures[0].contract).toMatchObject({ status: 'ACTIVE', mediations: [{ outcome: 'FAILED' }] });
      expect(ruptures.data.ruptures[0].steps.filter((s: any) => s.done)).toHaveLength(1);
      const em = t.orm.em.fork();
      const { ContractAmendment, YearClosure } = await import('../src/modules/lifecycle/lifecycle.entities.js');
      // The M2 2025/2026 ends in September 2026: its closure, repeaters and their extensions (§4.5) come then.
      expect(await em.count(YearClosure, {})).toBe(0);
      expect(await em.count(ContractAmendment, {})).toBe(0);
      expect(await em.count(Student, { repeating: true })).toBe(0);
      const preview = await t.gql('{ yearChangePreview(cohort: "M2-2025", programme: "M2") { closedOn rows { outcome } } }', {}, manager);
      expect(preview.data.yearChangePreview.closedOn).toBeNull();
      expect(preview.data.yearChangePreview.rows.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('lifecycle under concurrency (%s)', (dialect) => {
  it('opens one rupture for two simultaneous requests on the same contract', async () => {
    const t = await createTestApp({ dialect, today: '2026-07-01' });
    try {
      const { student, auth } = await createStudent(t, { cohort: 'M2-2025' });
      const { contract } = await activeContract(t, student, { cohort: 'M2-2025', contractType: 'CAPP', startDate: '2025-09-04', endDate: '2026-09-04' });
      const REQUEST = `mutation($c: ID!) { requestRupture(contractId: $c, reason: "Changement d’entreprise") { rupture { id } errors { code field } } }`;
      const results = await Promise.all([1, 2, 3].map(() => t.gql(REQUEST, { c: contract.id }, auth)));
      const ok = results.filter((r) => r.data.requestRupture.rupture);
      expect(ok).toHaveLength(1);
      for (const r of results.filter((x) => !x.data.requestRupture.rupture)) expect(r.data.requestRupture.errors).toEqual([{ code: 'RUPTURE_ALREADY_OPEN', field: 'contractId' }]);
    } finally {
      await t.close();
    }
  });
  it('gives back the student’s draft of the new contract to a second « nouvelle fiche », even two at once (§5, §3.2)', async () => {
    const t = await createTestApp({ dialect, today: '2026-07-01' });
    try {
      await t.createUser('MANAGER', `manager-nf-${dialect}@miage.example`);
      const manager = { cookie: await t.login(`manager-nf-${dialect}@miage.example`) };
      const { student, auth } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2004-02-11' });
      const { contract } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' });
      const START = `mutation($c: ID!) { startRupture(contractId: $c, reason: "Changement d’entreprise", lastDay: "2026-07-31", skipMediation: true) { rupture { id } errors { code field } } }`;
      const rupture = (await t.gql(START, { c: contract.id }, manager)).data.startRupture.rupture;
      const NEW = `mutation($r: ID!) { startMissionAfterRupture(ruptureId: $r) { mission { id version state startDate } errors { code field } } }`;
      // A double click: two calls at once, one draft; coming back to the page later, the same one.
      const both = await Promise.all([1, 2].map(() => t.gql(NEW, { r: rupture.id }, auth)));
      for (const r of both) expect(r.data.startMissionAfterRupture.errors).toEqual([]);
      const ids = new Set(both.map((r) => r.data.startMissionAfterRupture.mission.id));
      expect(ids.size).toBe(1);
      const again = (await t.gql(NEW, { r: rupture.id }, auth)).data.startMissionAfterRupture;
      expect(again).toMatchObject({ errors: [], mission: { id: [...ids][0], state: 'DRAFT', startDate: '2026-08-01' } });
      const mine = await t.gql('{ missions { id state } }', {}, auth);
      expect(mine.data.missions.filter((m: any) => m.state === 'DRAFT')).toHaveLength(1);
      // Once submitted, it is no longer a draft to give back: the student follows it on « ma fiche ».
      const SAVE = `mutation($id: ID, $version: Int, $input: MissionInput!) { saveMissionDraft(id: $id, version: $version, input: $input) { mission { id version } errors { code field } } }`;
      const input = { organisation: { name: 'OPA suivant', siret: '55555555500011', opco: 'OPCO Atlas' }, tutor1: { firstName: 'Nina', lastName: 'Suivante', email: `nina-nf-${dialect}@opa-next.example` }, hrContact: { firstName: 'Paul', lastName: 'RH', email: `paul-nf-${dialect}@opa-next.example` }, context: 'Nouvelle équipe' };
      const saved = (await t.gql(SAVE, { id: again.mission.id, version: again.mission.version, input }, auth)).data.saveMissionDraft;
      expect(saved.errors).toEqual([]);
      const submitted = await t.gql('mutation($id: ID!, $version: Int!) { submitMission(id: $id, version: $version) { mission { state } errors { code } } }', { id: saved.mission.id, version: saved.mission.version }, auth);
      expect(submitted.data.submitMission).toMatchObject({ errors: [], mission: { state: 'SUBMITTED' } });
      // Sent, it is given back to follow (ficheAfterRupture FOLLOW): the student lands on « ma fiche », not on an error.
      const afterSubmit = (await t.gql(NEW, { r: rupture.id }, auth)).data.startMissionAfterRupture;
      expect(afterSubmit).toEqual({ mission: { id: saved.mission.id, version: expect.any(Number), state: 'SUBMITTED', startDate: '2026-08-01' }, errors: [] });
      // Returned for corrections (§3.3.3), it is given back to correct — not « déjà en cours ».
      const current = (await t.gql('query($id: ID!) { mission(id: $id) { version } }', { id: saved.mission.id }, manager)).data.mission;
      const returned = await t.gql('mutation($id: ID!, $version: Int!) { returnMission(id: $id, version: $version, comment: "SIRET à corriger") { mission { state } errors { code } } }', { id: saved.mission.id, version: current.version }, manager);
      expect(returned.data.returnMission).toMatchObject({ errors: [], mission: { state: 'RETURNED' } });
      const afterReturn = (await t.gql(NEW, { r: rupture.id }, auth)).data.startMissionAfterRupture;
      expect(afterReturn).toMatchObject({ errors: [], mission: { id: saved.mission.id, state: 'RETURNED' } });
      const again2 = await t.gql('{ missions { id state } }', {}, auth);
      expect(again2.data.missions.filter((m: any) => m.state === 'DRAFT' || m.state === 'RETURNED')).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('year change with the pay row switched on the first of the month after the M2’s DDF (%s)', (dialect) => {
  it('previews and mails the M2 rate from 01/10/2026, not the M1 rate again on the DDF (§4.2 remark)', async () => {
    const smtp = new SmtpSink();
    const t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl: await smtp.start() });
    try {
      await t.createUser('MANAGER', `manager-gy-${dialect}@miage.example`);
      const manager = { cookie: await t.login(`manager-gy-${dialect}@miage.example`) };
      // « prendre en compte la date de début de formation du M2 ou le premier jour de mois suivant » — the manager's setting.
      const sections = await t.gql('{ referenceData { key version data } }', {}, manager);
      const settings = sections.data.referenceData.find((s: { key: string }) => s.key === 'settings');
      const updated = await t.gql('mutation($v: Int!, $d: JSON!) { updateReferenceSection(key: "settings", version: $v, data: $d) { errors { field message } } }', { v: settings.version, d: { ...settings.data, gridYearSwitch: 'FIRST_OF_MONTH_AFTER_M2_DDF' } }, manager);
      expect(updated.data.updateReferenceSection.errors).toEqual([]);
      const { student, email } = await createStudent(t, { cohort: 'MASTER-2025', birthDate: '2003-12-21' });
      const { tutorEmail } = await activeContract(t, student, { cohort: 'MASTER-2025', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-03' });
      const preview = await t.gql('query { yearChangePreview(cohort: "MASTER-2025", programme: "M1") { rows { student { id } studentVersion payBefore { ratePercent gridYear } payAfter { from ratePercent gridYear } } } }', {}, manager);
      const row = preview.data.yearChangePreview.rows.find((r: any) => r.student.id === student.id);
      expect(row).toMatchObject({ payBefore: { ratePercent: 53, gridYear: 1 }, payAfter: { from: '2026-10-01', ratePercent: 61, gridYear: 2 } });
      const close = `mutation($o: [YearOutcomeInput!]!) { closeTrainingYear(cohort: "MASTER-2025", programme: "M1", outcomes: $o) { errors { code field } } }`;
      expect((await t.gql(close, { o: [{ studentId: student.id, version: row.studentVersion, outcome: 'PASSES' }] }, manager)).data.closeTrainingYear.errors).toEqual([]);
      await t.app.mail.deliverDue();
      expect(smtp.to(email).at(-1)!.text).toContain('Rémunération minimale : 53 % puis 61 % à partir du 01/10/2026');
      // The company tutor reads no pay (COMPANY_CONTACT_READING).
      expect(smtp.to(tutorEmail).at(-1)!.text).not.toContain('Rémunération');
    } finally {
      await t.close();
      await smtp.stop();
    }
  });
});
