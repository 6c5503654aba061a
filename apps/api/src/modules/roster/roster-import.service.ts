import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { IsoDate, ReferenceData } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { BusinessError } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { checkRosterImport, type RosterImportRow } from './roster-import-check.js';
import { RosterImportJob } from './roster-import-job.entity.js';
import { applyRosterImport, dropStagedRows, stageRosterChunk } from './roster-import-write.js';
import { MAX_ROSTER_ROWS } from './roster.service.js';

export type { RosterImportRow } from './roster-import-check.js';

/** A job whose instance stopped (crash, restart) stops moving: after this long without progress it is reported failed. */
export const STALLED_AFTER_MS = 5 * 60_000;

function checkSize(rows: readonly RosterImportRow[]): void {
  if (rows.length === 0 || rows.length > MAX_ROSTER_ROWS) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'rows', message: `De 1 à ${MAX_ROSTER_ROWS} lignes par import.` }]);
}

const INTERRUPTED = { code: 'INTERRUPTED', field: 'rows', message: 'L’import a été interrompu (redémarrage du serveur) : rien n’a été écrit, relancez-le.' };

/**
 * Housekeeping before an import: jobs that stopped moving (their instance was killed) are
 * marked failed, and the staged rows of every job that is not running are deleted — a killed
 * import leaves its rows there only, never in the real tables (issue 10 §1).
 */
export async function cleanAbandonedImports(rootEm: EntityManager): Promise<void> {
  const em = rootEm.fork();
  const stalled = new Date(Date.now() - STALLED_AFTER_MS);
  await em.nativeUpdate(RosterImportJob, { state: { $in: ['CHECKING', 'WRITING'] }, updatedAt: { $lt: stalled } }, { state: 'FAILED', errors: [INTERRUPTED], finishedAt: new Date(), updatedAt: new Date() });
  await (em as SqlEntityManager).execute(
    'delete from "roster_import_staged_row" where "job_id" not in (select "id" from "roster_import_job" where "state" in (\'CHECKING\', \'WRITING\'))',
    [],
    'run',
  );
}

/**
 * Imports a roster, all or nothing: students matched by e-mail (created or updated), OPAs by
 * SIRET; each row's open mission is updated (or a new one created) and submitted when the
 * row has a request date, so that every rule runs. One bad row — a value, a duplicate
 * e-mail, a student whose mission is already validated — and nothing is written; every
 * error names its row and field. Checked and staged in chunks, each its own short
 * transaction, that yield to other requests; then applied in one short set-based
 * transaction (issue 10 §1). The job's state and progress are written as it goes.
 */
async function runImport(rootEm: EntityManager, job: RosterImportJob, actor: Actor, rows: readonly RosterImportRow[], data: ReferenceData, now: Date, today: IsoDate): Promise<number> {
  const update = (em: EntityManager, values: Partial<RosterImportJob>) => em.nativeUpdate(RosterImportJob, { id: job.id }, { ...values, updatedAt: new Date() });
  try {
    const { errors } = await checkRosterImport(rootEm, rows, data, (plan, processed) => stageRosterChunk(rootEm, job.id, plan, now, (em) => update(em, { processed })), today);
    if (errors.length) throw new BusinessError(errors);
    await update(rootEm.fork(), { state: 'WRITING', processed: rows.length });
    // In the apply step's transaction: the job is DONE exactly when the rows are written.
    return await applyRosterImport(rootEm, job.id, rows.length, actor, async (trx) => {
      const done = await trx.nativeUpdate(RosterImportJob, { id: job.id, state: 'WRITING' }, { state: 'DONE', imported: rows.length, finishedAt: new Date(), updatedAt: new Date() });
      // Taken for dead meanwhile (cleanAbandonedImports): it stays failed, and nothing is written.
      if (done !== 1) throw new BusinessError([INTERRUPTED]);
    });
  } catch (error) {
    const errors = error instanceof BusinessError ? error.errors : [{ code: 'INTERNAL', field: 'rows', message: 'L’import a échoué sur une erreur interne : rien n’a été écrit.' }];
    await dropStagedRows(rootEm, job.id).catch(() => undefined);
    await update(rootEm.fork(), { state: 'FAILED', errors, finishedAt: new Date() }).catch(() => undefined);
    throw error;
  }
}

async function createJob(ctx: ServiceContext, actor: Actor, total: number): Promise<RosterImportJob> {
  await cleanAbandonedImports(ctx.em);
  const job = Object.assign(new RosterImportJob(), { total, createdBy: actor.id });
  await ctx.em.fork().persistAndFlush(job);
  return job;
}

/** Office: the import in one request (answers when it is written). */
export async function importRoster(ctx: ServiceContext, rows: readonly RosterImportRow[]): Promise<number> {
  const actor = authorize(ctx.actor, 'roster:import');
  checkSize(rows);
  const data = await ctx.referenceData();
  const job = await createJob(ctx, actor, rows.length);
  return runImport(ctx.em, job, actor, rows, data, ctx.clock.now(), ctx.clock.today());
}

/**
 * Office: starts the import as a job and answers at once; the job's state and progress are
 * written to the database as it goes, so the portal polls `rosterImportJob` on any instance.
 */
export async function startRosterImport(ctx: ServiceContext, rows: readonly RosterImportRow[]): Promise<RosterImportJob> {
  const actor = authorize(ctx.actor, 'roster:import');
  checkSize(rows);
  const data = await ctx.referenceData();
  const job = await createJob(ctx, actor, rows.length);
  // The job records its own failure; nothing else waits for it.
  void runImport(ctx.em.fork(), job, actor, rows, data, ctx.clock.now(), ctx.clock.today()).catch(() => undefined);
  return job;
}

/** Office: a roster import job, as any instance reads it from the database. */
export async function rosterImportJob(ctx: ServiceContext, id: string): Promise<RosterImportJob | null> {
  authorize(ctx.actor, 'roster:import');
  const job = await ctx.em.findOne(RosterImportJob, { id });
  if (!job) return null;
  if ((job.state === 'CHECKING' || job.state === 'WRITING') && Date.now() - job.updatedAt.getTime() > STALLED_AFTER_MS) {
    await cleanAbandonedImports(ctx.em);
    job.state = 'FAILED';
    job.errors = [INTERRUPTED];
  }
  return job;
}
