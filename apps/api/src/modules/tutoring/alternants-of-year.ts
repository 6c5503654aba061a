import type { FilterQuery } from '@mikro-orm/core';
import { ALTERNANCE_CONTRACT_TYPES, academicYearOf, findCohort, trainingYearOf, type CohortYear, type ReferenceData } from '@alternance/domain';
import type { ServiceContext } from '../../shared/service-context.js';
import { Contract } from '../contracts/contract.entities.js';
import type { Student } from '../people/people.entities.js';

/** An alternant of an academic year: a validated alternance contract (§2.1) running during the cohort's training year. */
export interface AlternantOfYear {
  student: Student;
  contract: Contract;
  year: CohortYear;
}

/** Academic years the reference data's cohorts run in, latest first. */
export function academicYearsOf(data: ReferenceData): string[] {
  return [...new Set(data.cohorts.flatMap((c) => c.years.map((y) => academicYearOf(y.ddf))))].sort().reverse();
}

/**
 * The alternants of `academicYear` among the students `studentWhere` allows (the caller's
 * scope), one row per student — their latest contract of that year — by name.
 */
export async function alternantsOfYear(ctx: ServiceContext, academicYear: string, studentWhere: FilterQuery<Student>): Promise<AlternantOfYear[]> {
  const data = await ctx.referenceData();
  const contracts = await ctx.em.find(
    Contract,
    { student: studentWhere, mission: { state: 'VALIDATED' }, contractType: { $in: [...ALTERNANCE_CONTRACT_TYPES] } },
    { populate: ['student', 'student.academicTutor', 'mission', 'mission.organisation', 'mission.tutor1', 'mission.tutor2'], orderBy: { startDate: 'desc' } },
  );
  const byStudent = new Map<string, AlternantOfYear>();
  for (const contract of contracts) {
    const student = contract.student;
    if (byStudent.has(student.id)) continue;
    const cohort = findCohort(data, student.cohort);
    const year = cohort ? trainingYearOf(cohort, academicYear) : null;
    if (!year) continue;
    // A contract ended by a rupture stops where the rupture put it (§10).
    const end = contract.mission.brokenOn && contract.mission.brokenOn < contract.endDate ? contract.mission.brokenOn : contract.endDate;
    if (contract.startDate > year.dff || end < year.ddf) continue;
    byStudent.set(student.id, { student, contract, year });
  }
  return [...byStudent.values()].sort((a, b) => a.student.lastName.localeCompare(b.student.lastName, 'fr') || a.student.firstName.localeCompare(b.student.firstName, 'fr') || a.student.id.localeCompare(b.student.id));
}
