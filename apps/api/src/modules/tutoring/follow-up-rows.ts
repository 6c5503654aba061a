import { Kind, type GraphQLField, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { columnsOf, plainReader, readRows, type Joined } from '../../db/read-rows.js';
import type { ServiceContext } from '../../shared/service-context.js';
import type { Contract } from '../contracts/contract.entities.js';
import type { Student } from '../people/people.entities.js';
import type { Visit } from '../visits/visit.entity.js';
import type { AlternantKey, AlternantOfYear } from './alternants-of-year.js';

/** Which properties of the student, the academic tutor and the visits a follow-up page reads. */
export interface FollowUpProjection {
  student: string[];
  tutor: string[];
  visit: string[];
}

/** The fields of a GraphQL object type by name (duck-typed: `graphql` may be loaded twice, and its `is…` checks compare realms). */
function fieldsOfType(info: GraphQLResolveInfo, typeName: string): Record<string, GraphQLField<unknown, unknown>> | null {
  const type = info.schema.getType(typeName) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  return type?.getFields ? type.getFields() : null;
}

type Fields = Map<string, SelectionSetNode | undefined>;
function fieldsOf(set: SelectionSetNode | undefined): Fields | null {
  const fields: Fields = new Map();
  for (const selection of set?.selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.alias) return null;
    if (selection.name.value !== '__typename') fields.set(selection.name.value, selection.selectionSet);
  }
  return fields;
}

/**
 * Fields with their own resolver that read only the object's stored columns, named here: the
 * plain rows carry those columns and the resolver works on them as on an entity. The visits
 * overview shows the proposals a company tutor declined (with their availability) and those
 * left unanswered (§4.6 note 34), so that the office can act.
 */
const COMPUTED_FROM_COLUMNS: Record<string, Record<string, readonly string[]>> = {
  Visit: {
    slotDeclines: ['slotDeclines'],
    slotsUnanswered: ['state', 'slots', 'slotsDeclinedAt', 'slotDeclines'],
    reportStage: ['state', 'date'],
  },
};

/**
 * The stored scalar properties of `entity` behind these fields of GraphQL type `typeName`,
 * or null when one of them is anything else: a relation, a computed property, or a field
 * with its own resolver (which may need the entity: a sensitive field's rule, a JSON reshaped).
 */
function scalarsOf(em: SqlEntityManager, info: GraphQLResolveInfo, typeName: string, entity: string, fields: Fields | null): string[] | null {
  const gqlFields = fieldsOfType(info, typeName);
  if (!fields || !gqlFields) return null;
  const props = em.getMetadata().get(entity).properties as Record<string, { kind: ReferenceKind; persist?: boolean } | undefined>;
  const names: string[] = [];
  for (const [name, set] of fields) {
    const computed = COMPUTED_FROM_COLUMNS[typeName]?.[name];
    if (computed) {
      names.push(...computed);
      continue;
    }
    const prop = props[name];
    if (set !== undefined || !prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false || gqlFields[name]?.resolve) return null;
    names.push(name);
  }
  return names;
}

/**
 * What a follow-up page reads of its student, academic tutor and visits, from the GraphQL
 * selection of `alternantsFollowUp`: their scalar fields. Null (the page is then read as
 * entities) for a selection it does not know: fragments, aliases, or a relation such as a
 * visit's student.
 */
export function followUpProjection(em: SqlEntityManager, info: GraphQLResolveInfo): FollowUpProjection | null {
  const list = info.fieldNodes.length === 1 ? fieldsOf(info.fieldNodes[0]?.selectionSet) : null;
  if (!list) return null;
  if (!list.has('items')) return { student: [], tutor: [], visit: [] };
  const items = fieldsOf(list.get('items'));
  if (!items) return null;
  const gqlItem = fieldsOfType(info, 'AlternantFollowUp');
  if (!gqlItem) return null;
  const projection: FollowUpProjection = { student: [], tutor: [], visit: [] };
  for (const [name, set] of items) {
    if (!gqlItem[name] || gqlItem[name].resolve) return null;
    const [type, entity, key] = name === 'student' ? ['Student', 'Student', 'student'] : name === 'academicTutor' ? ['AcademicTutor', 'User', 'tutor'] : name === 'visits' ? ['Visit', 'Visit', 'visit'] : [];
    // The other fields (findings, visit windows…) are computed from the model alike on both paths.
    if (!type) continue;
    const scalars = scalarsOf(em, info, type, entity!, fieldsOf(set));
    if (!scalars) return null;
    projection[key as keyof FollowUpProjection] = scalars;
  }
  return projection;
}

/**
 * The page's alternants (their keys, in order) as plain read-only objects (db/read-rows.ts):
 * one statement joining each contract to its student, academic tutor, mission, organisation
 * and company tutors (§3.1: one or two), with only the columns the row shows (issue 15: hydrating them
 * as entities cost the page more than its SQL).
 */
export async function alternantRowsOfKeys(ctx: ServiceContext, keys: readonly AlternantKey[], projection: FollowUpProjection): Promise<AlternantOfYear[]> {
  if (keys.length === 0) return [];
  const em = ctx.em as SqlEntityManager;
  const joined: Joined[] = [
    { alias: 's', entity: 'Student', pick: [...new Set(['lastName', ...projection.student])] },
    { alias: 'u', entity: 'User', pick: [...new Set(['displayName', ...projection.tutor])] },
    { alias: 'o', entity: 'Organisation', pick: ['name', 'address'] },
    // Where an on-site visit goes (§4.6): the fiche's work organisation when the mission is carried out elsewhere.
    { alias: 'wo', entity: 'Organisation', pick: ['address'] },
    { alias: 't1', entity: 'CompanyTutor', pick: ['firstName', 'lastName'] },
    // §3.1: a contract may have two company tutors; the row names both (one join, no query per row).
    { alias: 't2', entity: 'CompanyTutor', pick: ['firstName', 'lastName'] },
  ];
  // Plain SQL (db/read-rows.ts): the query builder's work on a list of fifty ids cost more than the statement (issue 15).
  const ids = keys.map((k) => k.contractId);
  const rows = await readRows(
    em,
    `select "c"."id" as "c__id", "m"."id" as "m__id", ${joined.flatMap((j) => columnsOf(em, j)).join(', ')}
     from "contract" "c" join "student" "s" on "s"."id" = "c"."student_id" left join "app_user" "u" on "u"."id" = "s"."academic_tutor_id"
     join "mission" "m" on "m"."id" = "c"."mission_id" left join "organisation" "o" on "o"."id" = "m"."organisation_id" left join "organisation" "wo" on "wo"."id" = "m"."work_organisation_id" left join "company_tutor" "t1" on "t1"."id" = "m"."tutor1_id"
     left join "company_tutor" "t2" on "t2"."id" = "m"."tutor2_id"
     where "c"."id" in (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  const [student, tutor, organisation, workOrganisation, tutor1, tutor2] = joined.map((j) => plainReader<Record<string, unknown>>(em, j));
  const byId = new Map(
    rows.map((row) => {
      const s = student!(row)!;
      s.academicTutor = tutor!(row);
      const mission = { id: row.m__id, organisation: organisation!(row), workOrganisation: workOrganisation!(row), tutor1: tutor1!(row), tutor2: tutor2!(row) };
      return [String(row.c__id), { student: s as unknown as Student, contract: { id: String(row.c__id), mission } as unknown as Contract }];
    }),
  );
  return keys.flatMap((k) => {
    const found = byId.get(k.contractId);
    return found ? [{ ...found, year: k.year, contractDays: k.contractDays }] : [];
  });
}

/** The year's visits (cancelled ones left out) of some students, as plain objects with the properties asked (and those the findings read: the number, the state and the day), by number. */
export async function plainVisitsOf(ctx: ServiceContext, studentIds: readonly string[], academicYear: string, pick: readonly string[]): Promise<Visit[]> {
  if (studentIds.length === 0) return [];
  const em = ctx.em as SqlEntityManager;
  const joined: Joined = { alias: 'v', entity: 'Visit', pick: [...new Set(['visitNumber', 'state', 'date', ...pick])] };
  // Plain SQL (db/read-rows.ts): the query builder's work on a list of fifty ids cost more than the statement (issue 15).
  const rows = await readRows(
    em,
    `select "v"."student_id" as "v__student_id", ${columnsOf(em, joined).join(', ')} from "visit" "v"
     where "v"."student_id" in (${studentIds.map(() => '?').join(', ')}) and "v"."academic_year" = ? and "v"."state" <> 'CANCELLED' order by "v"."visit_number" asc, "v"."id" asc`,
    [...studentIds, academicYear],
  );
  const read = plainReader<Record<string, unknown>>(em, joined);
  return rows.map((row) => {
    const visit = read(row)!;
    visit.student = { id: row.v__student_id };
    return visit as unknown as Visit;
  });
}
