import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { academicTutorDeadline, checkAcademicTutorAssigned, checkLateVisit, visitCompanyTutors, visitDueWindow, visitTookPlace, type CohortYear, type ContractDays, type IsoDate, type VisitOptions } from '@alternance/domain';
import { toGqlFinding, type GqlFinding } from '../../graphql/payload.js';
import type { ServiceContext } from '../../shared/service-context.js';
import type { User } from '../auth/auth.entities.js';
import type { Student } from '../people/people.entities.js';
import { Visit } from '../visits/visit.entity.js';
import { readRows } from '../../db/read-rows.js';
import type { AlternantOfYear } from './alternants-of-year.js';
import { plainVisitsOf } from './follow-up-rows.js';

/** One row of the follow-up (GraphQL AlternantFollowUp). */
export interface AlternantFollowUpModel {
  student: Student;
  missionId: string;
  contractId: string;
  /** The livret of the year once opened (§4.7): what the tutor reads next to the visits. */
  livretId: string | null;
  programme: string;
  trainingStart: string;
  trainingEnd: string;
  organisationName: string | null;
  /** Where an on-site visit goes (§4.6): the address of the organisation the alternant works at. */
  visitAddress: string | null;
  companyTutorName: string | null;
  /** The contract's company tutors (§3.1: one or two), tutor 1 first. */
  companyTutorNames: string[];
  academicTutor: User | null;
  assignmentDeadline: string;
  visits: Visit[];
  visitWindows: { visitNumber: number; from: string; to: string }[];
  findings: GqlFinding[];
}

/**
 * The visit rules of the year's training years, each computed once per training year and
 * contract days (the alternants of a cohort mostly share its DDF, programme and contract
 * dates), not once per alternant. The visits are due within the contract's days
 * (visitDueWindow, §4.6): a contract ended before a window asks for no visit in it.
 */
export function visitRulesOfYear(today: IsoDate, options: VisitOptions) {
  const late = new Map<string, ReturnType<typeof checkLateVisit>>();
  const windows = new Map<string, { visitNumber: number; from: string; to: string }[]>();
  const yearKey = (year: CohortYear, days: ContractDays | null) => `${year.programme}|${year.ddf}|${days ? `${days.start}|${days.lastDay}` : ''}`;
  return {
    lateFindings(year: CohortYear, visitNumber: 1 | 2, held: boolean, contract: ContractDays | null) {
      const key = `${yearKey(year, contract)}|${visitNumber}|${held}`;
      if (!late.has(key)) late.set(key, checkLateVisit({ visitNumber, programme: year.programme, yearDdf: year.ddf, held, contract }, today, options));
      return late.get(key)!;
    },
    /** The windows in which the visits are due; a visit no longer asked for has none. */
    windows(year: CohortYear, contract: ContractDays | null) {
      const key = yearKey(year, contract);
      if (!windows.has(key)) {
        windows.set(
          key,
          ([1, 2] as const).flatMap((n) => {
            const w = visitDueWindow(n, year.programme, year.ddf, contract, options);
            return w ? [{ visitNumber: n, from: w.from, to: w.to }] : [];
          }),
        );
      }
      return windows.get(key)!;
    },
  };
}

/** The follow-up rows of some alternants of a year (a page): their visits and livrets (one statement each) and what the domain says is late. */
export async function followUpOf(ctx: ServiceContext, academicYear: string, alternants: AlternantOfYear[], visitPick?: readonly string[] | null): Promise<AlternantFollowUpModel[]> {
  const data = await ctx.referenceData();
  const workflow = data.settings.workflow;
  const today = ctx.clock.today();
  const rules = visitRulesOfYear(today, { visitMonths: workflow?.visitMonths });
  const ids = alternants.map((a) => a.student.id);
  // Plain rows when the page asks only the visits' own columns (follow-up-rows.ts), entities
  // otherwise; the visits and the livrets at once, each on a connection (issue 15: one round
  // trip less to wait for on a loaded server).
  const [visits, livrets] = await Promise.all([
    visitPick ? plainVisitsOf(ctx, ids, academicYear, visitPick) : ids.length ? ctx.em.find(Visit, { student: { $in: ids }, academicYear, state: { $ne: 'CANCELLED' } }, { orderBy: { visitNumber: 'asc', id: 'asc' } }) : [],
    ids.length
      ? (readRows(ctx.em as SqlEntityManager, `select "l"."id" as "id", "l"."student_id" as "student_id" from "livret" "l" where "l"."student_id" in (${ids.map(() => '?').join(', ')}) and "l"."academic_year" = ?`, [...ids, academicYear]) as Promise<
          { id: string; student_id: string }[]
        >)
      : [],
  ]);
  const visitsOf = new Map<string, Visit[]>();
  for (const v of visits) visitsOf.set(v.student.id, [...(visitsOf.get(v.student.id) ?? []), v]);
  const livretOf = new Map(livrets.map((l) => [l.student_id, l.id]));
  return alternants.map(({ student, contract, year, contractDays }) => {
    const own = visitsOf.get(student.id) ?? [];
    // The visit took place once its report is recorded or its planned day is past: its report is then
    // due (« compte rendu à saisir », visitReportStage), the visit is not late (§4.6).
    const held = (n: 1 | 2): boolean => own.some((v) => v.visitNumber === n && visitTookPlace({ state: v.state, date: v.date }, today));
    const findings = [
      ...checkAcademicTutorAssigned({ assigned: student.academicTutor !== null, ddfOfYear: year.ddf }, today, { deadline: workflow?.academicTutorDeadline }),
      ...rules.lateFindings(year, 1, held(1), contractDays),
      ...rules.lateFindings(year, 2, held(2), contractDays),
    ];
    const mission = contract.mission;
    const tutor = mission.tutor1;
    return {
      student,
      missionId: mission.id,
      contractId: contract.id,
      livretId: livretOf.get(student.id) ?? null,
      programme: year.programme,
      trainingStart: year.ddf,
      trainingEnd: year.dff,
      organisationName: mission.organisation?.name ?? null,
      // The fiche's work organisation when the mission is carried out elsewhere than at the host (§3.3.2).
      visitAddress: (mission.workOrganisation ?? mission.organisation)?.address?.trim() || null,
      companyTutorName: tutor ? `${tutor.firstName} ${tutor.lastName}` : null,
      companyTutorNames: (tutor ? visitCompanyTutors(tutor, mission.tutor2) : mission.tutor2 ? [mission.tutor2] : []).map((t) => `${t.firstName} ${t.lastName}`),
      academicTutor: student.academicTutor,
      assignmentDeadline: academicTutorDeadline(year.ddf, { deadline: workflow?.academicTutorDeadline }),
      visits: own,
      visitWindows: rules.windows(year, contractDays),
      findings: findings.map(toGqlFinding),
    };
  });
}
