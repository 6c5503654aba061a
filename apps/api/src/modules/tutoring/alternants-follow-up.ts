import { academicTutorDeadline, checkAcademicTutorAssigned, checkLateVisit, visitWindow } from '@alternance/domain';
import { toGqlFinding, type GqlFinding } from '../../graphql/payload.js';
import type { ServiceContext } from '../../shared/service-context.js';
import type { User } from '../auth/auth.entities.js';
import type { Student } from '../people/people.entities.js';
import { Visit } from '../visits/visit.entity.js';
import { Livret } from '../livret/livret.entities.js';
import type { AlternantOfYear } from './alternants-of-year.js';

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
  companyTutorName: string | null;
  academicTutor: User | null;
  assignmentDeadline: string;
  visits: Visit[];
  visitWindows: { visitNumber: number; from: string; to: string }[];
  findings: GqlFinding[];
}

/** The follow-up rows of some alternants of a year: their visits (one query) and what the domain says is late. */
export async function followUpOf(ctx: ServiceContext, academicYear: string, alternants: AlternantOfYear[]): Promise<AlternantFollowUpModel[]> {
  const data = await ctx.referenceData();
  const workflow = data.settings.workflow;
  const today = ctx.clock.today();
  const visits = alternants.length
    ? await ctx.em.find(Visit, { student: { $in: alternants.map((a) => a.student.id) }, academicYear, state: { $ne: 'CANCELLED' } }, { orderBy: { visitNumber: 'asc' } })
    : [];
  const livrets = alternants.length ? await ctx.em.find(Livret, { student: { $in: alternants.map((a) => a.student.id) }, academicYear }, { fields: ['student'] }) : [];
  return alternants.map(({ student, contract, year }) => {
    const own = visits.filter((v) => v.student.id === student.id);
    const held = (n: 1 | 2): boolean => own.some((v) => v.visitNumber === n && v.state === 'HELD');
    const options = { visitMonths: workflow?.visitMonths };
    const findings = [
      ...checkAcademicTutorAssigned({ assigned: student.academicTutor !== null, ddfOfYear: year.ddf }, today, { deadline: workflow?.academicTutorDeadline }),
      ...checkLateVisit({ visitNumber: 1, programme: year.programme, yearDdf: year.ddf, held: held(1) }, today, options),
      ...checkLateVisit({ visitNumber: 2, programme: year.programme, yearDdf: year.ddf, held: held(2) }, today, options),
    ];
    const windows = ([1, 2] as const).flatMap((n) => {
      const w = visitWindow(n, year.programme, year.ddf, options);
      return w ? [{ visitNumber: n, ...w }] : [];
    });
    const mission = contract.mission;
    const tutor = mission.tutor1;
    return {
      student,
      missionId: mission.id,
      contractId: contract.id,
      livretId: livrets.find((l) => l.student.id === student.id)?.id ?? null,
      programme: year.programme,
      trainingStart: year.ddf,
      trainingEnd: year.dff,
      organisationName: mission.organisation?.name ?? null,
      companyTutorName: tutor ? `${tutor.firstName} ${tutor.lastName}` : null,
      academicTutor: student.academicTutor,
      assignmentDeadline: academicTutorDeadline(year.ddf, { deadline: workflow?.academicTutorDeadline }),
      visits: own,
      visitWindows: windows,
      findings: findings.map(toGqlFinding),
    };
  });
}
