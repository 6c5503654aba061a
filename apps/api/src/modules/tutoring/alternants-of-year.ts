import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { FilterQuery } from '@mikro-orm/core';
import { ALTERNANCE_CONTRACT_TYPES, academicYearOf, findCohort, trainingYearOf, type CohortYear, type ContractDays, type ReferenceData } from '@alternance/domain';
import type { ServiceContext } from '../../shared/service-context.js';
import { Contract } from '../contracts/contract.entities.js';
import type { Student } from '../people/people.entities.js';

/** An alternant of an academic year: a validated alternance contract (§2.1) running during the cohort's training year. */
export interface AlternantOfYear {
  student: Student;
  contract: Contract;
  year: CohortYear;
  /** The contract's start and last day (its end, or the rupture's): the visits are due within them (visitDueWindow, §4.6). */
  contractDays: ContractDays | null;
}

/** What places an alternant of a year in a list (and says whether they are late), without their whole records. */
export interface AlternantKey {
  studentId: string;
  contractId: string;
  academicTutorId: string | null;
  year: CohortYear;
  contractDays: ContractDays | null;
}

/** Academic years the reference data's cohorts run in, latest first. */
export function academicYearsOf(data: ReferenceData): string[] {
  return [...new Set(data.cohorts.flatMap((c) => c.years.map((y) => academicYearOf(y.ddf))))].sort().reverse();
}

// One collator for a whole sort: `localeCompare(…, 'fr')` builds one per comparison.
const byNameFr = new Intl.Collator('fr');

const alternanceContracts = (studentWhere: FilterQuery<Student>) => ({
  student: studentWhere,
  mission: { state: 'VALIDATED' },
  contractType: { $in: [...ALTERNANCE_CONTRACT_TYPES] },
});

/**
 * The alternants of `academicYear` among the students `studentWhere` allows (the caller's
 * scope), one per student — their latest contract of that year — by name, as keys: only the
 * columns that decide (issue 15: a cohort's whole contracts, missions and tutors were loaded
 * to show one page of them). Each cohort's training year is looked up once, not per alternant.
 */
export async function alternantKeysOfYear(ctx: ServiceContext, academicYear: string, studentWhere: FilterQuery<Student>): Promise<AlternantKey[]> {
  const data = await ctx.referenceData();
  // Plain rows, not entities: hydrating a thousand partial contracts cost forty times the statement.
  const rows = (await (ctx.em as SqlEntityManager)
    .createQueryBuilder(Contract, 'c')
    .select(['c.id as id', 'c.start_date as start_date', 'c.end_date as end_date', 's.id as student_id', 's.first_name as first_name', 's.last_name as last_name', 's.cohort as cohort', 's.academic_tutor_id as academic_tutor_id', 'm.broken_on as broken_on'])
    .join('c.student', 's')
    .join('c.mission', 'm')
    .where(alternanceContracts(studentWhere))
    .orderBy({ startDate: 'desc', id: 'asc' })
    .execute('all', false)) as {
    id: string;
    start_date: string;
    end_date: string;
    student_id: string;
    first_name: string;
    last_name: string;
    cohort: string;
    academic_tutor_id: string | null;
    broken_on: string | null;
  }[];
  const years = new Map<string, CohortYear | null>();
  const yearOf = (cohortCode: string): CohortYear | null => {
    if (!years.has(cohortCode)) {
      const cohort = findCohort(data, cohortCode);
      years.set(cohortCode, cohort ? trainingYearOf(cohort, academicYear) : null);
    }
    return years.get(cohortCode) ?? null;
  };
  const byStudent = new Map<string, { key: AlternantKey; lastName: string; firstName: string }>();
  for (const row of rows) {
    if (byStudent.has(row.student_id)) continue;
    const year = yearOf(row.cohort);
    if (!year) continue;
    // A contract ended by a rupture stops where the rupture put it (§10).
    const end = row.broken_on && row.broken_on < row.end_date ? row.broken_on : row.end_date;
    if (row.start_date > year.dff || end < year.ddf) continue;
    byStudent.set(row.student_id, {
      key: { studentId: row.student_id, contractId: row.id, academicTutorId: row.academic_tutor_id, year, contractDays: { start: row.start_date, lastDay: end } },
      lastName: row.last_name,
      firstName: row.first_name,
    });
  }
  return [...byStudent.values()]
    .sort((a, b) => byNameFr.compare(a.lastName, b.lastName) || byNameFr.compare(a.firstName, b.firstName) || a.key.studentId.localeCompare(b.key.studentId))
    .map((r) => r.key);
}

/** The whole records of some alternants' keys (the page shown), in the keys' order: one statement. */
export async function alternantsOfKeys(ctx: ServiceContext, keys: readonly AlternantKey[]): Promise<AlternantOfYear[]> {
  if (keys.length === 0) return [];
  const contracts = await ctx.em.find(
    Contract,
    { id: { $in: keys.map((k) => k.contractId) } },
    // Both company tutors (§3.1): the row names them; in the same statement, not one query per row.
    { populate: ['student', 'student.academicTutor', 'mission', 'mission.organisation', 'mission.workOrganisation', 'mission.tutor1', 'mission.tutor2'] },
  );
  const byId = new Map(contracts.map((c) => [c.id, c]));
  return keys.flatMap((k) => {
    const contract = byId.get(k.contractId);
    return contract ? [{ student: contract.student, contract, year: k.year, contractDays: k.contractDays }] : [];
  });
}
