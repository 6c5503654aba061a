import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { ReferenceData } from '@alternance/domain';
import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import { trainingAgreementItemDueDates } from '../modules/people/training-agreement-due.js';
import { Contract, type ChecklistItem } from '../modules/contracts/contract.entities.js';
import { MissionConfirmation } from '../modules/missions/mission.entities.js';
import { batchLoader } from './batch.js';
import { brokenContractsOf, type BrokenContract } from '../modules/lifecycle/new-contract-rules.js';
import { auditEntityNames, type AuditEntityName } from '../modules/audit/audit-entity-names.js';
import { loadReferenceData } from '../modules/reference-data/reference-data.service.js';
import { columnsOf, plainReader, readRows, type Joined } from '../db/read-rows.js';

const CHECKLIST_ITEM: Joined = { alias: 'ci', entity: 'ChecklistItem' };

/** What a use case needs: the request's unit of work, who asks, the time, and the rules' data. */
export interface ServiceContext {
  em: EntityManager;
  actor: Actor | null;
  clock: Clock;
  publicUrl: string;
  referenceData(): Promise<ReferenceData>;
  /** Per-request batched loads (one query for all the contracts of a page). */
  loaders: Loaders;
}

export interface Loaders {
  /** Read-only views (db/read-rows.ts): a list page reads four items per contract, never changes them. */
  checklist(contractId: string): Promise<ChecklistItem[]>;
  contractOfMission(missionId: string): Promise<Contract | null>;
  confirmations(missionId: string): Promise<MissionConfirmation[]>;
  /** The due dates of a student's TRAINING_AGREEMENT_SFCA checklist items (the FC convention, §2.1.1 note 5), one statement per page of students. */
  trainingAgreementDueDates(studentId: string): Promise<string[]>;
  /** A student's validated missions whose contract was broken — rupture completed or under way with its last day —, the latest last day first (§5: the fiche that replaces one). */
  brokenMissions(studentId: string): Promise<BrokenContract[]>;
  /** The journal's object of an event (key: auditEntityKey), named — one statement per type of the page. */
  auditEntityName(key: string): Promise<AuditEntityName>;
  /** How many students an offer was mailed to (§3.2 diffusion), one grouped count per page of offers. */
  offerSentTo(offerId: string): Promise<number>;
}

/** Groups rows by a key, keeping their order. */
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The loaders of one request, on its EntityManager. */
export function createLoaders(em: EntityManager): Loaders {
  return {
    checklist: batchLoader(async (ids: string[]) => {
      // Plain rows, not entities: hydrating 200 items cost a contracts page more than their SQL (issue 15).
      const sql =
        `select ${columnsOf(em, CHECKLIST_ITEM).join(', ')}, "ci"."contract_id" as "ci__contract" from "checklist_item" "ci"` +
        ` where "ci"."contract_id" in (${ids.map(() => '?').join(', ')}) order by "ci"."due_date", "ci"."code"`;
      const rows = await readRows(em as SqlEntityManager, sql, ids);
      const read = plainReader<ChecklistItem>(em, CHECKLIST_ITEM);
      const byContract = groupBy(rows, (row) => String(row.ci__contract));
      return new Map([...byContract].map(([id, items]) => [id, items.map((row) => read(row)!)]));
    }, []),
    contractOfMission: batchLoader(async (ids: string[]) => {
      const contracts = await em.find(Contract, { mission: { $in: ids } });
      return new Map(contracts.map((c) => [c.mission.id, c]));
    }, null),
    confirmations: batchLoader(async (ids: string[]) => {
      const rows = await em.find(MissionConfirmation, { mission: { $in: ids } }, { orderBy: { party: 'asc' } });
      return groupBy(rows, (row) => row.mission.id);
    }, []),
    trainingAgreementDueDates: batchLoader(async (ids: string[]) => trainingAgreementItemDueDates(em as SqlEntityManager, ids), []),
    brokenMissions: batchLoader(async (ids: string[]) => {
      const rows = await brokenContractsOf(em, ids);
      return groupBy(rows, (row) => row.mission.student.id);
    }, []),
    auditEntityName: batchLoader(async (keys: string[]) => auditEntityNames(em, await loadReferenceData(em), keys), { name: null, gone: false }),
    offerSentTo: batchLoader(async (ids: string[]) => {
      const rows = await readRows(em as SqlEntityManager, `select "offer_id" as "offer", count(*) as "n" from "offer_delivery" where "offer_id" in (${ids.map(() => '?').join(', ')}) group by "offer_id"`, ids);
      return new Map(rows.map((row) => [String(row.offer), Number(row.n)]));
    }, 0),
  };
}

/**
 * Runs a change as one transaction on the request's EntityManager: everything it persisted
 * is flushed and committed together, or — on any error, business or not — rolled back and
 * forgotten, so that a failed mutation writes nothing. On an EntityManager already in a
 * transaction (the demo's seed runs services in its own), it nests as a savepoint of it: a
 * transaction of its own would need another connection, and would not see the seed's rows.
 */
export async function unitOfWork<T>(ctx: ServiceContext, work: () => Promise<T>): Promise<T> {
  const { em } = ctx;
  const outer = em.getTransactionContext();
  await em.begin(outer ? { ctx: outer } : {});
  try {
    const result = await work();
    await em.flush();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    em.clear();
    throw error;
  }
}
