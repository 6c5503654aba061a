import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { Actor } from '../../shared/actor.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { BusinessError, type UserError } from '../../shared/errors.js';
import { yieldToOthers, type PlannedRow } from './roster-import-check.js';
import { RosterImportStagedRow } from './roster-import-staged-row.entity.js';

/** The audit action of a mission written by the roster import (written in SQL, not through audit()). */
const IMPORT: AuditAction = 'IMPORT';

/**
 * The import's writes (issue 10 §1). The check stages each chunk of rows in its own short
 * transaction (`stageRosterChunk`); then `applyRosterImport` copies every staged row into
 * the real tables in one transaction of a few set-based statements (INSERT … SELECT,
 * UPDATE … FROM the staging table: their number does not grow with the rows), and deletes
 * them. On SQLite the API's one connection is thus held for the short apply step only, not
 * for the whole import; on PostgreSQL no row lock is held while the rows are checked.
 */

const STAGED = '"roster_import_staged_row"';

/** The columns an import writes, as `[column of the real table, value from the staged row "s"]`. */
const STUDENT_VALUES: readonly (readonly [string, string])[] = [
  ['last_name', 's."last_name"'],
  ['first_name', 's."first_name"'],
  ['sort_name', 's."sort_name"'],
  ['birth_date', 's."birth_date"'],
  ['cohort', 's."student_cohort"'],
  ['status', 's."status"'],
  ['repeating', 's."repeating"'],
  ['professionalisation_validated', 's."professionalisation_validated"'],
  ['foreign', 's."foreign"'],
  ['apt_obtained', 's."apt_obtained"'],
];
const MISSION_VALUES: readonly (readonly [string, string])[] = [
  ['cohort', 's."cohort"'],
  ['group', 's."group"'],
  ['contract_type', 's."contract_type"'],
  ['start_date', 's."start_date"'],
  ['end_date', 's."end_date"'],
  ['monthly_gross_pay_cents', 's."monthly_gross_pay_cents"'],
  ['title', 's."title"'],
  ['state', 's."state"'],
  ['request_date', 's."request_date"'],
  ['findings', 's."findings"'],
  ['finding_codes', 's."finding_codes"'],
  ['open_for', 's."open_for"'],
];

/**
 * `UPDATE table … FROM` the staged rows of a job whose version still is the one read. The
 * version moves (and updated_at) only when a value changes, as the ORM's flush did.
 */
function updateFromStaged(table: string, values: readonly (readonly [string, string])[], idColumn: string, versionColumn: string): string {
  const differs = values.map(([column, value]) => `"${table}"."${column}" is distinct from ${value}`).join(' or ');
  const sets = values.map(([column, value]) => `"${column}" = ${value}`).join(', ');
  return (
    `update "${table}" set ${sets}, "version" = "${table}"."version" + (case when ${differs} then 1 else 0 end),` +
    ` "updated_at" = (case when ${differs} then s."staged_at" else "${table}"."updated_at" end)` +
    ` from ${STAGED} s where s."job_id" = ? and s."${versionColumn}" is not null and "${table}"."id" = s."${idColumn}" and "${table}"."version" = s."${versionColumn}"`
  );
}

const INSERT_ORGANISATIONS = `insert into "organisation" ("id", "version", "created_at", "updated_at", "name", "siret") select s."organisation_id", 1, s."staged_at", s."staged_at", s."organisation_name", s."organisation_siret" from ${STAGED} s where s."job_id" = ? and s."organisation_new"`;

const INSERT_STUDENTS =
  `insert into "student" ("id", "version", "created_at", "updated_at", "email", ${STUDENT_VALUES.map(([c]) => `"${c}"`).join(', ')})` +
  ` select s."student_id", 1, s."staged_at", s."staged_at", s."email", ${STUDENT_VALUES.map(([, v]) => v).join(', ')} from ${STAGED} s where s."job_id" = ? and s."student_version" is null`;

const UPDATE_STUDENTS = updateFromStaged('student', STUDENT_VALUES, 'student_id', 'student_version');

// A mission's OPA is kept when the row names none; its stateSince moves when its state does.
const UPDATE_MISSIONS = updateFromStaged(
  'mission',
  [...MISSION_VALUES, ['organisation_id', 'coalesce(s."organisation_id", "mission"."organisation_id")'], ['state_since', '(case when "mission"."state" = s."state" then "mission"."state_since" else s."staged_at" end)']],
  'mission_id',
  'mission_version',
);

const INSERT_MISSIONS =
  `insert into "mission" ("id", "version", "created_at", "updated_at", "student_id", "organisation_id", "state_since", "context", "objectives", "deliverables", ${MISSION_VALUES.map(([c]) => `"${c}"`).join(', ')})` +
  ` select s."mission_id", 1, s."staged_at", s."staged_at", s."student_id", s."organisation_id", s."staged_at", '', '', '', ${MISSION_VALUES.map(([, v]) => v).join(', ')} from ${STAGED} s where s."job_id" = ? and s."mission_version" is null`;

const insertAudit = (jsonCast: (placeholder: string) => string): string =>
  `insert into "audit_event" ("id", "version", "created_at", "updated_at", "at", "actor_type", "actor_id", "actor_label", "role", "entity_type", "entity_id", "action", "fields")` +
  ` select s."audit_id", 1, s."staged_at", s."staged_at", s."staged_at", ?, ?, ?, ?, 'Mission', s."mission_id", '${IMPORT}', ${jsonCast('?')} from ${STAGED} s where s."job_id" = ?`;

/** Staged rows whose student or mission changed since the check: what it read is no longer what is there. */
const CHANGED_SINCE_CHECK =
  `select s."row_index", s."email", 'student' as "what" from ${STAGED} s left join "student" st on st."email" = s."email"` +
  ` where s."job_id" = ? and (case when s."student_version" is null then st."id" is not null else (st."id" is null or st."id" <> s."student_id" or st."version" <> s."student_version") end)` +
  ` union all select s."row_index", s."email", 'mission' as "what" from ${STAGED} s left join "mission" m on m."id" = s."mission_id"` +
  ` where s."job_id" = ? and s."mission_version" is not null and (m."id" is null or m."version" <> s."mission_version")` +
  ` order by "row_index"`;

const COUNT_STAGED = `select count(*) as "rows", count(s."student_version") as "students", count(s."mission_version") as "missions" from ${STAGED} s where s."job_id" = ?`;

const DELETE_STAGED = `delete from ${STAGED} where "job_id" = ?`;

const changed = (index: number, email: string, what: 'student' | 'mission'): UserError => ({
  code: 'CONFLICT',
  field: 'email',
  index,
  message: `Ligne ${index + 1} : ${what === 'student' ? 'le dossier étudiant' : 'la fiche'} de ${email} a été ${what === 'student' ? 'modifié' : 'modifiée'} pendant l’import ; rien n’est écrit, relancez l’import.`,
});

const RACED: UserError = { code: 'CONFLICT', field: 'rows', message: 'Des fiches ou des étudiant(e)s du tableau ont été modifiés pendant l’import : rien n’est écrit, relancez l’import.' };

const run = async (em: EntityManager, sql: string, params: unknown[]): Promise<number> => ((await (em as SqlEntityManager).execute(sql, params, 'run')) as { affectedRows: number }).affectedRows;

/** One checked chunk into the staging table: one statement, its own short transaction (with `also`, e.g. the job's progress). */
export async function stageRosterChunk(rootEm: EntityManager, jobId: string, plan: readonly PlannedRow[], now: Date, also: (em: EntityManager) => Promise<unknown> = async () => undefined): Promise<void> {
  await rootEm.fork().transactional(async (em) => {
    if (plan.length) await em.insertMany(RosterImportStagedRow, plan.map((row) => ({ ...row, jobId, stagedAt: now, auditId: randomUUID() })));
    await also(em);
  });
}

/** Deletes a job's staged rows (a failed import: nothing of it is applied). */
export async function dropStagedRows(em: EntityManager, jobId: string): Promise<void> {
  await run(em.fork(), DELETE_STAGED, [jobId]);
}

/**
 * The import's second phase: every staged row of the job into the real tables, in one
 * transaction (all or nothing), then the staged rows deleted. A student or mission changed
 * since the check is refused, by row, as is a job whose staged rows are not all there;
 * `finish` runs in the same transaction (e.g. marking the job done). Returns the number of
 * rows written.
 */
export async function applyRosterImport(rootEm: EntityManager, jobId: string, total: number, actor: Actor, finish: (em: EntityManager) => Promise<void> = async () => undefined): Promise<number> {
  // A JSON parameter copied by INSERT … SELECT is text: PostgreSQL's jsonb column needs it cast, SQLite's json does not.
  const postgres = rootEm.getPlatform().getJsonDeclarationSQL() === 'jsonb';
  try {
    return await rootEm.fork().transactional(async (em) => {
      const sql = em as SqlEntityManager;
      const stale = await sql.execute<{ row_index: number; email: string; what: 'student' | 'mission' }[]>(CHANGED_SINCE_CHECK, [jobId, jobId]);
      if (stale.length) throw new BusinessError(stale.map((r) => changed(Number(r.row_index), r.email, r.what)));
      const [expected] = await sql.execute<{ rows: number | string; students: number | string; missions: number | string }[]>(COUNT_STAGED, [jobId]);
      // Rows missing: the job was taken for dead and its staged rows cleaned (cleanAbandonedImports).
      if (Number(expected?.rows ?? 0) !== total) throw new BusinessError([{ code: 'INTERRUPTED', field: 'rows', message: 'L’import a été interrompu : rien n’a été écrit, relancez-le.' }]);
      // better-sqlite3 runs each statement on the event loop: yield between them, so that
      // other requests' work (not their SQL: the one connection is ours) goes on meanwhile.
      const step = async (statement: string, params: unknown[]): Promise<number> => {
        const changes = await run(em, statement, params);
        await yieldToOthers();
        return changes;
      };
      await step(INSERT_ORGANISATIONS, [jobId]);
      // The version condition again in the writes: on PostgreSQL another transaction may have committed since the check above.
      if ((await step(UPDATE_STUDENTS, [jobId])) !== Number(expected?.students ?? 0)) throw new BusinessError([RACED]);
      await step(INSERT_STUDENTS, [jobId]);
      if ((await step(UPDATE_MISSIONS, [jobId])) !== Number(expected?.missions ?? 0)) throw new BusinessError([RACED]);
      await step(INSERT_MISSIONS, [jobId]);
      const rows = await step(insertAudit((p) => (postgres ? `cast(${p} as jsonb)` : p)), [actor.kind, actor.id, actor.label, actor.role, ['cohort', 'contractType', 'startDate', 'endDate', 'monthlyGrossPay'], jobId]);
      await step(DELETE_STAGED, [jobId]);
      await finish(em);
      return rows;
    });
  } catch (error) {
    // Another request wrote one of these records (or a same e-mail, SIRET, open mission) since the check.
    if (error instanceof UniqueConstraintViolationException) throw new BusinessError([RACED]);
    throw error;
  }
}
