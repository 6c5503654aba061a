import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { addDays, type IsoDate, type ReferenceData } from '@alternance/domain';
import { readRows } from '../../db/read-rows.js';
import type { Student } from './people.entities.js';

/**
 * FC students whose convention de formation (§2.1.1 note 5, §2.1.2 note 7) is not recorded and
 * falls due on or before `limit`: the domain's due date is the earliest of the day before the
 * cohort's DDF and the student's TRAINING_AGREEMENT_SFCA items (fcTrainingAgreement), so it is on
 * or before `limit` exactly when one of them is. Two statements, whatever the number of students:
 * the cohorts come from the reference data, the items from one SELECT of the open ones.
 */
export async function fcAgreementsDueBy(em: EntityManager, data: ReferenceData, limit: IsoDate): Promise<FilterQuery<Student>> {
  const cohorts = data.cohorts.filter((c) => addDays(c.ddf, -1) <= limit).map((c) => c.code);
  const rows = await readRows(
    em,
    `select distinct "c"."student_id" as "studentId" from "checklist_item" "ci" join "contract" "c" on "c"."id" = "ci"."contract_id" join "student" "s" on "s"."id" = "c"."student_id"` +
      ` where "ci"."code" = 'TRAINING_AGREEMENT_SFCA' and "ci"."due_date" <= ? and "s"."status" = 'FC' and "s"."training_agreement_signed_on" is null`,
    [limit],
  );
  return { status: 'FC', trainingAgreementSignedOn: null, $or: [{ cohort: { $in: cohorts } }, { id: { $in: rows.map((r) => String(r.studentId)) } }] };
}

/** The due dates of the TRAINING_AGREEMENT_SFCA items of these students' contracts, in one statement. */
export async function trainingAgreementItemDueDates(em: EntityManager, studentIds: readonly string[]): Promise<Map<string, string[]>> {
  const byStudent = new Map<string, string[]>();
  if (studentIds.length === 0) return byStudent;
  const rows = await readRows(
    em,
    `select "ci"."due_date" as "dueDate", "c"."student_id" as "studentId" from "checklist_item" "ci" join "contract" "c" on "c"."id" = "ci"."contract_id"` +
      ` where "ci"."code" = 'TRAINING_AGREEMENT_SFCA' and "c"."student_id" in (${studentIds.map(() => '?').join(', ')})`,
    [...studentIds],
  );
  for (const row of rows) {
    const id = String(row.studentId);
    byStudent.set(id, [...(byStudent.get(id) ?? []), String(row.dueDate)]);
  }
  return byStudent;
}

/**
 * How many FC students fcAgreementsDueBy names, in one statement the dashboard can afford at a
 * university's scale: its predicates written as literals, so that PostgreSQL reads the open
 * conventions from their partial indexes (Migration20261210360000) rather than every student.
 */
export async function countFcAgreementsDueBy(em: EntityManager, data: ReferenceData, limit: IsoDate): Promise<number> {
  const cohorts = data.cohorts.filter((c) => addDays(c.ddf, -1) <= limit).map((c) => c.code);
  const byCohort = cohorts.length ? `"s"."cohort" in (${cohorts.map(() => '?').join(', ')})` : 'false';
  const [row] = await readRows(
    em,
    `select count(*) as "count" from "student" "s" where "s"."status" = 'FC' and "s"."training_agreement_signed_on" is null and (${byCohort}` +
      ` or exists (select 1 from "checklist_item" "ci" join "contract" "c" on "c"."id" = "ci"."contract_id" where "c"."student_id" = "s"."id" and "ci"."code" = 'TRAINING_AGREEMENT_SFCA' and "ci"."due_date" <= ?))`,
    [...cohorts, limit],
  );
  return Number(row?.count ?? 0);
}
