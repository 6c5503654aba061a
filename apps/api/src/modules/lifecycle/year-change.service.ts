import { findCohort, formatDateFr, formatEuros, placementOnCohortChange, repeatedYearNotice, roleMayRead, yearChange, type ContractInput, type Finding, type Cohort, type PaySegment, type ReferenceData, type RepeatedYearOptions, type YearOutcome } from '@alternance/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { authorize } from '../../policy/policy.js';
import { apiError, BusinessError, type UserError } from '../../shared/errors.js';
import { toEuros } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { Contract } from '../contracts/contract.entities.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail } from '../mail/outbox.js';
import { missionContractInput } from '../missions/mission-rules.js';
import { Student } from '../people/people.entities.js';
import { emailsOfRole } from '../absences/absence-support.js';
import { newContractYearOfficeMail, yearOutcomeMail } from './lifecycle-mails.js';
import { YearClosure, YearOutcomeRecord } from './lifecycle.entities.js';
import { storeDocument, type DocumentUploadInput } from './stored-documents.js';

export interface YearOutcomeInput {
  studentId: string;
  version?: number | null;
  outcome: YearOutcome;
  opcoAgreement?: boolean | null;
  opcoDocument?: DocumentUploadInput | null;
}

export interface YearChangeRowModel {
  student: Student;
  studentVersion: number;
  contract: Contract | null;
  outcome: YearOutcome;
  opcoAgreement: boolean;
  closingProgramme: string;
  nextProgramme: string | null;
  nextCalendar: string | null;
  nextYearFrom: string | null;
  nextYearTo: string | null;
  payBefore: PaySegment | null;
  payAfter: PaySegment | null;
  nextYearHours: number | null;
  /** The next year needs a new contract (§2.1.2); the student moves to `nextCohort` at the closure. */
  newContractNeeded: boolean;
  nextCohort: string | null;
  /** The next cohort's campaign closes on this day: the new contract's mission is validated by then (§3.3.1). */
  nextCampaignCloses: string | null;
  tutorAssignmentToRedo: boolean;
  currentAcademicTutor: string | null;
  contractEnds: boolean;
  repeatedYear: RepeatedYearOptions | null;
  findings: Finding[];
}

export interface YearChangePreviewModel {
  cohort: string;
  programme: string;
  closedOn: string | null;
  rows: YearChangeRowModel[];
}

const OUTCOMES: readonly YearOutcome[] = ['PASSES', 'REPEATS', 'LEAVES'];

/**
 * What closing `programme` of `cohort` changes for each of its students, with the
 * outcomes chosen so far (PASSES by default): computed by the domain's yearChange from
 * the student's active contract of the cohort. Unknown cohort or year: a field error.
 */
async function computePreview(ctx: ServiceContext, cohortCode: string, programme: string, outcomes: readonly YearOutcomeInput[]): Promise<{ preview: YearChangePreviewModel; errors: UserError[] }> {
  const data = await ctx.referenceData();
  const cohort = findCohort(data, cohortCode);
  if (!cohort) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'cohort', message: `Formation inconnue : « ${cohortCode} ».` }]);
  if (!cohort.years.some((y) => y.programme === programme)) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'programme', message: `${cohort.code} n’a pas d’année « ${programme} » (années : ${cohort.years.map((y) => y.programme).join(', ')}).` }]);
  }
  const closure = await ctx.em.findOne(YearClosure, { cohort: cohort.code, programme });
  // A closed year shows what was decided, for whom it was decided: a repeater stays a repeater (not the default PASSES),
  // and a student the closure (or the office since) moved to another cohort is still listed.
  const records = closure ? await ctx.em.find(YearOutcomeRecord, { closure: closure.id }) : [];
  const recorded = new Map(records.map((r) => [r.student.id, r]));
  const students = await ctx.em.find(Student, recorded.size ? { $or: [{ cohort: cohort.code }, { id: { $in: [...recorded.keys()] } }] } : { cohort: cohort.code }, {
    populate: ['academicTutor'],
    orderBy: { lastName: 'asc', firstName: 'asc', id: 'asc' },
  });
  const contracts = await ctx.em.find(Contract, { student: { $in: students.map((s) => s.id) }, status: 'ACTIVE', mission: { cohort: cohort.code } }, { populate: ['mission', 'mission.tutor1', 'student'], orderBy: { startDate: 'desc' } });
  const contractOf = new Map<string, Contract>();
  for (const c of contracts) if (!contractOf.has(c.student.id)) contractOf.set(c.student.id, c);
  const errors: UserError[] = [];
  const chosen = new Map<string, YearOutcomeInput>();
  outcomes.forEach((o, index) => {
    if (!students.some((s) => s.id === o.studentId)) errors.push({ code: 'NOT_FOUND', field: `outcomes.${index}.studentId`, index, message: `Cet(te) étudiant(e) n’est pas de la formation ${cohort.code} : ${o.studentId}.` });
    else if (!OUTCOMES.includes(o.outcome)) errors.push({ code: 'BAD_USER_INPUT', field: `outcomes.${index}.outcome`, index, message: `Issue inconnue : ${o.outcome}.` });
    else chosen.set(o.studentId, o);
  });
  const rows = students.map((student): YearChangeRowModel => {
    const contract = contractOf.get(student.id) ?? null;
    const choice = recorded.get(student.id) ?? chosen.get(student.id);
    const outcome = choice?.outcome ?? 'PASSES';
    const opcoAgreement = choice?.opcoAgreement === true;
    const input: ContractInput = contract
      ? missionContractInput(contract.mission, student, { contractType: contract.contractType, startDate: contract.startDate, endDate: contract.endDate, monthlyGrossPay: toEuros(contract.monthlyGrossPayCents) ?? undefined })
      : { cohort: cohort.code, status: student.status, contractType: 'SANS' };
    const change = yearChange({ outcome, programme, contract: input, opcoAgreement }, data);
    const nextCohort = change.nextCohort ? findCohort(data, change.nextCohort) : undefined;
    return {
      student,
      studentVersion: student.version,
      contract,
      outcome,
      opcoAgreement,
      closingProgramme: programme,
      nextProgramme: change.nextYear?.programme ?? null,
      nextCalendar: change.nextYear?.calendar ?? null,
      nextYearFrom: change.nextYear?.ddf ?? null,
      nextYearTo: change.nextYear?.dff ?? null,
      payBefore: change.payBefore,
      payAfter: change.payAfter,
      nextYearHours: change.nextYearHours,
      newContractNeeded: change.newContractNeeded,
      nextCohort: change.nextCohort,
      nextCampaignCloses: data.campaigns.find((c) => c.code === nextCohort?.campaign)?.closes ?? null,
      tutorAssignmentToRedo: change.tutorAssignmentToRedo,
      currentAcademicTutor: student.academicTutor?.displayName ?? null,
      contractEnds: change.contractEnds,
      repeatedYear: change.repeatedYear,
      findings: change.findings,
    };
  });
  return { preview: { cohort: cohort.code, programme, closedOn: closure?.closedOn ?? null, rows }, errors };
}

export async function previewYearChange(ctx: ServiceContext, cohort: string, programme: string, outcomes: readonly YearOutcomeInput[] | null | undefined): Promise<YearChangePreviewModel> {
  authorize(ctx.actor, 'year:close');
  try {
    const { preview, errors } = await computePreview(ctx, cohort, programme, outcomes ?? []);
    if (errors.length) throw new BusinessError(errors);
    return preview;
  } catch (error) {
    // A query has no payload: its input errors are GraphQL errors naming the field.
    if (error instanceof BusinessError) throw apiError('BAD_USER_INPUT', error.errors[0]!.message, error.errors[0]!.field ?? undefined);
    throw error;
  }
}

/** One line per change, for the notices. */
/** The outcome's lines for one reader: the minimum pay (§4.2) only to those who may read the PAY topic. */
function details(row: YearChangeRowModel, withPay: boolean, nextCohort: Cohort | undefined, data: ReferenceData): string[] {
  const lines: string[] = [];
  if (row.nextProgramme) lines.push(`Année ${row.nextProgramme} du ${formatDateFr(row.nextYearFrom!)} au ${formatDateFr(row.nextYearTo!)}, avec le même contrat (calendrier ${row.nextCalendar ?? 'à venir'}).`);
  if (withPay && row.payAfter && row.payBefore && row.payAfter.ratePercent !== row.payBefore.ratePercent) {
    // The day the grid row changes (§4.2 remark: the M2's DDF, the first of the next month, or the contract's anniversary).
    lines.push(`Rémunération minimale : ${row.payBefore.ratePercent} % puis ${row.payAfter.ratePercent} % à partir du ${formatDateFr(row.payAfter.from)} (${formatEuros(row.payAfter.monthlyMinimumGross)} brut mensuel à temps plein).`);
  }
  if (row.nextYearHours !== null) lines.push(`Heures de formation de l’année : ${String(row.nextYearHours).replace('.', ',')} h.`);
  if (row.newContractNeeded) lines.push(newContractLine(row, nextCohort));
  if (row.tutorAssignmentToRedo) lines.push('Le tuteur universitaire sera de nouveau affecté.');
  for (const f of row.findings) lines.push(f.message);
  // §4.5 as it applies to this repeater: the prorogation, the new alternance, the year without one, the legal minimum of hours.
  if (row.repeatedYear) lines.push(...repeatedYearNotice(row.repeatedYear, data));
  if (row.contractEnds && row.outcome !== 'REPEATS') lines.push('L’alternance prend fin avec cette année.');
  return lines;
}

/** §2.1.2: the next year needs a new contract — where the record goes, and by when its mission is validated. */
function newContractLine(row: YearChangeRowModel, nextCohort: Cohort | undefined): string {
  const year = nextCohort?.years[0];
  const where = nextCohort && year
    ? ` : le dossier passe dans la formation ${nextCohort.label} (du ${formatDateFr(year.ddf)} au ${formatDateFr(year.dff)}).`
    : ' : le pôle alternance inscrira le dossier dans la formation de cette année.';
  const by = row.nextCampaignCloses ? `, au plus tard le ${formatDateFr(row.nextCampaignCloses)},` : '';
  return `L’année suivante se fait avec un nouveau contrat d’alternance (§2.1.2 du guide)${where} La mission de ce contrat est à faire valider pendant la campagne de validation${by} au moins 10 jours ouvrables avant son début (§3.3).`;
}

/**
 * The manager closes a training year for a cohort, in one transaction and one audit event:
 * each student's outcome is recorded with what the preview showed; a repeater is marked
 * `repeating`; an academic-tutor assignment to redo is cleared (issue 12 rebuilds them);
 * an M1 repeater's OPCO agreement is stored with its document; notices go out by mail.
 * A student changed since the preview (version) is refused, as is a second closure.
 */
export async function closeTrainingYear(ctx: ServiceContext, cohort: string, programme: string, outcomes: readonly YearOutcomeInput[]): Promise<YearChangePreviewModel> {
  const actor = authorize(ctx.actor, 'year:close');
  try {
    return await unitOfWork(ctx, async () => {
      const { preview, errors } = await computePreview(ctx, cohort, programme, outcomes);
      if (preview.closedOn) errors.push({ code: 'YEAR_ALREADY_CLOSED', field: 'programme', message: `L’année ${programme} de ${preview.cohort} a déjà été clôturée le ${formatDateFr(preview.closedOn)}.` });
      outcomes.forEach((o, index) => {
        const row = preview.rows.find((r) => r.student.id === o.studentId);
        if (!row) return;
        if (o.version !== null && o.version !== undefined && o.version !== row.studentVersion) {
          errors.push({ code: 'CONFLICT', field: `outcomes.${index}.version`, index, message: `Le dossier de ${row.student.firstName} ${row.student.lastName} a été modifié depuis l’aperçu : rechargez-le.` });
        }
        if (o.opcoAgreement && !row.repeatedYear?.mustBreakUnlessOpcoAgrees) {
          errors.push({ code: 'BAD_USER_INPUT', field: `outcomes.${index}.opcoAgreement`, index, message: 'L’accord de l’OPCO ne concerne qu’un redoublement du M1 sous contrat (§4.5).' });
        }
        if (o.opcoAgreement && !o.opcoDocument) {
          errors.push({ code: 'BAD_USER_INPUT', field: `outcomes.${index}.opcoDocument`, index, message: 'Joignez le document de l’OPCO qui donne son accord exprès (§4.5).' });
        }
      });
      if (errors.length) throw new BusinessError(errors);
      const now = ctx.clock.now();
      const closure = new YearClosure();
      Object.assign(closure, { cohort: preview.cohort, programme, closedOn: ctx.clock.today(), closedBy: actor.id });
      ctx.em.persist(closure);
      const inputOf = new Map(outcomes.map((o) => [o.studentId, o]));
      const counts = { PASSES: 0, REPEATS: 0, LEAVES: 0 };
      const data = await ctx.referenceData();
      const moved: { name: string; cohortLabel: string; group: string | null; link: string }[] = [];
      const unmoved: { name: string; link: string }[] = [];
      for (const row of preview.rows) {
        counts[row.outcome] += 1;
        const record = new YearOutcomeRecord();
        const { student, contract } = row;
        Object.assign(record, {
          closure,
          student,
          outcome: row.outcome,
          contract,
          opcoAgreement: row.opcoAgreement,
          changes: {
            nextProgramme: row.nextProgramme,
            nextCalendar: row.nextCalendar,
            payBefore: row.payBefore,
            payAfter: row.payAfter,
            nextYearHours: row.nextYearHours,
            newContractNeeded: row.newContractNeeded,
            nextCohort: row.nextCohort,
            tutorAssignmentToRedo: row.tutorAssignmentToRedo,
            contractEnds: row.contractEnds,
            findings: row.findings.map((f) => f.code),
          },
        });
        const document = inputOf.get(student.id)?.opcoDocument;
        if (row.opcoAgreement && document) {
          const index = outcomes.findIndex((o) => o.studentId === student.id);
          record.opcoDocumentId = storeDocument(ctx.em, document, { type: 'YEAR_OUTCOME', id: record.id }, actor.id, `outcomes.${index}.opcoDocument`).id;
        }
        ctx.em.persist(record);
        student.repeating = row.outcome === 'REPEATS';
        if (row.tutorAssignmentToRedo) student.academicTutor = null;
        const nextCohort = row.nextCohort ? findCohort(data, row.nextCohort) : undefined;
        if (row.newContractNeeded) {
          // §2.1.2: the next year is followed with a new contract — its fiche is of that year's cohort (its campaign, Tableau 5).
          const link = `${ctx.publicUrl}/etudiants/${student.id}`;
          const name = `${student.firstName} ${student.lastName}`;
          if (nextCohort) {
            const before = { cohort: student.cohort, group: student.group, site: student.site };
            Object.assign(student, { cohort: nextCohort.code, ...placementOnCohortChange({ cohort: nextCohort.code, group: student.group }, data) });
            const fields = (['cohort', 'group', 'site'] as const).filter((f) => before[f] !== student[f]);
            audit(ctx.em, actor, { entityType: 'Student', entityId: student.id, action: 'UPDATE', fields, comment: `Clôture de l’année ${programme} de ${preview.cohort} : nouveau contrat pour l’année suivante (§2.1.2)` }, now);
            moved.push({ name, cohortLabel: nextCohort.label, group: student.group, link });
          } else {
            unmoved.push({ name, link });
          }
        }
        const recipients: { name: string; email: string; role: 'STUDENT' | 'COMPANY_TUTOR' }[] = [{ name: `${student.firstName} ${student.lastName}`, email: student.email, role: 'STUDENT' }];
        const tutor = contract?.mission.tutor1;
        // The company tutor reads no pay (COMPANY_CONTACT_READING, §3.1, §4.2): their notice leaves the minimum pay out.
        if (tutor) recipients.push({ name: `${tutor.firstName} ${tutor.lastName}`, email: tutor.email, role: 'COMPANY_TUTOR' });
        // Written after the outcome (a tutor assignment to redo is gone): the tutor reads whom to contact now.
        const contacts = tutor ? await companyContactsBlock(ctx.em, await ctx.referenceData(), student, contract?.contractType ?? null) : '';
        for (const r of recipients) {
          const content = yearOutcomeMail({ recipientName: r.name, studentName: `${student.firstName} ${student.lastName}`, programme, outcome: row.outcome, details: details(row, roleMayRead(r.role, 'PAY'), nextCohort, data) });
          enqueueMail(ctx.em, r.email, 'YEAR_OUTCOME', r.role === 'COMPANY_TUTOR' ? withContacts(content, contacts) : content, contract?.mission.id ?? null, now);
        }
      }
      if (moved.length || unmoved.length) {
        const closingCohort = findCohort(data, preview.cohort)!;
        const nextProgramme = closingCohort.years[closingCohort.years.findIndex((y) => y.programme === programme) + 1]?.programme ?? '';
        const content = newContractYearOfficeMail({ cohortLabel: closingCohort.label, programme, nextProgramme, moved, unmoved });
        const office = new Set([...(await emailsOfRole(ctx, 'MANAGER')), ...(await emailsOfRole(ctx, 'SECRETARIAT'))]);
        for (const email of office) enqueueMail(ctx.em, email, 'YEAR_OUTCOME', content, null, now);
      }
      audit(ctx.em, actor, { entityType: 'YearClosure', entityId: closure.id, action: 'CLOSE_YEAR', fields: moved.length ? ['outcome', 'repeating', 'academicTutor', 'cohort'] : ['outcome', 'repeating', 'academicTutor'], comment: `${preview.cohort} ${programme} : ${counts.PASSES} passent, ${counts.REPEATS} redoublent, ${counts.LEAVES} partent` }, now);
      return { ...preview, closedOn: closure.closedOn };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new BusinessError([{ code: 'YEAR_ALREADY_CLOSED', field: 'programme', message: `L’année ${programme} de ${cohort} vient d’être clôturée par quelqu’un d’autre.` }]);
    }
    throw error;
  }
}
