import type { EntityManager } from '@mikro-orm/core';
import type { IsoDate, ReferenceData } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { BusinessError } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { checkRosterImport, type RosterImportRow } from './roster-import-check.js';
import { RosterImportJob } from './roster-import-job.entity.js';
import { writeRosterImport } from './roster-import-write.js';
import { MAX_ROSTER_ROWS } from './roster.service.js';

export type { RosterImportRow } from './roster-import-check.js';

/** A job whose instance stopped (crash, restart) stops moving: after this long without progress it is reported failed. */
export const STALLED_AFTER_MS = 5 * 60_000;

function checkSize(rows: readonly RosterImportRow[]): void {
  if (rows.length === 0 || rows.length > MAX_ROSTER_ROWS) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'rows', message: `De 1 à ${MAX_ROSTER_ROWS} lignes par import.` }]);
}

/**
 * Imports a roster, all or nothing: students matched by e-mail (created or updated), OPAs by
 * SIRET; each row's open mission is updated (or a new one created) and submitted when the
 * row has a request date, so that every rule runs. One bad row — a value, a duplicate
 * e-mail, a student whose mission is already validated — and nothing is written; every
 * error names its row and field. Checked then written in chunks that yield to other
 * requests (issue 10 §1).
 */
async function runImport(em: EntityManager, actor: Actor, rows: readonly RosterImportRow[], data: ReferenceData, now: Date, today: IsoDate, hooks: { checked?: (n: number) => Promise<void>; writing?: () => Promise<void>; finish?: (em: EntityManager) => Promise<void> } = {}): Promise<number> {
  const { errors, plan } = await checkRosterImport(em, rows, data, hooks.checked, today);
  if (errors.length) throw new BusinessError(errors);
  await hooks.writing?.();
  return writeRosterImport(em, plan, actor, now, hooks.finish);
}

/** Office: the import in one request (answers when it is written). */
export async function importRoster(ctx: ServiceContext, rows: readonly RosterImportRow[]): Promise<number> {
  const actor = authorize(ctx.actor, 'roster:import');
  checkSize(rows);
  return runImport(ctx.em, actor, rows, await ctx.referenceData(), ctx.clock.now(), ctx.clock.today());
}

/**
 * Office: starts the import as a job and answers at once; the job's state and progress are
 * written to the database as it goes, so the portal polls `rosterImportJob` on any instance.
 */
export async function startRosterImport(ctx: ServiceContext, rows: readonly RosterImportRow[]): Promise<RosterImportJob> {
  const actor = authorize(ctx.actor, 'roster:import');
  checkSize(rows);
  const data = await ctx.referenceData();
  const now = ctx.clock.now();
  const job = Object.assign(new RosterImportJob(), { total: rows.length, createdBy: actor.id });
  const em = ctx.em.fork();
  await em.persistAndFlush(job);
  const update = (target: EntityManager, values: Partial<RosterImportJob>) => target.nativeUpdate(RosterImportJob, { id: job.id }, { ...values, updatedAt: new Date() });
  void runImport(em.fork(), actor, rows, data, now, ctx.clock.today(), {
    checked: async (processed) => void (await update(em.fork(), { processed })),
    writing: async () => void (await update(em.fork(), { state: 'WRITING', processed: rows.length })),
    // In the import's transaction: the job is DONE exactly when the rows are written.
    finish: async (trx) => void (await update(trx, { state: 'DONE', imported: rows.length, finishedAt: new Date() })),
  }).catch(async (error: unknown) => {
    const errors = error instanceof BusinessError ? error.errors : [{ code: 'INTERNAL', field: 'rows', message: 'L’import a échoué sur une erreur interne : rien n’a été écrit.' }];
    await update(em.fork(), { state: 'FAILED', errors, finishedAt: new Date() }).catch(() => undefined);
  });
  return job;
}

/** Office: a roster import job, as any instance reads it from the database. */
export async function rosterImportJob(ctx: ServiceContext, id: string): Promise<RosterImportJob | null> {
  authorize(ctx.actor, 'roster:import');
  const job = await ctx.em.findOne(RosterImportJob, { id });
  if (!job) return null;
  if ((job.state === 'CHECKING' || job.state === 'WRITING') && Date.now() - job.updatedAt.getTime() > STALLED_AFTER_MS) {
    job.state = 'FAILED';
    job.errors = [{ code: 'INTERRUPTED', field: 'rows', message: 'L’import a été interrompu (redémarrage du serveur) : rien n’a été écrit, relancez-le.' }];
  }
  return job;
}
