import { Kind, type GraphQLField, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { raw, ReferenceKind, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/knex';
import { columnsOf, plainReader, type Joined } from '../../db/read-rows.js';
import { Absence, ProfessionalAbsenceRequest } from './absence.entities.js';

/**
 * The student properties a page of `typeName` (an absence, a professional-absence request)
 * reads, from its GraphQL selection, when the rest is what the plain rows answer (the
 * record's own columns and the `computed` fields, whose resolvers read only columns), named
 * fragments on the type included; null (the page is then read as entities) for anything
 * else: inline fragments, directives, aliases, a student field with its own resolver or a relation.
 */
export function studentProjectionOf(em: EntityManager, info: GraphQLResolveInfo, typeName: string, computed: ReadonlySet<string>): string[] | null {
  const top = info.fieldNodes.length === 1 ? info.fieldNodes[0]?.selectionSet?.selections : undefined;
  if (!top) return null;
  // The portal names its fields in a fragment (AbsenceFields): a named fragment on the type is read as its fields.
  const selections: SelectionNode[] = [];
  for (const selection of top) {
    if (selection.kind !== Kind.FRAGMENT_SPREAD) {
      selections.push(selection);
      continue;
    }
    const fragment = info.fragments[selection.name.value];
    if (!fragment || fragment.typeCondition.name.value !== typeName || selection.directives?.length) return null;
    selections.push(...fragment.selectionSet.selections);
  }
  const studentType = info.schema.getType('Student') as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  const studentFields = studentType?.getFields?.();
  const ownProps = em.getMetadata().get(typeName).properties as Record<string, { kind: ReferenceKind } | undefined>;
  const studentProps = em.getMetadata().get('Student').properties as Record<string, { kind: ReferenceKind; persist?: boolean } | undefined>;
  let student: string[] = [];
  for (const selection of selections) {
    if (selection.kind !== Kind.FIELD || selection.alias || selection.directives?.length) return null;
    const name = selection.name.value;
    if (name === '__typename' || computed.has(name)) continue;
    if (name === 'student') {
      student = [];
      for (const nested of selection.selectionSet?.selections ?? []) {
        if (nested.kind !== Kind.FIELD || nested.alias) return null;
        const field = nested.name.value;
        if (field === '__typename') continue;
        const prop = studentProps[field];
        if (nested.selectionSet || !prop || prop.kind !== ReferenceKind.SCALAR || prop.persist === false || !studentFields || studentFields[field]?.resolve) return null;
        student.push(field);
      }
      continue;
    }
    if (selection.selectionSet || ownProps[name]?.kind !== ReferenceKind.SCALAR) return null;
  }
  return student;
}

/** The student properties an absences page reads ({@link studentProjectionOf}); null: read as entities. */
export function absenceStudentProjection(em: EntityManager, info: GraphQLResolveInfo): string[] | null {
  return studentProjectionOf(em, info, 'Absence', ABSENCE_COMPUTED);
}
// Absence fields whose resolvers read only the absence's columns (and its student's id and cohort, always read).
const ABSENCE_COMPUTED = new Set(['organisationName', 'hours', 'stoppage', 'document']);

/**
 * A page of absences as plain read-only objects (db/read-rows.ts): the absence's columns,
 * its student's columns asked for (and their id and cohort, which the hours read) and its
 * organisation's name, in one statement — not 150 entities hydrated (issue 15). Same
 * filter and order as the entity query.
 */
export async function absenceListRows(em: EntityManager, studentPick: readonly string[], where: FilterQuery<Absence>, limit: number, offset: number): Promise<Absence[]> {
  const joined: Joined[] = [
    { alias: 'a', entity: 'Absence' },
    { alias: 's', entity: 'Student', pick: [...new Set(['cohort', ...studentPick])] },
    { alias: 'o', entity: 'Organisation', pick: ['name'] },
  ];
  let qb = em
    .createQueryBuilder(Absence, 'a')
    .select(joined.flatMap((j) => columnsOf(em, j)).map((c) => raw(c)))
    .join('a.student', 's')
    .leftJoin('a.organisation', 'o')
    .where(where as QBFilterQuery<Absence>)
    .orderBy(ABSENCE_ORDER)
    .limit(limit);
  if (offset) qb = qb.offset(offset);
  const rows = (await qb.execute('all', false)) as unknown as Record<string, unknown>[];
  const [absence, student, organisation] = joined.map((j) => plainReader<Record<string, unknown>>(em, j));
  return rows.map((row) => {
    const a = absence!(row)!;
    a.student = student!(row);
    a.organisation = organisation!(row);
    return a as unknown as Absence;
  });
}

/** Latest half-day first, then by student name; the id settles the rest (both reads, so that pages agree). */
export const ABSENCE_ORDER = { date: 'desc', half: 'desc', student: { lastName: 'asc' }, id: 'asc' } as const;

// Request fields whose resolvers read only the request's columns.
const REQUEST_COMPUTED = new Set(['requestedBy', 'cursor', 'teachersConsulted']);

/** The student properties a page of professional-absence requests reads ({@link studentProjectionOf}); null: read as entities. */
export function requestStudentProjection(em: EntityManager, info: GraphQLResolveInfo): string[] | null {
  return studentProjectionOf(em, info, 'ProfessionalAbsenceRequest', REQUEST_COMPUTED);
}

/** Requests by first day, then id: the order of the list and of its cursor. */
export const REQUEST_ORDER = { firstDay: 'asc', id: 'asc' } as const;

/**
 * A page of professional-absence requests as plain read-only objects (db/read-rows.ts): the
 * request's columns and its student's columns asked for, in one statement — not 50 requests
 * and 50 students hydrated, with a reference to each request's mission (issue 15: that was
 * most of the page's 20 ms of CPU). Same filter (the actor's scope included) and order as the
 * entity query. The order's indexes (state, first day, id; first day, id) make the join a look-up
 * of each of the page's students by primary key: without them PostgreSQL joined the whole state
 * first, hashing every student of the university.
 */
export async function professionalRequestRows(em: EntityManager, studentPick: readonly string[], where: FilterQuery<ProfessionalAbsenceRequest>, limit: number): Promise<ProfessionalAbsenceRequest[]> {
  const joined: Joined[] = [
    { alias: 'r', entity: 'ProfessionalAbsenceRequest' },
    { alias: 's', entity: 'Student', pick: studentPick },
  ];
  const rows = (await em
    .createQueryBuilder(ProfessionalAbsenceRequest, 'r')
    .select(joined.flatMap((j) => columnsOf(em, j)).map((c) => raw(c)))
    .join('r.student', 's')
    .where(where as QBFilterQuery<ProfessionalAbsenceRequest>)
    .orderBy(REQUEST_ORDER)
    .limit(limit)
    .execute('all', false)) as unknown as Record<string, unknown>[];
  const [request, student] = joined.map((j) => plainReader<Record<string, unknown>>(em, j));
  return rows.map((row) => {
    const r = request!(row)!;
    r.student = student!(row);
    return r as unknown as ProfessionalAbsenceRequest;
  });
}
