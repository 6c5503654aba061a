import { getIntrospectionQuery, buildClientSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/modules/auth/auth.entities.js';
import { openSession } from '../src/modules/auth/sessions.js';
import { Contract } from '../src/modules/contracts/contract.entities.js';
import { Mission } from '../src/modules/missions/mission.entities.js';
import { CompanyTutor, HrContact, Organisation, Student } from '../src/modules/people/people.entities.js';
import { TOKEN_SCOPES } from '../src/policy/permissions.js';
import { createStudent } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const ALL: Role[] = ['STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT', 'ACADEMIC_TUTOR', 'SECRETARIAT', 'MANAGER', 'DIRECTION', 'INTEGRATION'];
const OFFICE: Role[] = ['SECRETARIAT', 'MANAGER', 'DIRECTION'];
const PEOPLE: Role[] = ALL.filter((r) => r !== 'INTEGRATION');
const X = '"00000000-0000-4000-8000-000000000000"';

/**
 * Every root field of the schema, with an operation calling it and the roles allowed to —
 * written here independently of the code's permission table. A field added to the schema
 * without a line here fails the first test.
 */
const OPERATIONS: Record<string, { doc: string; allowed: Role[] }> = {
  'Query.viewer': { doc: '{ viewer { role } }', allowed: ALL },
  'Query.checkContracts': { doc: '{ checkContracts(inputs: [{ cohort: "M2-2026", status: "FI", contractType: "CAPP" }]) { durationMonths } }', allowed: ALL },
  'Query.minimumPaySchedule': { doc: '{ minimumPaySchedule(input: { cohort: "M2-2026", contractType: "CAPP", birthDate: "2002-01-01", startDate: "2026-09-03", endDate: "2027-09-03" }) { from } }', allowed: ALL },
  'Query.students': { doc: '{ students { id } }', allowed: ALL },
  'Query.student': { doc: `{ student(id: ${X}) { id } }`, allowed: ALL },
  'Query.organisations': { doc: '{ organisations { id } }', allowed: [...OFFICE, 'INTEGRATION'] },
  'Query.offers': { doc: '{ offers { id } }', allowed: ALL },
  'Query.missions': { doc: '{ missions { id } }', allowed: ALL },
  'Query.missionCount': { doc: '{ missionCount }', allowed: ALL },
  'Query.mission': { doc: `{ mission(id: ${X}) { id } }`, allowed: ALL },
  'Query.contracts': { doc: '{ contracts { id } }', allowed: ALL },
  'Query.contract': { doc: `{ contract(id: ${X}) { id } }`, allowed: ALL },
  'Query.rosterRows': { doc: '{ rosterRows { missionId } }', allowed: [...OFFICE, 'INTEGRATION'] },
  'Query.changeProposals': { doc: '{ changeProposals { id } }', allowed: [...OFFICE, 'INTEGRATION'] },
  'Query.rosterImportJob': { doc: `{ rosterImportJob(id: ${X}) { id } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.auditEvents': { doc: '{ auditEvents { id } }', allowed: OFFICE },
  'Query.referenceData': { doc: '{ referenceData { key } }', allowed: ALL },
  // §6: the viewer's own case for "Qui contacter ?" — null for the office, the tutors and tokens.
  'Query.contactContext': { doc: '{ contactContext { asker } }', allowed: ALL },
  'Query.auditEventCount': { doc: '{ auditEventCount }', allowed: OFFICE },
  'Query.auditFacets': { doc: '{ auditFacets { actions } }', allowed: OFFICE },
  'Query.apiTokens': { doc: '{ apiTokens { id } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.apiTokenScopes': { doc: '{ apiTokenScopes }', allowed: ['SECRETARIAT', 'MANAGER'] },
  // Issue 14 (CFA/SFCA integration).
  'Query.integrationPartners': { doc: '{ integrationPartners { code } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.apiTokenDefaultLimits': { doc: '{ apiTokenDefaultLimits { ratePerMinute } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.findByExternalId': { doc: '{ findByExternalId(source: "cfa", entityType: CONTRACT, externalId: "x") }', allowed: ALL },
  'Query.changes': { doc: '{ changes(first: 1) { endCursor } }', allowed: ['SECRETARIAT', 'MANAGER', 'DIRECTION', 'INTEGRATION'] },
  'Mutation.upsertContracts': { doc: 'mutation { upsertContracts(source: "cfa", input: []) { errors { code } } }', allowed: ['MANAGER', 'INTEGRATION'] },
  'Mutation.declareRupture': { doc: `mutation { declareRupture(input: { contractId: ${X}, lastDay: "2026-01-31", reason: "x" }) { errors { code } } }`, allowed: ['INTEGRATION'] },
  'Mutation.upsertAbsences': { doc: 'mutation { upsertAbsences(source: "cfa", input: []) { errors { code } } }', allowed: ['INTEGRATION'] },
  'Query.webhooks': { doc: '{ webhooks { id } }', allowed: ['MANAGER', 'INTEGRATION'] },
  'Query.webhookDeliveries': { doc: '{ webhookDeliveries { id } }', allowed: ['MANAGER', 'INTEGRATION'] },
  'Mutation.registerWebhook': { doc: 'mutation { registerWebhook(input: { url: "https://x.example/h", secret: "s" }) { errors { code } } }', allowed: ['MANAGER', 'INTEGRATION'] },
  'Mutation.removeWebhook': { doc: `mutation { removeWebhook(id: ${X}) { errors { code } } }`, allowed: ['MANAGER', 'INTEGRATION'] },
  'Mutation.replayWebhookDelivery': { doc: `mutation { replayWebhookDelivery(id: ${X}) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.setExternalId': { doc: `mutation { setExternalId(input: { entityType: CONTRACT, entityId: ${X}, source: "cfa", externalId: "x" }) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER', 'INTEGRATION'] },
  'Mutation.removeExternalId': { doc: `mutation { removeExternalId(entityType: CONTRACT, entityId: ${X}, source: "cfa") { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER', 'INTEGRATION'] },
  'Query.dashboard': { doc: '{ dashboard { overdueChecklistItems } }', allowed: OFFICE },
  'Mutation.updateStudent': { doc: `mutation { updateStudent(id: ${X}, version: 1, input: { firstName: "A", lastName: "B", email: "a@b.fr", status: FI, cohort: "M2-2026" }) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.publishOffer': { doc: 'mutation { publishOffer(input: { reference: "", title: "" }) { errors { code } } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.myOfferAlerts': { doc: '{ myOfferAlerts { frequency } }', allowed: ['STUDENT'] },
  'Mutation.setOfferAlerts': { doc: 'mutation { setOfferAlerts(frequency: NONE, version: 0) { errors { code } } }', allowed: ['STUDENT'] },
  'Mutation.recordOffersVisit': { doc: 'mutation { recordOffersVisit { frequency } }', allowed: ['STUDENT'] },
  'Mutation.closeOffer': { doc: `mutation { closeOffer(id: ${X}, version: 1) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.saveMissionDraft': { doc: `mutation { saveMissionDraft(id: ${X}, version: 1, input: { title: "x" }) { errors { code } } }`, allowed: ['STUDENT'] },
  'Mutation.submitMission': { doc: `mutation { submitMission(id: ${X}, version: 1) { errors { code } } }`, allowed: ['STUDENT'] },
  'Mutation.returnMission': { doc: `mutation { returnMission(id: ${X}, version: 1, comment: "c") { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.requestMissionConfirmations': { doc: `mutation { requestMissionConfirmations(id: ${X}, version: 1) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.confirmMission': { doc: `mutation { confirmMission(id: ${X}) { errors { code } } }`, allowed: ['COMPANY_TUTOR', 'HR_CONTACT'] },
  'Mutation.reportMissionError': { doc: `mutation { reportMissionError(id: ${X}, comment: "c") { errors { code } } }`, allowed: ['COMPANY_TUTOR', 'HR_CONTACT'] },
  'Mutation.validateMission': { doc: `mutation { validateMission(id: ${X}, version: 1) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.rejectMission': { doc: `mutation { rejectMission(id: ${X}, version: 1, reason: "r") { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.setChecklistItemDone': { doc: `mutation { setChecklistItemDone(id: ${X}, version: 1, done: true) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.proposeContractChanges': { doc: `mutation { proposeContractChanges(changes: [{ missionId: ${X}, missionVersion: 1, startDate: "2026-09-03" }]) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER', 'INTEGRATION'] },
  'Mutation.decideChangeProposal': { doc: `mutation { decideChangeProposal(id: ${X}, version: 1, accept: true) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.startRosterImport': { doc: 'mutation { startRosterImport(rows: []) { errors { code } } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.importRoster': { doc: 'mutation { importRoster(rows: [{ lastName: "A", firstName: "B", email: "ab@x.fr", cohort: "NOPE", status: "FI", contractType: "CAPP" }]) { errors { code } } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.updateReferenceSection': { doc: 'mutation { updateReferenceSection(key: "nope", version: 1, data: {}) { errors { code } } }', allowed: ['MANAGER'] },
  // A student may export their own data only: someone else's id is refused to them, like this unknown one.
  'Query.personalDataExport': { doc: `{ personalDataExport(studentId: ${X}) }`, allowed: ['MANAGER'] },
  'Mutation.erasePersonalData': { doc: `mutation { erasePersonalData(studentId: ${X}, version: 1) { errors { code } } }`, allowed: ['MANAGER'] },
  'Query.academicTutors': { doc: '{ academicTutors { id } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.recordApt': { doc: `mutation { recordApt(studentId: ${X}, version: 1, obtainedOn: "2025-06-01") { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.recordTrainingAgreement': { doc: `mutation { recordTrainingAgreement(studentId: ${X}, version: 1, signedOn: "2025-06-01") { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.resendConfirmationLink': { doc: `mutation { resendConfirmationLink(id: ${X}, version: 1, party: COMPANY_TUTOR_1) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.grantDerogation': { doc: `mutation { grantDerogation(id: ${X}, version: 1, reason: "r") { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.expressPlacementWish': { doc: `mutation { expressPlacementWish(studentId: ${X}, version: 1, trackWish: "M2-2ID") { errors { code } } }`, allowed: ['STUDENT'] },
  'Mutation.approveStageAlt': { doc: `mutation { approveStageAlt(id: ${X}, version: 1, approved: true) { errors { code } } }`, allowed: ['MANAGER'] },
  // Livret d'alternance (issue 12 §3): the records each may reach are tested in livret.test.ts.
  'Query.livret': { doc: `{ livret(id: ${X}) { id } }`, allowed: ['STUDENT', 'COMPANY_TUTOR', 'ACADEMIC_TUTOR', ...OFFICE] },
  'Query.myLivrets': { doc: '{ myLivrets { id } }', allowed: ['STUDENT', 'COMPANY_TUTOR'] },
  'Query.myLivretExpectation': { doc: '{ myLivretExpectation }', allowed: ['STUDENT', 'COMPANY_TUTOR'] },
  'Query.livretProgress': { doc: '{ livretProgress(cohort: "M2-2026", academicYear: "2026-2027") { livrets } }', allowed: ['ACADEMIC_TUTOR', ...OFFICE] },
  'Query.livretSettings': { doc: '{ livretSettings(cohort: "M2-2026", academicYear: "2026-2027") { soutenance } }', allowed: ['ACADEMIC_TUTOR', ...OFFICE] },
  'Query.currentLivretGrid': { doc: '{ currentLivretGrid { number } }', allowed: ['STUDENT', 'COMPANY_TUTOR', 'ACADEMIC_TUTOR', ...OFFICE] },
  'Mutation.openLivrets': { doc: 'mutation { openLivrets(cohort: "M2-2026", academicYear: "2026-2027") { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.saveLivretSheet': { doc: `mutation { saveLivretSheet(input: { livretId: ${X}, period: 1, code: OBJECTIVES, text: "x" }) { errors { code } } }`, allowed: ['STUDENT', 'COMPANY_TUTOR'] },
  'Mutation.reopenLivretSheet': { doc: `mutation { reopenLivretSheet(id: ${X}, version: 1, reason: "r") { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.saveLivretGeneral': { doc: `mutation { saveLivretGeneral(id: ${X}, version: 1, input: { jobTitle: "x" }) { errors { code } } }`, allowed: ['STUDENT', 'COMPANY_TUTOR'] },
  'Mutation.overrideLivretDates': { doc: `mutation { overrideLivretDates(id: ${X}, version: 1, input: {}) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.saveLivretSettings': { doc: 'mutation { saveLivretSettings(cohort: "NOPE", academicYear: "2026-2027", version: 0, input: { soutenance: "2027-09-03", firstVisit: "2027-02-27", secondVisit: "2027-05-29", commonDates: false, graceDays: 7, reminderDaysBefore: 7 }) { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.publishLivretGrid': { doc: 'mutation { publishLivretGrid(input: { scale: [], competences: [] }) { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.sendLivretLink': { doc: `mutation { sendLivretLink(id: ${X}) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.sendLivretReminders': { doc: 'mutation { sendLivretReminders { sent } }', allowed: ['MANAGER'] },
  'Mutation.revokeApiToken': { doc: `mutation { revokeApiToken(id: ${X}) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.updateApiTokenLimits': { doc: `mutation { updateApiTokenLimits(input: { id: ${X}, version: 1, adHocDocuments: false }) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.registerPersistedOperations': { doc: `mutation { registerPersistedOperations(tokenId: ${X}, manifest: {}) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.removePersistedOperation': { doc: `mutation { removePersistedOperation(tokenId: ${X}, documentId: "sha256:00") { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  // Issue 11: the office reads the calendars, only the manager edits and publishes; everyone subscribes to their own feed.
  'Query.calendars': { doc: '{ calendars { code } }', allowed: [...OFFICE, 'INTEGRATION'] },
  'Query.calendar': { doc: '{ calendar(code: "M1-2025") { code } }', allowed: [...OFFICE, 'INTEGRATION'] },
  'Query.calendarImportPreview': { doc: '{ calendarImportPreview(code: "M1-2025", cells: []) { rows } }', allowed: ['MANAGER'] },
  'Query.studentCalendars': { doc: `{ studentCalendars(studentId: ${X}) { code } }`, allowed: [...OFFICE, 'INTEGRATION'] },
  // Footnotes 13–15: a company contact's calendar link (empty for a session of another link).
  'Query.contactCalendars': { doc: '{ contactCalendars { studentName } }', allowed: ['COMPANY_TUTOR', 'HR_CONTACT'] },
  'Query.calendarFeeds': { doc: `{ calendarFeeds(kind: STUDENT, subjectId: ${X}) { id } }`, allowed: ALL.filter((r) => r !== 'INTEGRATION') },
  'Mutation.setCalendarHalfDays': { doc: 'mutation { setCalendarHalfDays(code: "NOPE", version: 1, from: { date: "2025-10-08", half: AM }, to: { date: "2025-10-08", half: PM }, kind: TRAINING) { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.discardCalendarDraft': { doc: 'mutation { discardCalendarDraft(code: "NOPE", version: 1) { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.importCalendar': { doc: 'mutation { importCalendar(code: "NOPE", version: 1, cells: []) { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.publishCalendar': { doc: 'mutation { publishCalendar(code: "NOPE", version: 1) { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.setStudentCalendarHalfDays': { doc: `mutation { setStudentCalendarHalfDays(studentId: ${X}, code: "M1-2025", version: 0, from: { date: "2025-10-08", half: AM }, to: { date: "2025-10-08", half: PM }, kind: TRAINING) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.clearStudentCalendar': { doc: `mutation { clearStudentCalendar(studentId: ${X}, code: "M1-2025", version: 1) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.createCalendarFeed': { doc: `mutation { createCalendarFeed(kind: STUDENT, subjectId: ${X}) { errors { code } } }`, allowed: ALL.filter((r) => r !== 'INTEGRATION') },
  'Mutation.revokeCalendarFeed': { doc: `mutation { revokeCalendarFeed(id: ${X}) { errors { code } } }`, allowed: ALL.filter((r) => r !== 'INTEGRATION') },
  // Academic tutors and company visits (issue 12, §4.6).
  'Query.alternantsFollowUp': { doc: '{ alternantsFollowUp { total } }', allowed: ['ACADEMIC_TUTOR', ...OFFICE] },
  'Query.tutorLoads': { doc: '{ tutorLoads { alternants } }', allowed: OFFICE },
  'Query.alternantCalendar': { doc: `{ alternantCalendar(studentId: ${X}, from: "2027-01-04", to: "2027-01-10") { date } }`, allowed: ALL },
  'Mutation.assignAcademicTutor': { doc: `mutation { assignAcademicTutor(assignments: [{ studentId: ${X}, version: 1 }], academicTutorId: null) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.visit': { doc: `{ visit(id: ${X}) { id } }`, allowed: ['STUDENT', 'COMPANY_TUTOR', 'ACADEMIC_TUTOR', ...OFFICE] },
  'Query.visits': { doc: '{ visits { id } }', allowed: ['STUDENT', 'COMPANY_TUTOR', 'ACADEMIC_TUTOR', ...OFFICE] },
  'Query.visitReportsKept': { doc: '{ visitReportsKept { id } }', allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  'Query.checkVisitSlot': { doc: `{ checkVisitSlot(studentId: ${X}, visitNumber: 1, date: "2027-01-04", half: AM) { code } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  'Mutation.proposeVisitSlots': { doc: `mutation { proposeVisitSlots(input: { studentId: ${X}, visitNumber: 1, slots: [] }) { errors { code } } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  // Only through the visit's own personal link (visits.test.ts): no session here has one.
  'Mutation.chooseVisitSlot': { doc: `mutation { chooseVisitSlot(visitId: ${X}, version: 1, slotId: ${X}) { errors { code } } }`, allowed: [] },
  'Mutation.declineVisitSlots': { doc: `mutation { declineVisitSlots(visitId: ${X}, version: 1, availability: "x") { errors { code } } }`, allowed: [] },
  'Mutation.proposeOtherVisitSlots': { doc: `mutation { proposeOtherVisitSlots(visitId: ${X}, version: 1, slots: [{ date: "2027-01-04", half: AM, format: ON_SITE, location: "x" }]) { errors { code } } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  'Mutation.remindVisitSlots': { doc: `mutation { remindVisitSlots(visitId: ${X}, version: 1) { errors { code } } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  'Mutation.rescheduleVisit': { doc: `mutation { rescheduleVisit(visitId: ${X}, version: 1, slot: { date: "2027-01-04", half: AM, format: ON_SITE, location: "x" }) { errors { code } } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  'Mutation.cancelVisit': { doc: `mutation { cancelVisit(visitId: ${X}, version: 1, reason: "r") { errors { code } } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  'Mutation.recordVisitReport': { doc: `mutation { recordVisitReport(visitId: ${X}, version: 1, input: { attendees: "a", activities: "a", progress: "p", pointsOfAttention: "", tutorOpinion: "o", followUpNeeded: false }) { errors { code } } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  // Absences (issue 11 §3): record-level limits are tested in absences.test.ts.
  'Query.absences': { doc: '{ absences { id } }', allowed: PEOPLE },
  'Query.attendance': { doc: `{ attendance(studentId: ${X}) { missedHours } }`, allowed: PEOPLE },
  'Query.absenceDaySheet': { doc: '{ absenceDaySheet(cohort: "M2-2026", date: "2026-10-01", half: AM) { training } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.professionalAbsenceRequests': { doc: '{ professionalAbsenceRequests { id } }', allowed: PEOPLE },
  'Query.absenceStatement': { doc: `{ absenceStatement(organisationId: ${X}, month: "2026-10") { totalHours } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.absenceStatements': { doc: '{ absenceStatements(month: "2026-10") { totalHours } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Query.absenceLinkContext': { doc: '{ absenceLinkContext { purpose } }', allowed: PEOPLE },
  'Mutation.recordAbsences': { doc: `mutation { recordAbsences(input: { date: "2026-10-01", half: AM, studentIds: [${X}] }) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.previewAbsenceImport': { doc: 'mutation { previewAbsenceImport(rows: [{ date: "2026-10-01", half: "AM", studentEmail: "x@y.fr" }]) { errors { code } } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.importAbsences': { doc: 'mutation { importAbsences(rows: [{ date: "2026-10-01", half: "AM", studentEmail: "x@y.fr" }]) { errors { code } } }', allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.deleteAbsence': { doc: `mutation { deleteAbsence(id: ${X}, version: 1) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.declareMedicalAbsence': { doc: `mutation { declareMedicalAbsence(id: ${X}, version: 1) { errors { code } } }`, allowed: ['STUDENT', 'SECRETARIAT', 'MANAGER'] },
  'Mutation.giveAbsenceReason': { doc: `mutation { giveAbsenceReason(id: ${X}, version: 1, reason: "r") { errors { code } } }`, allowed: ['STUDENT', 'SECRETARIAT', 'MANAGER'] },
  'Mutation.decideAbsence': { doc: `mutation { decideAbsence(id: ${X}, version: 1, accept: true) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.closeAbsenceUnjustified': { doc: `mutation { closeAbsenceUnjustified(id: ${X}, version: 1) { errors { code } } }`, allowed: ['MANAGER'] },
  // A student may call it, and is refused by the rule (STOPPAGE_NOT_FROM_HOST, §4.3.1), not by the role.
  'Mutation.sendWorkStoppage': { doc: `mutation { sendWorkStoppage(id: ${X}, version: 1, input: { issuedOn: "2026-10-01", from: "2026-10-01", to: "2026-10-01", file: { name: "a.pdf", base64: "JVBERi0=" } }) { errors { code } } }`, allowed: ['STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT', 'SECRETARIAT', 'MANAGER'] },
  'Mutation.justifyAbsences': { doc: `mutation { justifyAbsences(input: { from: "2026-10-01", fromHalf: AM, to: "2026-10-01", toHalf: PM, reason: "r", file: { name: "a.pdf", base64: "JVBERi0=" }, absences: [] }) { errors { code } } }`, allowed: ['STUDENT', 'SECRETARIAT', 'MANAGER'] },
  'Mutation.requestProfessionalAbsence': { doc: 'mutation { requestProfessionalAbsence(input: { firstDay: "2026-10-15", firstHalf: AM, lastDay: "2026-10-15", lastHalf: PM, reason: "r" }) { errors { code } } }', allowed: ['COMPANY_TUTOR'] },
  'Mutation.recordMailedProfessionalAbsence': { doc: `mutation { recordMailedProfessionalAbsence(input: { studentId: ${X}, tutor: TUTOR1, receivedOn: "2026-10-01", firstDay: "2026-10-15", firstHalf: AM, lastDay: "2026-10-15", lastHalf: PM, reason: "r" }) { errors { code } } }`, allowed: ['DIRECTION'] },
  'Mutation.consultProfessionalAbsenceTeachers': { doc: `mutation { consultProfessionalAbsenceTeachers(id: ${X}, version: 1, teacherEmails: ["a@b.fr"]) { errors { code } } }`, allowed: ['DIRECTION'] },
  'Mutation.decideProfessionalAbsence': { doc: `mutation { decideProfessionalAbsence(id: ${X}, version: 1, grant: true) { errors { code } } }`, allowed: ['DIRECTION'] },
  'Mutation.sendProfessionalAbsenceLink': { doc: `mutation { sendProfessionalAbsenceLink(studentId: ${X}) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  // Issue 13: the alternance's lifecycle.
  'Query.ruptures': { doc: '{ ruptures { id } }', allowed: ['STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT', 'ACADEMIC_TUTOR', ...OFFICE] },
  'Query.rupture': { doc: `{ rupture(id: ${X}) { id } }`, allowed: ['STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT', 'ACADEMIC_TUTOR', ...OFFICE] },
  'Query.ruptureCounts': { doc: '{ ruptureCounts { count } }', allowed: OFFICE },
  'Query.yearChangePreview': { doc: '{ yearChangePreview(cohort: "MASTER-2025", programme: "M1") { cohort } }', allowed: ['MANAGER'] },
  'Query.trainingHoursCheck': { doc: '{ trainingHoursCheck(cohort: "MASTER-2025", contractType: "CAPP", startDate: "2025-09-01", endDate: "2026-08-31") { minimumHours } }', allowed: ALL },
  'Mutation.closeTrainingYear': { doc: 'mutation { closeTrainingYear(cohort: "NOPE", programme: "M1", outcomes: []) { errors { code } } }', allowed: ['MANAGER'] },
  'Mutation.recordMediation': { doc: `mutation { recordMediation(contractId: ${X}, input: { difficulty: "d", actions: "a", outcome: ONGOING, heldOn: "2025-06-01" }) { errors { code } } }`, allowed: ['ACADEMIC_TUTOR', 'MANAGER'] },
  'Mutation.requestRupture': { doc: `mutation { requestRupture(contractId: ${X}, reason: "r") { errors { code } } }`, allowed: ['STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT'] },
  'Mutation.startRupture': { doc: `mutation { startRupture(contractId: ${X}, reason: "r", lastDay: "2026-06-30") { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.setRuptureStepDone': { doc: `mutation { setRuptureStepDone(id: ${X}, version: 1, done: true) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.uploadRuptureScan': { doc: `mutation { uploadRuptureScan(id: ${X}, version: 1, document: { fileName: "a.pdf", contentBase64: "JVBERi0=" }) { errors { code } } }`, allowed: ['SECRETARIAT', 'MANAGER'] },
  'Mutation.completeRupture': { doc: `mutation { completeRupture(id: ${X}, version: 1) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.cancelRupture': { doc: `mutation { cancelRupture(id: ${X}, version: 1, comment: "c") { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.extendContract': { doc: `mutation { extendContract(contractId: ${X}, version: 1, input: { newEndDate: "2027-08-31", programme: "L3I", reason: "r", signedOn: "2026-06-30" }) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.changeCompanyTutor': { doc: `mutation { changeCompanyTutor(contractId: ${X}, version: 1, input: { slot: 1, tutor: { firstName: "N", lastName: "N", email: "n@opa.example" }, effectiveOn: "2026-03-02", reason: "r", avenantSignedOn: "2026-02-27" }) { errors { code } } }`, allowed: ['MANAGER'] },
  'Query.extensionPreview': { doc: `{ extensionPreview(contractId: ${X}, input: { newEndDate: "2027-08-31", programme: "L3I" }) { extendedFrom } }`, allowed: ['MANAGER'] },
  'Mutation.sendRuptureRequestLink': { doc: `mutation { sendRuptureRequestLink(contractId: ${X}) { errors { code } } }`, allowed: ['MANAGER'] },
  'Mutation.startMissionAfterRupture': { doc: `mutation { startMissionAfterRupture(ruptureId: ${X}) { errors { code } } }`, allowed: ['STUDENT'] },
};

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

describe('authorization: every operation as every role', () => {
  let t: TestApp;
  const auth = new Map<Role, Auth>();

  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite' });
    auth.set('STUDENT', (await createStudent(t)).auth);
    for (const role of ['ACADEMIC_TUTOR', 'SECRETARIAT', 'MANAGER', 'DIRECTION'] as const) auth.set(role, await t.as(role));
    const em = t.orm.em.fork();
    const organisation = Object.assign(new Organisation(), { name: 'OPA', siret: '99999999999999' });
    const tutor = Object.assign(new CompanyTutor(), { organisation, firstName: 'T', lastName: 'T', email: 't@opa.example' });
    const hr = Object.assign(new HrContact(), { organisation, firstName: 'H', lastName: 'H', email: 'h@opa.example' });
    await em.persistAndFlush([organisation, tutor, hr]);
    const now = t.clock.now();
    auth.set('COMPANY_TUTOR', { cookie: `alt_session=${await openSession(em, { type: 'COMPANY_TUTOR', id: tutor.id, role: 'COMPANY_TUTOR' }, now)}` });
    auth.set('HR_CONTACT', { cookie: `alt_session=${await openSession(em, { type: 'HR_CONTACT', id: hr.id, role: 'HR_CONTACT' }, now)}` });
    const token = await t.post('/auth/tokens', { name: 'CFA', scopes: TOKEN_SCOPES }, auth.get('MANAGER'));
    expect(token.status).toBe(201);
    auth.set('INTEGRATION', { token: token.body.token });
  });
  afterAll(() => t?.close());

  it('lists every root field of the schema', async () => {
    const result = await t.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, auth.get('MANAGER'));
    const schema = buildClientSchema(result.data);
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ].sort();
    expect(fields).toEqual(Object.keys(OPERATIONS).sort());
  });

  for (const [name, { doc, allowed }] of Object.entries(OPERATIONS)) {
    it(`${name}: allowed to ${allowed.length === ALL.length ? 'every role' : allowed.join(', ')}`, async () => {
      for (const role of ALL) {
        const result = await t.gql(doc, {}, auth.get(role));
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        const denied = codes.some((c) => DENIED.has(String(c)));
        expect({ role, denied, codes }).toEqual({ role, denied: !allowed.includes(role), codes: denied ? ['FORBIDDEN'] : codes.filter((c) => !DENIED.has(String(c))) });
      }
      if (name !== 'Query.viewer') {
        const anonymous = await t.gql(doc, {});
        expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  }

  it('shows an academic tutor only the alternants assigned to them (issue 9 §5), the office sets the assignment', async () => {
    const em = t.orm.em.fork();
    const paul = await t.createUser('ACADEMIC_TUTOR');
    const other = await t.createUser('ACADEMIC_TUTOR');
    const mine = (await createStudent(t)).student;
    const notMine = (await createStudent(t)).student;
    const missions = [mine, notMine].map((student) => Object.assign(new Mission(), { student: em.getReference(Student, student.id), cohort: student.cohort, contractType: 'CAPP', state: 'VALIDATED', startDate: '2026-09-03', endDate: '2027-09-03' }));
    const contracts = missions.map((mission) => Object.assign(new Contract(), { mission, student: mission.student, contractType: 'CAPP', startDate: '2026-09-03', endDate: '2027-09-03' }));
    await em.persistAndFlush([...missions, ...contracts]);
    const paulAuth = { cookie: await t.login(paul.email) };
    const seen = async (auth: Auth) => {
      const r = await t.gql(`{ missions { student { id } } missionCount contracts { student { id } } students { id } }`, {}, auth);
      return { missions: r.data.missions.map((m: { student: { id: string } }) => m.student.id), count: r.data.missionCount, contracts: r.data.contracts.map((c: { student: { id: string } }) => c.student.id), students: r.data.students.map((s: { id: string }) => s.id) };
    };
    expect(await seen(paulAuth)).toEqual({ missions: [], count: 0, contracts: [], students: [] });

    const UPDATE = `mutation($id: ID!, $version: Int!, $input: StudentInput!) { updateStudent(id: $id, version: $version, input: $input) { student { id version academicTutor { id displayName } } errors { code field } } }`;
    const input = (tutorId: string | null) => ({ firstName: mine.firstName, lastName: mine.lastName, email: mine.email, status: 'FI', cohort: mine.cohort, academicTutorId: tutorId });
    const refused = await t.gql(UPDATE, { id: mine.id, version: mine.version, input: input((await t.createUser('SECRETARIAT')).id) }, auth.get('SECRETARIAT'));
    expect(refused.data.updateStudent.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.academicTutorId' }]);
    const assigned = await t.gql(UPDATE, { id: mine.id, version: mine.version, input: input(paul.id) }, auth.get('SECRETARIAT'));
    expect(assigned.data.updateStudent.errors).toEqual([]);
    expect(assigned.data.updateStudent.student.academicTutor).toEqual({ id: paul.id, displayName: paul.displayName });

    expect(await seen(paulAuth)).toEqual({ missions: [mine.id], count: 1, contracts: [mine.id], students: [mine.id] });
    expect((await t.gql(`query($id: ID!) { mission(id: $id) { id } }`, { id: missions[1]!.id }, paulAuth)).data.mission).toBeNull();
    expect((await t.gql(`query($id: ID!) { contract(id: $id) { id } }`, { id: contracts[1]!.id }, paulAuth)).data.contract).toBeNull();
    expect((await t.gql(`query($id: ID!) { student(id: $id) { id } }`, { id: notMine.id }, paulAuth)).data.student).toBeNull();
    expect(await seen({ cookie: await t.login(other.email) })).toEqual({ missions: [], count: 0, contracts: [], students: [] });
    // Issue 12: their follow-up, visits and calendars are those of their alternants only.
    const FOLLOW = `{ alternantsFollowUp(filter: { academicYear: "2026-2027" }) { items { student { id } } } visits { id } }`;
    expect((await t.gql(FOLLOW, {}, paulAuth)).data.alternantsFollowUp.items.map((i: { student: { id: string } }) => i.student.id)).toEqual([mine.id]);
    expect((await t.gql(FOLLOW, {}, { cookie: await t.login(other.email) })).data.alternantsFollowUp.items).toEqual([]);
    const CALENDAR = `query($id: ID!) { alternantCalendar(studentId: $id, from: "2027-01-04", to: "2027-01-04") { morning } }`;
    expect((await t.gql(CALENDAR, { id: mine.id }, paulAuth)).data.alternantCalendar).toHaveLength(1);
    expect((await t.gql(CALENDAR, { id: notMine.id }, paulAuth)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tutors = await t.gql(`{ academicTutors { id } }`, {}, auth.get('MANAGER'));
    expect(tutors.data.academicTutors.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([paul.id, other.id]));
  });

  it('limits an API token to its scopes', async () => {
    const narrow = await t.post('/auth/tokens', { name: 'SFCA', scopes: ['rules:use'] }, auth.get('MANAGER'));
    const token = { token: narrow.body.token as string };
    expect((await t.gql('{ checkContracts(inputs: []) { durationMonths } }', {}, token)).errors).toBeUndefined();
    expect((await t.gql('{ missions { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revoked = await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { token { revokedAt } errors { code } } }`, { id: narrow.body.id }, auth.get('MANAGER'));
    expect(revoked.data.revokeApiToken.token.revokedAt).toBeTruthy();
    expect((await t.gql('{ checkContracts(inputs: []) { durationMonths } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
