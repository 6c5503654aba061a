import type { EntityManager } from '@mikro-orm/core';
import {
  calendarFromRows,
  calendarToRows,
  calendarHoursEffect,
  cohortYearsUsing,
  diffCalendars,
  generateCalendar,
  readCalendarSheet,
  setHalfDays,
  setHalfDaysInRows,
  withCalendars,
  type CalendarDefinition,
  type CalendarException,
  type HalfDayChange,
  type HalfDayKind,
  type HalfDayRef,
  type ReferenceData,
  type SheetRowError,
} from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { Student } from '../people/people.entities.js';
import { Contract } from '../contracts/contract.entities.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail } from '../mail/outbox.js';
import { calendarChangedStudentMail, calendarChangedTutorMail } from './calendar-mails.js';
import { calendarViewLink } from './calendar-links.js';
import { calendarsInForce, withStudentExceptions } from './calendar-in-force.js';
import { recordIndividualCalendarChange } from './calendar-change-events.js';
import { AlternanceCalendar, CalendarVersion, StudentCalendar } from './calendar.entities.js';

export const HALF_DAY_KIND_CODES: readonly HalfDayKind[] = ['TRAINING', 'COMPANY', 'REVISION', 'VACATION', 'PUBLIC_HOLIDAY', 'REST'];

export const holidayOptions = (data: ReferenceData) => ({ whitMondayHoliday: data.settings.whitMondayHoliday });

/** The cohorts (and years) whose calendar is `code`. */
export const cohortsUsing = cohortYearsUsing;

export async function listCalendars(ctx: ServiceContext): Promise<AlternanceCalendar[]> {
  authorize(ctx.actor, 'calendars:read');
  return ctx.em.find(AlternanceCalendar, {}, { orderBy: { code: 'asc' } });
}

export async function findCalendar(ctx: ServiceContext, code: string): Promise<AlternanceCalendar | null> {
  authorize(ctx.actor, 'calendars:read');
  return ctx.em.findOne(AlternanceCalendar, { code });
}

export async function calendarVersions(em: EntityManager, code: string): Promise<CalendarVersion[]> {
  return em.find(CalendarVersion, { code }, { orderBy: { number: 'desc' } });
}

export async function versionInForce(em: EntityManager, calendar: AlternanceCalendar): Promise<CalendarVersion> {
  const version = await em.findOne(CalendarVersion, { code: calendar.code, number: calendar.inForce });
  if (!version) throw missing('Version de calendrier', `${calendar.code} v${calendar.inForce}`);
  return version;
}

/** The half-days the draft changes from the version in force (what publishing would send). */
export async function draftChanges(ctx: ServiceContext, calendar: AlternanceCalendar): Promise<HalfDayChange[]> {
  const data = await ctx.referenceData();
  const inForce = await versionInForce(ctx.em, calendar);
  return diffCalendars(generateCalendar(inForce.definition, holidayOptions(data)), generateCalendar(calendar.draft, holidayOptions(data)));
}

function halfDay(field: string, ref: HalfDayRef): HalfDayRef {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ref.date) || Number.isNaN(Date.parse(ref.date))) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `${field}.date`, message: `Date invalide « ${ref.date} » (attendu : AAAA-MM-JJ).` }]);
  return ref;
}

function inside(definition: CalendarDefinition, from: HalfDayRef, to: HalfDayRef): void {
  for (const [field, ref] of [['from', from], ['to', to]] as const) {
    if (ref.date < definition.from || ref.date > definition.to) {
      throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `${field}.date`, message: `Le ${ref.date} est hors du calendrier (${definition.from} – ${definition.to}).` }]);
    }
  }
}

async function editable(ctx: ServiceContext, code: string, version: number): Promise<AlternanceCalendar> {
  const calendar = await ctx.em.findOne(AlternanceCalendar, { code });
  if (!calendar) throw missing('Calendrier', code, 'code');
  if (calendar.version !== version) throw conflict('Ce calendrier', 'modifié');
  return calendar;
}

/** Sets a range of half-days of the draft to one kind (the editor's selection). */
export async function setCalendarHalfDays(ctx: ServiceContext, code: string, version: number, from: HalfDayRef, to: HalfDayRef, kind: HalfDayKind): Promise<AlternanceCalendar> {
  const actor = authorize(ctx.actor, 'calendars:edit');
  return unitOfWork(ctx, async () => {
    const calendar = await editable(ctx, code, version);
    halfDay('from', from);
    halfDay('to', to);
    inside(calendar.draft, from, to);
    calendar.draft = setHalfDays(calendar.draft, from, to, kind, holidayOptions(await ctx.referenceData()));
    audit(ctx.em, actor, { entityType: 'AlternanceCalendar', entityId: calendar.id, action: 'EDIT_DRAFT', fields: ['draft'], comment: `${from.date} ${from.half} → ${to.date} ${to.half} : ${kind}` }, ctx.clock.now());
    return calendar;
  });
}

/** Drops the draft's edits: back to the version in force. */
export async function discardCalendarDraft(ctx: ServiceContext, code: string, version: number): Promise<AlternanceCalendar> {
  const actor = authorize(ctx.actor, 'calendars:edit');
  return unitOfWork(ctx, async () => {
    const calendar = await editable(ctx, code, version);
    calendar.draft = structuredClone((await versionInForce(ctx.em, calendar)).definition);
    audit(ctx.em, actor, { entityType: 'AlternanceCalendar', entityId: calendar.id, action: 'DISCARD_DRAFT', fields: ['draft'] }, ctx.clock.now());
    return calendar;
  });
}

export interface CalendarImportPreview {
  format: string;
  rows: number;
  changes: HalfDayChange[];
  errors: SheetRowError[];
}

function readImport(calendar: AlternanceCalendar, cells: unknown, data: ReferenceData): { definition: CalendarDefinition | null; preview: CalendarImportPreview } {
  if (!Array.isArray(cells) || !cells.every((row) => Array.isArray(row))) {
    return { definition: null, preview: { format: 'DAYS', rows: 0, changes: [], errors: [{ row: 1, field: 'cells', message: 'Le fichier doit être lu comme un tableau de lignes.' }] } };
  }
  const sheet = readCalendarSheet(cells as unknown[][]);
  const errors = [...sheet.errors];
  const { from, to } = calendar.draft;
  sheet.rows.forEach((row) => {
    if (row.date < from || row.date > to) errors.push({ row: 0, field: 'Date', message: `Le ${row.date} est hors du calendrier (${from} – ${to}).` });
  });
  if (sheet.rows.length === 0 && errors.length === 0) errors.push({ row: 2, field: 'Date', message: 'Aucune ligne à importer.' });
  if (errors.length) return { definition: null, preview: { format: sheet.format, rows: sheet.rows.length, changes: [], errors } };
  const options = holidayOptions(data);
  // A sheet may cover part of the year: the days it does not give keep the draft's half-days.
  const imported = new Map(sheet.rows.map((r) => [r.date, r]));
  const merged = calendarToRows(generateCalendar(calendar.draft, options)).map((r) => imported.get(r.date) ?? r);
  const definition = calendarFromRows(calendar.draft, merged, options);
  return { definition, preview: { format: sheet.format, rows: sheet.rows.length, changes: diffCalendars(generateCalendar(calendar.draft, options), generateCalendar(definition, options)), errors } };
}

/** What importing these cells would change in the draft, or each row's error: nothing is written. */
export async function previewCalendarImport(ctx: ServiceContext, code: string, cells: unknown): Promise<CalendarImportPreview> {
  authorize(ctx.actor, 'calendars:edit');
  const calendar = await ctx.em.findOne(AlternanceCalendar, { code });
  if (!calendar) throw missing('Calendrier', code, 'code');
  return readImport(calendar, cells, await ctx.referenceData()).preview;
}

/** Imports an official calendar into the draft, all or nothing: one bad row and nothing changes. */
export async function importCalendar(ctx: ServiceContext, code: string, version: number, cells: unknown): Promise<{ calendar: AlternanceCalendar; preview: CalendarImportPreview }> {
  const actor = authorize(ctx.actor, 'calendars:edit');
  return unitOfWork(ctx, async () => {
    const calendar = await editable(ctx, code, version);
    const { definition, preview } = readImport(calendar, cells, await ctx.referenceData());
    if (!definition) throw new BusinessError(preview.errors.map((e) => ({ code: 'BAD_USER_INPUT', field: e.field, index: e.row, message: e.row ? `Ligne ${e.row}, ${e.field} : ${e.message}` : e.message })));
    calendar.draft = definition;
    audit(ctx.em, actor, { entityType: 'AlternanceCalendar', entityId: calendar.id, action: 'IMPORT', fields: ['draft'], comment: `${preview.rows} jours, ${preview.changes.length} demi-journées modifiées` }, ctx.clock.now());
    return { calendar, preview };
  });
}

export interface HoursPreviewLine {
  cohort: string;
  contractType: string;
  contracts: number;
  trainingHalfDaysInForce: number;
  trainingHalfDaysDraft: number;
  billableHoursInForce: number;
  billableHoursDraft: number;
  costInForce: number;
  costDraft: number;
}

/**
 * The effect of the draft on each cohort's training (§2.3, §2.5): the year's training
 * half-days and, summed per contract type, the hours and cost of the cohort's contracts
 * (domain: calendarHoursEffect). The contracts are read in one statement.
 */
export async function hoursPreview(ctx: ServiceContext, calendar: AlternanceCalendar): Promise<HoursPreviewLine[]> {
  const base = await calendarsInForce(ctx.em, await ctx.referenceData());
  const uses = cohortsUsing(base, calendar.code);
  const rows = uses.length
    ? ((await ctx.em.getConnection().execute(
        `select s.cohort, c.contract_type, c.start_date, c.end_date from contract c join student s on s.id = c.student_id where s.cohort in (${uses.map(() => '?').join(',')}) and c.contract_type in ('CAPP', 'CPRO')`,
        uses.map((u) => u.cohort),
        'all',
        ctx.em.getTransactionContext(),
      )) as { cohort: string; contract_type: string; start_date: string; end_date: string }[])
    : [];
  const contracts = rows.map((r) => ({ cohort: r.cohort, contractType: r.contract_type, startDate: r.start_date, endDate: r.end_date }));
  return calendarHoursEffect(base, withCalendars(base, [calendar.draft]), calendar.code, contracts).map((e) => ({
    cohort: e.cohort,
    contractType: e.contractType,
    contracts: e.contracts,
    trainingHalfDaysInForce: e.trainingHalfDaysBefore,
    trainingHalfDaysDraft: e.trainingHalfDaysAfter,
    billableHoursInForce: e.billableHoursBefore,
    billableHoursDraft: e.billableHoursAfter,
    costInForce: e.costBefore,
    costDraft: e.costAfter,
  }));
}

// ——— Individual calendars (exceptions for one alternant) ———

export async function studentCalendarRows(em: EntityManager, studentId: string): Promise<StudentCalendar[]> {
  return em.find(StudentCalendar, { student: studentId }, { orderBy: { code: 'asc' } });
}

/**
 * Sets a range of one alternant's half-days to a kind, over their cohort's calendar in
 * force; the half-days that end up as the cohort has them are dropped, so the individual
 * calendar keeps only real differences. `version` is 0 when the alternant has none yet.
 */
export async function setStudentCalendarHalfDays(ctx: ServiceContext, studentId: string, code: string, version: number, from: HalfDayRef, to: HalfDayRef, kind: HalfDayKind): Promise<StudentCalendar | null> {
  const actor = authorize(ctx.actor, 'calendars:edit');
  return unitOfWork(ctx, async () => {
    const student = await ctx.em.findOne(Student, studentId);
    if (!student) throw missing('Étudiant(e)', studentId, 'studentId');
    const data = await calendarsInForce(ctx.em, await ctx.referenceData());
    if (!cohortsUsing(data, code).some((u) => u.cohort === student.cohort)) {
      throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'code', message: `Le calendrier ${code} n’est pas celui de la promotion ${student.cohort}.` }]);
    }
    const cohortDefinition = data.calendars.find((c) => c.code === code) as CalendarDefinition;
    halfDay('from', from);
    halfDay('to', to);
    inside(cohortDefinition, from, to);
    let own = await ctx.em.findOne(StudentCalendar, { student: studentId, code });
    if ((own?.version ?? 0) !== version) throw conflict('Le calendrier individuel', 'modifié');
    const options = holidayOptions(data);
    const current = withStudentExceptions(data, own ? [own] : []).calendars.find((c) => c.code === code) as CalendarDefinition;
    const rows = setHalfDaysInRows(calendarToRows(generateCalendar(current, options)), from, to, kind);
    // calendarFromRows against the cohort's version keeps exactly the alternant's differences.
    const exceptions: CalendarException[] = calendarFromRows(cohortDefinition, rows, options).exceptions.filter(
      (e) => !cohortDefinition.exceptions.some((c) => c.date === e.date && c.half === e.half && c.kind === e.kind),
    );
    if (!own) {
      own = new StudentCalendar();
      own.student = student;
      own.code = code;
      ctx.em.persist(own);
    }
    own.exceptions = exceptions.map((e) => ({ ...e, label: 'Calendrier individuel' }));
    const next = withStudentExceptions(data, [own]).calendars.find((c) => c.code === code) as CalendarDefinition;
    const changes = diffCalendars(generateCalendar(current, options), generateCalendar(next, options));
    const affected = await notifyIndividualChange(ctx, student, changes, cohortDefinition.label);
    audit(ctx.em, actor, { entityType: 'StudentCalendar', entityId: own.id, action: 'EDIT', fields: ['exceptions'], comment: `${student.id} ${from.date} ${from.half} → ${to.date} ${to.half} : ${kind}` }, ctx.clock.now());
    await recordIndividualCalendarChange(ctx.em, data, { studentCalendarId: own.id, student, code, halfDaysChanged: changes.length }, affected, ctx.clock.now());
    return own;
  });
}

/** Back to the cohort's calendar for this alternant. */
export async function clearStudentCalendar(ctx: ServiceContext, studentId: string, code: string, version: number): Promise<boolean> {
  const actor = authorize(ctx.actor, 'calendars:edit');
  return unitOfWork(ctx, async () => {
    const own = await ctx.em.findOne(StudentCalendar, { student: studentId, code }, { populate: ['student'] });
    if (!own) throw missing('Calendrier individuel', `${studentId} ${code}`, 'studentId');
    if (own.version !== version) throw conflict('Le calendrier individuel', 'modifié');
    // Back to the cohort's half-days: the contracts holding one of the alternant's own are told to partners.
    const data = await calendarsInForce(ctx.em, await ctx.referenceData());
    const options = holidayOptions(data);
    const mineNow = withStudentExceptions(data, [own]).calendars.find((c) => c.code === code);
    const cohort = data.calendars.find((c) => c.code === code);
    const changes = mineNow && cohort ? diffCalendars(generateCalendar(mineNow, options), generateCalendar(cohort, options)) : [];
    // Footnotes 13–15: back to the cohort's days is a change too — the alternant, their company tutors and HR contact are told.
    const affected = await notifyIndividualChange(ctx, own.student, changes, cohort?.label ?? code);
    ctx.em.remove(own);
    audit(ctx.em, actor, { entityType: 'StudentCalendar', entityId: own.id, action: 'CLEAR', fields: ['exceptions'] }, ctx.clock.now());
    await recordIndividualCalendarChange(ctx.em, data, { studentCalendarId: own.id, student: own.student, code, halfDaysChanged: changes.length }, affected, ctx.clock.now());
    return true;
  });
}

/**
 * An individual change is a calendar change too (footnotes 13–15): the alternant, and the
 * company tutors and HR contact of their contracts, are told, with exactly the changed
 * half-days within a contract.
 */
async function notifyIndividualChange(ctx: ServiceContext, student: Student, changes: HalfDayChange[], label: string): Promise<Contract[]> {
  const { contracts, mine, affected } = await contractsCovering(ctx, student, changes);
  if (mine.length === 0) return affected;
  const now = ctx.clock.now();
  const name = `${student.firstName} ${student.lastName}`;
  enqueueMail(ctx.em, student.email, 'CALENDAR_CHANGED', calendarChangedStudentMail({ studentName: name, calendarLabel: `${label} (calendrier individuel)`, changes: mine, link: `${ctx.publicUrl}/mon-calendrier` }), contracts[0]?.mission.id ?? null, now);
  // Only the company contacts of a contract holding a changed half-day, each told the changes within it: the
  // tutor of a contract broken before the change (§5) no longer hears of the alternant's days.
  const inside = (k: Contract) => mine.filter((c) => c.date >= k.startDate && c.date <= k.endDate);
  const recipients = new Map<string, { type: 'COMPANY_TUTOR' | 'HR_CONTACT'; person: { id: string; firstName: string; lastName: string; email: string }; missionId: string; changes: HalfDayChange[] }>();
  const add = (type: 'COMPANY_TUTOR' | 'HR_CONTACT', person: { id: string; firstName: string; lastName: string; email: string } | null, k: Contract) => {
    if (!person) return;
    const key = `${type}:${person.id}`;
    const entry = recipients.get(key) ?? { type, person, missionId: k.mission.id, changes: [] };
    for (const c of inside(k)) if (!entry.changes.some((e) => e.date === c.date && e.half === c.half)) entry.changes.push(c);
    recipients.set(key, entry);
  };
  for (const k of affected) {
    add('COMPANY_TUTOR', k.mission.tutor1, k);
    add('COMPANY_TUTOR', k.mission.tutor2, k);
  }
  for (const k of affected) add('HR_CONTACT', k.mission.hrContact, k);
  // §6.1.1: the company's mails say whom to call at the MIAGE, as those of a cohort's publication.
  const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), student);
  // The HR contact once per address, unless they already had the tutor's mail.
  const told = new Set<string>();
  for (const r of recipients.values()) {
    const key = r.person.email.trim().toLowerCase();
    if (told.has(key)) continue;
    told.add(key);
    const changes = [...r.changes].sort((a, b) => (a.date === b.date ? a.half.localeCompare(b.half) : a.date.localeCompare(b.date)));
    // Footnotes 13–15: with their link to read the alternant's calendar as it now stands.
    const link = calendarViewLink(ctx.em, { publicUrl: ctx.publicUrl, subjectType: r.type, subjectId: r.person.id, missionId: r.missionId, now });
    const content = calendarChangedTutorMail({ tutorName: `${r.person.firstName} ${r.person.lastName}`, calendarLabel: `${label} (calendrier individuel)`, alternants: [{ name, changes }], link });
    enqueueMail(ctx.em, r.person.email, r.type === 'COMPANY_TUTOR' ? 'CALENDAR_CHANGED_TUTOR' : 'CALENDAR_CHANGED_HR', withContacts(content, contacts), null, now, link.token);
  }
  return affected;
}

/** The alternant's contracts, the changed half-days inside one of them, and the contracts holding one. */
async function contractsCovering(ctx: ServiceContext, student: Student, changes: HalfDayChange[]): Promise<{ contracts: Contract[]; mine: HalfDayChange[]; affected: Contract[] }> {
  if (changes.length === 0) return { contracts: [], mine: [], affected: [] };
  const contracts = await ctx.em.find(Contract, { student: student.id }, { populate: ['mission', 'mission.tutor1', 'mission.tutor2', 'mission.hrContact'] });
  const inside = (k: Contract, c: HalfDayChange) => c.date >= k.startDate && c.date <= k.endDate;
  return { contracts, mine: changes.filter((c) => contracts.some((k) => inside(k, c))), affected: contracts.filter((k) => changes.some((c) => inside(k, c))) };
}
