import { HALF_DAYS, isIsoDate, underWorkLaw, type HalfDay } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { apiError, BusinessError, missing, type UserError } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { isSaneDate } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { enqueueMail } from '../mail/outbox.js';
import { Student } from '../people/people.entities.js';
import { Absence } from './absence.entities.js';
import { recordAbsenceChanges } from './absence-change-events.js';
import { absenceRecordedMail } from './absence-mails.js';
import { absenceForUpdate, halfDayLabel, missionOn, myAbsencesUrl, personName } from './absence-support.js';
import { NO_CALENDAR, trainingHoursSourcesFor } from './training-hours-source.js';

/** Most absences one request may record (a day sheet of a big group, an export of a month). */
export const MAX_ABSENCE_ROWS = 2000;

export interface AbsenceRowInput {
  date?: string | null;
  half?: string | null;
  studentEmail?: string | null;
}

interface CheckedRow {
  index: number;
  date: string;
  half: HalfDay;
  student: Student;
  duplicate: boolean;
}

/** Reads "AM"/"PM" and the French words an attendance export uses. */
function readHalf(value: string | null | undefined): HalfDay | null {
  const v = (value ?? '').trim().toUpperCase();
  if (v === 'AM' || v === 'MATIN' || v === 'M') return 'AM';
  if (v === 'PM' || v === 'APRÈS-MIDI' || v === 'APRES-MIDI' || v === 'AM-PM' || v === 'A') return 'PM';
  return null;
}

/**
 * Checks rows of absences (a day sheet or an attendance export) against the students, the
 * calendars and what is already recorded, in a few queries whatever the number of rows.
 * Every row's errors are returned, each naming its field and row.
 */
async function checkRows(ctx: ServiceContext, rows: { date: string | null | undefined; half: string | null | undefined; student: Student | null; studentLabel: string; field: string }[]): Promise<{ checked: CheckedRow[]; errors: UserError[] }> {
  const errors: UserError[] = [];
  const checked: CheckedRow[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const fail = (field: string, message: string): void => {
      errors.push({ code: 'BAD_USER_INPUT', field, index, message: `Ligne ${index + 1} : ${message}` });
    };
    const date = typeof row.date === 'string' ? row.date.trim() : '';
    const half = readHalf(row.half);
    if (!isSaneDate(date) || !isIsoDate(date)) fail('date', `date « ${row.date ?? ''} » illisible (AAAA-MM-JJ attendu).`);
    if (!half) fail('half', `demi-journée « ${row.half ?? ''} » illisible (AM/matin ou PM/après-midi).`);
    if (!row.student) fail(row.field, `étudiant(e) inconnu(e) : ${row.studentLabel || '(vide)'}.`);
    if (!row.student || !half || !isIsoDate(date)) return;
    const key = `${row.student.id}|${date}|${half}`;
    if (seen.has(key)) {
      fail(row.field, `${personName(row.student)} figure deux fois pour le ${halfDayLabel(date, half)}.`);
      return;
    }
    seen.add(key);
    checked.push({ index, date, half, student: row.student, duplicate: false });
  });
  const sources = await trainingHoursSourcesFor(ctx, checked.map((row) => row.student));
  for (const row of checked) {
    const kind = (sources.get(row.student.id) ?? NO_CALENDAR).kindOf(row.date, row.half);
    // A half-day the calendar knows and that is not training cannot be an absence in training.
    if (kind !== null && kind !== 'TRAINING') {
      errors.push({ code: 'NOT_TRAINING_HALF_DAY', field: 'date', index: row.index, message: `Ligne ${row.index + 1} : le ${halfDayLabel(row.date, row.half)} n’est pas une demi-journée de formation au calendrier de ${row.student.cohort}.` });
    }
  }
  if (checked.length) {
    const existing = await ctx.em.find(Absence, { student: { $in: [...new Set(checked.map((r) => r.student.id))] }, date: { $in: [...new Set(checked.map((r) => r.date))] } }, { fields: ['student', 'date', 'half'] });
    const known = new Set(existing.map((a) => `${a.student.id}|${a.date}|${a.half}`));
    for (const row of checked) row.duplicate = known.has(`${row.student.id}|${row.date}|${row.half}`);
  }
  return { checked, errors };
}

/** Writes the new rows, one mail per student listing their half-days, one audit event per absence. */
async function writeRows(ctx: ServiceContext, rows: CheckedRow[], action: 'RECORD_ABSENCE' | 'IMPORT_ABSENCES'): Promise<Absence[]> {
  const actor = ctx.actor!;
  const now = ctx.clock.now();
  const created: Absence[] = [];
  const byStudent = new Map<string, Absence[]>();
  for (const row of rows) {
    if (row.duplicate) continue;
    const mission = await missionOn(ctx, row.student, row.date);
    const absence = new Absence();
    Object.assign(absence, { student: row.student, date: row.date, half: row.half, mission, organisation: mission?.organisation ?? null, recordedBy: actor.label });
    ctx.em.persist(absence);
    audit(ctx.em, actor, { entityType: 'Absence', entityId: absence.id, action, fields: ['date', 'half', 'student'] }, now);
    created.push(absence);
    byStudent.set(row.student.id, [...(byStudent.get(row.student.id) ?? []), absence]);
  }
  // The student has something to do: say why, or have the host send the stoppage (§4.3).
  for (const absences of byStudent.values()) {
    const student = absences[0]!.student;
    const halfDays = absences.map((a) => halfDayLabel(a.date, a.half));
    enqueueMail(ctx.em, student.email, 'ABSENCE_RECORDED', absenceRecordedMail({ studentName: personName(student), halfDays, link: myAbsencesUrl(ctx), underContract: underWorkLaw(absences[0]!.mission?.contractType) }), absences[0]!.mission?.id ?? null, now);
  }
  await recordAbsenceChanges(ctx.em, 'ABSENCE_RECORDED', created, ['date', 'half', 'state'], now);
  return created;
}

/** Secretariat: the absent students of one half-day, ticked on the group's day sheet. Already recorded ones are kept. */
export async function recordAbsences(ctx: ServiceContext, input: { date: string; half: HalfDay; studentIds: readonly string[] }): Promise<Absence[]> {
  authorize(ctx.actor, 'absences:record');
  if (input.studentIds.length === 0) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'input.studentIds', message: 'Cochez au moins un(e) étudiant(e) absent(e).' }]);
  if (input.studentIds.length > MAX_ABSENCE_ROWS) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'input.studentIds', message: `${MAX_ABSENCE_ROWS} étudiant(e)s au plus par saisie.` }]);
  if (!HALF_DAYS.includes(input.half)) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'input.half', message: 'Demi-journée : AM ou PM.' }]);
  return unitOfWork(ctx, async () => {
    const students = new Map((await ctx.em.find(Student, { id: { $in: [...input.studentIds] } })).map((s) => [s.id, s]));
    const unknown = input.studentIds.find((id) => !students.has(id));
    if (unknown) throw missing('Étudiant(e)', unknown, 'input.studentIds');
    const { checked, errors } = await checkRows(
      ctx,
      input.studentIds.map((id) => ({ date: input.date, half: input.half, student: students.get(id) ?? null, studentLabel: id, field: 'input.studentIds' })),
    );
    if (errors.length) throw new BusinessError(errors.map((e) => ({ ...e, field: e.field === 'date' ? 'input.date' : e.field === 'half' ? 'input.half' : (e.field ?? null) })));
    return writeRows(ctx, checked, 'RECORD_ABSENCE');
  });
}

async function studentsByEmail(ctx: ServiceContext, rows: readonly AbsenceRowInput[]): Promise<Map<string, Student>> {
  const emails = [...new Set(rows.map((r) => (r.studentEmail ?? '').trim().toLowerCase()).filter(Boolean))];
  const students = emails.length ? await ctx.em.find(Student, { email: { $in: emails } }) : [];
  return new Map(students.map((s) => [s.email.toLowerCase(), s]));
}

function checkImportSize(rows: readonly AbsenceRowInput[]): void {
  if (rows.length === 0) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'rows', message: 'Le fichier ne contient aucune ligne d’absence.' }]);
  if (rows.length > MAX_ABSENCE_ROWS) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'rows', message: `${rows.length} lignes : ${MAX_ABSENCE_ROWS} au plus par import.` }]);
}

async function checkImport(ctx: ServiceContext, rows: readonly AbsenceRowInput[]) {
  const students = await studentsByEmail(ctx, rows);
  return checkRows(
    ctx,
    rows.map((r) => ({ date: r.date, half: r.half, student: students.get((r.studentEmail ?? '').trim().toLowerCase()) ?? null, studentLabel: (r.studentEmail ?? '').trim(), field: 'studentEmail' })),
  );
}

/** Import preview: what would be recorded, and every row's errors (nothing is written). */
export async function previewAbsenceImport(ctx: ServiceContext, rows: readonly AbsenceRowInput[]) {
  authorize(ctx.actor, 'absences:record');
  try {
    checkImportSize(rows);
  } catch (error) {
    // A query-like mutation without a payload: the error is a GraphQL error naming the field.
    const first = (error as BusinessError).errors[0]!;
    throw apiError('BAD_USER_INPUT', first.message, 'rows');
  }
  const { checked, errors } = await checkImport(ctx, rows);
  return {
    rows: checked.map((r) => ({ index: r.index, date: r.date, half: r.half, studentId: r.student.id, studentName: personName(r.student), duplicate: r.duplicate })),
    errors: errors.map((e) => ({ code: e.code, message: e.message, field: e.field ?? null, index: e.index ?? null })),
  };
}

/** Import of an attendance export: all or nothing — one row in error and nothing is recorded. */
export async function importAbsences(ctx: ServiceContext, rows: readonly AbsenceRowInput[]): Promise<Absence[]> {
  authorize(ctx.actor, 'absences:record');
  checkImportSize(rows);
  return unitOfWork(ctx, async () => {
    const { checked, errors } = await checkImport(ctx, rows);
    if (errors.length) throw new BusinessError(errors);
    return writeRows(ctx, checked, 'IMPORT_ABSENCES');
  });
}

/** An absence recorded by mistake, while nobody has acted on it yet. */
export async function deleteAbsence(ctx: ServiceContext, id: string, version: number): Promise<Absence> {
  const actor = authorize(ctx.actor, 'absences:record');
  return unitOfWork(ctx, async () => {
    const absence = await absenceForUpdate(ctx, actor, id, version);
    if (absence.state !== 'RECORDED') {
      throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'state', message: 'Cette absence est déjà en cours de justification ou réglée : elle ne peut plus être supprimée.' }]);
    }
    ctx.em.remove(absence);
    audit(ctx.em, actor, { entityType: 'Absence', entityId: absence.id, action: 'DELETE_ABSENCE', fields: ['date', 'half'], comment: `${absence.date} ${absence.half}` }, ctx.clock.now());
    // A partner that copied the absence must drop it.
    await recordAbsenceChanges(ctx.em, 'ABSENCE_DELETED', [absence], ['date', 'half'], ctx.clock.now());
    return absence;
  });
}
