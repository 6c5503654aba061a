import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { raw, ReferenceKind, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/knex';
import { columnsOf, plainReader, type Joined } from '../../db/read-rows.js';
import { Mission } from './mission.entities.js';
import { afterSql, emptyFirstKeySql, keyValue, missionCursor, orderBySql, SORT_KEYS, splitsAtNulls, type KeyValue, type MissionPosition, type MissionSort } from './mission-cursor.js';

/** The records a missions page joins: the mission and its student always, the others when shown. */
type Alias = 'm' | 's' | 'o' | 'w' | 't1' | 't2' | 'h';
const RELATIONS: [field: string, alias: Exclude<Alias, 'm' | 's'>, entity: string][] = [
  ['organisation', 'o', 'Organisation'],
  ['workOrganisation', 'w', 'Organisation'],
  ['tutor1', 't1', 'CompanyTutor'],
  ['tutor2', 't2', 'CompanyTutor'],
  ['hrContact', 'h', 'HrContact'],
];

/** Which properties of each joined record a page reads; a relation absent is not joined. */
export type MissionListProjection = Partial<Record<Alias, string[]>>;

/**
 * Mission fields computed from properties of another name, and those whose resolvers need
 * only the mission's id (they load what they show, one statement for the page).
 */
const COMPUTED: Record<string, string[]> = {
  waitingDays: ['state', 'stateSince', 'updatedAt'],
  // Stored at validation; a fiche's is worked out from its cohort and DDC against the student's ruptures (§5).
  afterRuptureLastDay: ['state', 'afterRuptureLastDay', 'cohort', 'startDate'],
  // Stored with the mission (JSON) at its last submission or validation attempt.
  findings: ['findings'],
  monthlyGrossPay: ['monthlyGrossPayCents'],
  smcMonthly: ['smcMonthlyCents'],
  confirmations: [],
  contract: [],
  auditTrail: [],
  mails: [],
  // The page's order columns are always read (missionListRows): the cursor is made from them.
  cursor: [],
};

type Fields = Map<string, SelectionSetNode | undefined>;
function fieldsOf(set: SelectionSetNode | undefined): Fields | null {
  const fields: Fields = new Map();
  for (const selection of set?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value !== '__typename') fields.set(selection.name.value, selection.selectionSet);
  }
  return fields;
}

/** The scalar properties of an entity named by these fields, or null when one of them is anything else. */
function scalarsOf(em: EntityManager, entity: string, fields: Fields): string[] | null {
  const props = em.getMetadata().get(entity).properties as Record<string, { kind: ReferenceKind; persist?: boolean } | undefined>;
  const names: string[] = [];
  for (const [name, set] of fields) {
    const prop = props[name];
    if (set !== undefined || !prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false) return null;
    names.push(name);
  }
  return names;
}

/**
 * What a missions page reads, from its GraphQL selection: the mission's columns behind the
 * fields asked for, and for the student, OPAs, tutors and HR contact asked for, their
 * scalar fields. Null (then the page is read as entities) for a selection it does not know:
 * fragments, or a nested relation such as a tutor's OPA.
 */
export function missionProjection(em: EntityManager, info: GraphQLResolveInfo): MissionListProjection | null {
  const mission = info.fieldNodes.length === 1 ? fieldsOf(info.fieldNodes[0]?.selectionSet) : null;
  if (!mission) return null;
  const missionProps = em.getMetadata().get('Mission').properties as Record<string, { kind: ReferenceKind; persist?: boolean } | undefined>;
  // A student with only its id would be loaded again by the Student resolvers: one name keeps it whole.
  const projection: MissionListProjection = { m: [], s: ['lastName'] };
  for (const [name, set] of mission) {
    const relation = name === 'student' ? (['student', 's', 'Student'] as const) : RELATIONS.find(([field]) => field === name);
    if (relation) {
      const nested = fieldsOf(set);
      const scalars = nested && scalarsOf(em, relation[2], nested);
      if (!scalars) return null;
      projection[relation[1]] = [...(projection[relation[1]] ?? []), ...scalars];
    } else if (COMPUTED[name]) {
      projection.m!.push(...COMPUTED[name]);
    } else {
      const prop = missionProps[name];
      if (set !== undefined || !prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false) return null;
      projection.m!.push(name);
    }
  }
  return projection;
}

const ENTITY: Record<Alias, string> = { m: 'Mission', s: 'Student', o: 'Organisation', w: 'Organisation', t1: 'CompanyTutor', t2: 'CompanyTutor', h: 'HrContact' };
const JOIN: Record<Exclude<Alias, 'm'>, string> = { s: 'm.student', o: 'm.organisation', w: 'm.workOrganisation', t1: 'm.tutor1', t2: 'm.tutor2', h: 'm.hrContact' };

/** The cursor of each mission of a page, set by {@link missionListRows} (the Mission.cursor field). */
export const CURSOR = Symbol('missionCursor');
export type ListedMission = Mission & { [CURSOR]?: string };

/**
 * A page of missions as plain read-only objects (db/read-rows.ts): the columns the page
 * shows, the relations it shows joined in the same statement, and none of the ORM's
 * hydration — which cost a page of 50 more than its SQL (issue 15). The filter is the entity
 * query's own (the actor's scope included), built by the ORM's query builder; the order is
 * the sort's columns with NULLs last on both databases, and `after` starts the page right
 * after a cursor's position (keyset: the index finds it, no row is skipped over).
 */
export async function missionListRows(
  em: EntityManager,
  projection: MissionListProjection,
  where: FilterQuery<Mission>,
  sort: MissionSort,
  limit: number,
  offset: number,
  after: MissionPosition | null = null,
  /** Only these missions (a page of another list's): given to knex as is, not as a filter the ORM works through id by id. */
  onlyIds: readonly string[] | null = null,
): Promise<ListedMission[]> {
  // The signing OPA's name is a column of its order: joined as "o" for it.
  if (sort === 'ORGANISATION' && !projection.o) projection = { ...projection, o: ['name'] };
  const aliases = (Object.keys(projection) as Alias[]).filter((a) => projection[a] !== undefined);
  const joined = new Map<Alias, Joined>(aliases.map((a) => [a, { alias: a, entity: ENTITY[a], pick: [...new Set(projection[a])] }]));
  const keys = SORT_KEYS[sort];
  const columns = [...[...joined.values()].flatMap((j) => columnsOf(em, j)), ...keys.map((k, i) => `${k.sql} as "cursor_${i}"`)];
  let qb = em.createQueryBuilder(Mission, 'm').select(columns.map((c) => raw(c)));
  for (const alias of aliases) {
    if (alias === 'm') continue;
    qb = alias === 's' ? qb.join(JOIN.s, 's') : qb.leftJoin(JOIN[alias], alias);
  }
  qb = qb.where(where as QBFilterQuery<Mission>);
  const read = async (condition: { sql: string; params: KeyValue[] } | null, count: number, skip: number) => {
    const statement = qb.clone().getKnexQuery();
    if (onlyIds) statement.whereIn('m.id', [...onlyIds]);
    if (condition) statement.whereRaw(condition.sql, condition.params);
    statement.orderByRaw(orderBySql(sort)).limit(count);
    if (skip) statement.offset(skip);
    return (await em.getConnection().execute(statement, [], 'all', em.getTransactionContext())) as Record<string, unknown>[];
  };
  let rows: Record<string, unknown>[];
  if (after && splitsAtNulls(after) && !offset) {
    rows = await read(afterSql(after, true), limit, 0);
    if (rows.length < limit) rows.push(...(await read({ sql: emptyFirstKeySql(sort), params: [] }, limit - rows.length, 0)));
  } else {
    rows = await read(after ? afterSql(after) : null, limit, offset);
  }
  const readers = [...joined].map(([alias, j]) => [alias, plainReader<Record<string, unknown>>(em, j)] as const);
  return rows.map((row) => {
    const read = Object.fromEntries(readers.map(([alias, reader]) => [alias, reader(row)]));
    const mission = read.m!;
    mission.student = read.s;
    for (const [field, alias] of RELATIONS) if (alias in read) mission[field] = read[alias];
    mission[CURSOR as unknown as string] = missionCursor({ sort, values: keys.map((_, i) => keyValue(row[`cursor_${i}`])), id: String(mission.id) });
    return mission as unknown as ListedMission;
  });
}
