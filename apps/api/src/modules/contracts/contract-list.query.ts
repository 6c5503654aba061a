import type { EntityManager } from '@mikro-orm/knex';
import { isPartnerActor, linkMissionOf } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { columnsOf, readRowSet, type Joined } from '../../db/read-rows.js';
import type { Contract } from './contract.entities.js';

/** missionScope (policy.ts) in SQL: each `?` is the actor's id, `?m` the mission of a personal-link session. */
const SCOPE: Partial<Record<Actor['role'], string>> = {
  STUDENT: '"s"."user_id" = ?',
  COMPANY_TUTOR: '"m"."id" = ?m and ("m"."tutor1_id" = ? or "m"."tutor2_id" = ?)',
  HR_CONTACT: '"m"."id" = ?m and "m"."hr_contact_id" = ?',
  ACADEMIC_TUTOR: '"s"."academic_tutor_id" = ?',
};

export type ListAlias = 'c' | 's' | 'm' | 'o' | 'w' | 't1' | 't2' | 'h';

/**
 * Which properties a list query reads, per joined record: absent = not joined (c, s and m
 * always are), null = every property. Computed from the GraphQL selection, so that a page
 * reads the columns it shows and not the mission's long texts.
 */
export type ContractListProjection = Partial<Record<ListAlias, readonly string[] | null>>;
export const FULL_PROJECTION: ContractListProjection = { c: null, s: null, m: null, o: null, w: null, t1: null, t2: null, h: null };

const JOINED: Record<ListAlias, Joined & { join?: string }> = {
  c: { alias: 'c', entity: 'Contract' },
  s: { alias: 's', entity: 'Student' },
  m: { alias: 'm', entity: 'Mission' },
  o: { alias: 'o', entity: 'Organisation', join: ' left join "organisation" "o" on "o"."id" = "m"."organisation_id"' },
  w: { alias: 'w', entity: 'Organisation', join: ' left join "organisation" "w" on "w"."id" = "m"."work_organisation_id"' },
  t1: { alias: 't1', entity: 'CompanyTutor', join: ' left join "company_tutor" "t1" on "t1"."id" = "m"."tutor1_id"' },
  t2: { alias: 't2', entity: 'CompanyTutor', join: ' left join "company_tutor" "t2" on "t2"."id" = "m"."tutor2_id"' },
  h: { alias: 'h', entity: 'HrContact', join: ' left join "hr_contact" "h" on "h"."id" = "m"."hr_contact_id"' },
};
const ALIASES = Object.keys(JOINED) as ListAlias[];
const joinedAs = (p: ContractListProjection, alias: ListAlias): Joined => ({ ...JOINED[alias], pick: p[alias] ?? null });
const isJoined = (p: ContractListProjection, alias: ListAlias): boolean => alias === 'c' || alias === 's' || alias === 'm' || p[alias] !== undefined;
/** Whether a contact's OPA may be asked: the projection then reads both OPAs whole (see contract-projection.ts). */
const contactOrganisations = (p: ContractListProjection): boolean => p.o === null && p.w === null;
const ORGANISATION_OF = { t1: 't1__org', t2: 't2__org', h: 'h__org' } as const;

type Reader = (row: unknown) => Record<string, unknown> | null;
interface ListShape {
  /** `select … from … joins`, without the filters. */
  sql: string;
  /** Each joined record's columns, for its reader (db/read-rows.ts). */
  joined: Map<ListAlias, Joined>;
  /** Whether the rows carry each contact's OPA id (`<alias>__org`). */
  contactOrganisations: boolean;
}

const shapeCache = new Map<string, ListShape>();
// Projections found from a cached document are the same object on every request (contract-projection.ts).
const shapeOfProjection = new WeakMap<ContractListProjection, ListShape>();
/** The statement's columns and joins and the records' readers of a projection, built once each. */
function shapeOf(em: EntityManager, p: ContractListProjection): ListShape {
  let shape = shapeOfProjection.get(p);
  if (shape) return shape;
  const key = JSON.stringify(ALIASES.map((a) => [a, isJoined(p, a) ? (p[a] ?? '*') : '-']));
  shape = shapeCache.get(key);
  if (!shape) {
    const aliases = ALIASES.filter((a) => isJoined(p, a));
    // A contact's OPA id is read only when a contact's `organisation` is asked, which reads both
    // OPAs whole (contract-projection.ts): a page of names did not need two more ids a row (issue 15).
    const extra = contactOrganisations(p) ? (['t1', 't2', 'h'] as const).filter((a) => isJoined(p, a)).map((a) => `"${a}"."organisation_id" as "${a}__org"`) : [];
    const sql =
      `select ${[...aliases.flatMap((a) => columnsOf(em, joinedAs(p, a))), ...extra].join(', ')}` +
      ' from "contract" "c" join "student" "s" on "s"."id" = "c"."student_id" join "mission" "m" on "m"."id" = "c"."mission_id"' +
      aliases.map((a) => JOINED[a].join ?? '').join('');
    shape = { sql, joined: new Map(aliases.map((a) => [a, joinedAs(p, a)])), contactOrganisations: extra.length > 0 };
    shapeCache.set(key, shape);
  }
  shapeOfProjection.set(p, shape);
  return shape;
}

export interface ContractListFilter {
  cohort?: string | null;
  contractType?: string | null;
  /** Only contracts with a checklist item not done and due on or before this day. */
  dueBy?: string | null;
  /** Keyset pagination: only contracts after this one in the list order. */
  after?: { startDate: string; id: string } | null;
}

/**
 * A page of contracts with their student, mission, OPAs, tutors and HR contact, in one
 * statement, scoped to what the actor may see (the same rule as missionScope, in SQL).
 */
export async function contractListRows(em: EntityManager, actor: Actor, filter: ContractListFilter, limit: number, offset: number, projection: ContractListProjection = FULL_PROJECTION): Promise<Contract[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const scope = SCOPE[actor.role];
  if (scope) {
    where.push(scope.replace(/\?m/g, '?'));
    params.push(...scope.split('?').slice(1).map((rest) => (rest.startsWith('m') ? linkMissionOf(actor) : actor.id)));
  }
  if (isPartnerActor(actor)) {
    // A partner's token: its contract types only (issue 14), never an empty `in ()`.
    where.push(actor.contractTypes.length ? `"c"."contract_type" in (${actor.contractTypes.map(() => '?').join(', ')})` : '1 = 0');
    params.push(...actor.contractTypes);
  }
  if (filter.cohort) {
    where.push('"m"."cohort" = ?');
    params.push(filter.cohort);
  }
  if (filter.contractType) {
    where.push('"c"."contract_type" = ?');
    params.push(filter.contractType);
  }
  if (filter.dueBy) {
    where.push('exists (select 1 from "checklist_item" "ci" where "ci"."contract_id" = "c"."id" and "ci"."done" = false and "ci"."due_date" <= ?)');
    params.push(filter.dueBy);
  }
  if (filter.after) {
    // The list's order as a row value: the index on the DDC finds the page, no row is skipped over.
    where.push('("c"."start_date", "c"."id") > (?, ?)');
    params.push(filter.after.startDate, filter.after.id);
  }
  // The statement text depends only on which filters are present: built once each, then cached.
  const shape = shapeOf(em, projection);
  const sql = `${shape.sql}${where.length ? ` where ${where.join(' and ')}` : ''} order by "c"."start_date", "c"."id" limit ? offset ?`;
  const set = await readRowSet(em, sql, [...params, limit, offset]);
  const { joined, contactOrganisations: withOrganisations } = shape;
  // Each reader found once per page, not per row; no closure made per row (issue 15).
  const readerOf = (alias: ListAlias): Reader | undefined => {
    const record = joined.get(alias);
    return record ? set.reader<Record<string, unknown>>(record) : undefined;
  };
  const [readC, readS, readM, readO, readW] = [readerOf('c'), readerOf('s'), readerOf('m'), readerOf('o'), readerOf('w')];
  const [readT1, readT2, readH] = [readerOf('t1'), readerOf('t2'), readerOf('h')];
  const organisationOf = { t1: withOrganisations && readT1 ? set.field(ORGANISATION_OF.t1) : null, t2: withOrganisations && readT2 ? set.field(ORGANISATION_OF.t2) : null, h: withOrganisations && readH ? set.field(ORGANISATION_OF.h) : null };
  // Tutors and HR contacts belong to the signing OPA or the work OPA: point them at the row's copy.
  const contact = (reader: Reader | undefined, alias: 't1' | 't2' | 'h', row: unknown, organisation: Record<string, unknown> | null | undefined, workOrganisation: Record<string, unknown> | null | undefined) => {
    const found = reader?.(row);
    const organisationId = organisationOf[alias];
    if (!found || !organisationId) return found;
    const id = String(organisationId(row));
    found.organisation = id === organisation?.id ? organisation : id === workOrganisation?.id ? workOrganisation : { id };
    return found;
  };
  return set.rows.map((row) => {
    const student = readS!(row)!;
    const mission = readM!(row)!;
    const organisation = readO?.(row);
    const workOrganisation = readW?.(row);
    Object.assign(mission, {
      student,
      organisation,
      workOrganisation,
      tutor1: contact(readT1, 't1', row, organisation, workOrganisation),
      tutor2: contact(readT2, 't2', row, organisation, workOrganisation),
      hrContact: contact(readH, 'h', row, organisation, workOrganisation),
    });
    const contract = readC!(row)!;
    return Object.assign(contract, { student, mission, checklist: null }) as unknown as Contract;
  });
}
