import type { EntityManager } from '@mikro-orm/core';
import { execute, isPostgres, oneOf } from '../../db/bulk-sql.js';
import { columnsOf, plainReader } from '../../db/read-rows.js';
import { isPartnerActor } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import type { Mission } from '../missions/mission.entities.js';
import type { Student } from '../people/people.entities.js';

/**
 * What `upsertContracts` reads (issue 14), as plain rows and in two statements whatever the
 * number of items: the partner's identifiers named by the call, then the contracts they (or
 * the items' missions) lead to, with what the domain's rules need of the mission and the
 * student. No ORM hydration nor change tracking: on 1,000 contracts those cost far more than
 * the SQL (docs/benchmarks.md).
 */

/** The contract columns a partner's push may change, as stored (camelCase property → column). */
export const CONTRACT_PUSH_COLUMNS = {
  startDate: 'start_date',
  endDate: 'end_date',
  monthlyGrossPayCents: 'monthly_gross_pay_cents',
  signed: 'signed',
  signingDate: 'signing_date',
  contractNumber: 'contract_number',
  opcoDepositDate: 'opco_deposit_date',
  opcoDepositNumber: 'opco_deposit_number',
} as const;
export type PushField = keyof typeof CONTRACT_PUSH_COLUMNS;
export type PushValues = { [K in PushField]: K extends 'monthlyGrossPayCents' ? number | null : K extends 'signed' ? boolean : K extends 'startDate' | 'endDate' ? string : string | null };

export interface UpsertContractRow extends PushValues {
  id: string;
  version: number;
  contractType: string;
  status: string;
  missionId: string;
  /** This source's identifier already on the contract, if any. */
  boundExternalId: string | null;
  mission: Mission;
  student: Student;
}

const MISSION_PICK = ['cohort', 'group', 'contractType', 'requestDate', 'validationDate', 'startDate', 'endDate', 'monthlyGrossPayCents', 'cproReason', 'stageAltApproved', 'smcMonthlyCents', 'previousRatePercent', 'higherEducationDiploma', 'disabilityExtraYear', 'hoursPerDay'] as const;
const STUDENT_PICK = ['status', 'birthDate', 'repeating', 'professionalisationValidated', 'foreign', 'aptObtained', 'aptObtainedOn'] as const;

const list = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/** The identifiers of `source` among `keys`: external id → our contract id (whoever may see the contract). */
export async function readBoundKeys(em: EntityManager, source: string, keys: readonly string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const key = oneOf(em, '"external_id"', keys, 'text');
  const rows = await execute<{ external_id: string; entity_id: string }[]>(em, `select "external_id", "entity_id" from "external_id" where "source" = ? and "entity_type" = 'CONTRACT' and ${key.sql}`, [source, key.param]);
  return new Map(rows.map((r) => [r.external_id, r.entity_id]));
}

/**
 * The contracts of `ids` or of `missionIds` within the actor's reach (a partner's contract
 * types only). On PostgreSQL the contracts are locked to the transaction's end, so that the
 * version read is the one the update finds.
 */
export async function readUpsertContracts(em: EntityManager, actor: Actor, source: string, ids: readonly string[], missionIds: readonly string[]): Promise<UpsertContractRow[]> {
  const which = [ids.length ? oneOf(em, 'c."id"', ids, 'uuid') : null, missionIds.length ? oneOf(em, 'c."mission_id"', missionIds, 'uuid') : null].filter((w) => w !== null);
  if (!which.length) return [];
  const types = isPartnerActor(actor) ? actor.contractTypes : null;
  if (types && !types.length) return [];
  const mission = { alias: 'm', entity: 'Mission', pick: MISSION_PICK };
  const student = { alias: 's', entity: 'Student', pick: STUDENT_PICK };
  const pushColumns = Object.entries(CONTRACT_PUSH_COLUMNS).map(([property, column]) => `c."${column}" as "${property}"`);
  const sql =
    `select c."id", c."version", c."contract_type" as "contractType", c."status", c."mission_id" as "missionId", x."external_id" as "boundExternalId", ${pushColumns.join(', ')},` +
    ` ${[...columnsOf(em, mission), ...columnsOf(em, student)].join(', ')}` +
    ` from "contract" c join "mission" m on m."id" = c."mission_id" join "student" s on s."id" = c."student_id"` +
    ` left join "external_id" x on x."entity_type" = 'CONTRACT' and x."source" = ? and x."entity_id" = cast(c."id" as text)` +
    ` where (${which.map((w) => w.sql).join(' or ')})${types ? ` and c."contract_type" in (${list(types)})` : ''}` +
    (isPostgres(em) ? ' for update of c' : '');
  const rows = await execute<Record<string, unknown>[]>(em, sql, [source, ...which.map((w) => w.param), ...(types ?? [])]);
  const readMission = plainReader<Mission>(em, mission);
  const readStudent = plainReader<Student>(em, student);
  return rows.map((r) => ({
    id: String(r.id),
    version: Number(r.version),
    contractType: String(r.contractType),
    status: String(r.status),
    missionId: String(r.missionId),
    boundExternalId: (r.boundExternalId as string | null) ?? null,
    startDate: String(r.startDate),
    endDate: String(r.endDate),
    monthlyGrossPayCents: r.monthlyGrossPayCents === null || r.monthlyGrossPayCents === undefined ? null : Number(r.monthlyGrossPayCents),
    signed: r.signed === true || r.signed === 1 || r.signed === '1',
    signingDate: (r.signingDate as string | null) ?? null,
    contractNumber: (r.contractNumber as string | null) ?? null,
    opcoDepositDate: (r.opcoDepositDate as string | null) ?? null,
    opcoDepositNumber: (r.opcoDepositNumber as string | null) ?? null,
    mission: readMission(r)!,
    student: readStudent(r)!,
  }));
}
