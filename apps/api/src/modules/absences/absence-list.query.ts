import { Kind, type GraphQLField, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { raw, ReferenceKind, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/knex';
import { columnsOf, plainReader, type Joined } from '../../db/read-rows.js';
import { Absence } from './absence.entities.js';

/**
 * The student properties an absences page reads, from its GraphQL selection, when the rest
 * is what the plain rows answer (the absence's own columns and the Absence resolvers, which
 * read only columns), named fragments on Absence included; null (the page is then read as
 * entities) for anything else: inline fragments, directives, aliases, a student field with its own resolver or a relation.
 */
export function absenceStudentProjection(em: EntityManager, info: GraphQLResolveInfo): string[] | null {
  const top = info.fieldNodes.length === 1 ? info.fieldNodes[0]?.selectionSet?.selections : undefined;
  if (!top) return null;
  // The portal names its fields in a fragment (AbsenceFields): a named fragment on Absence is read as its fields.
  const selections: SelectionNode[] = [];
  for (const selection of top) {
    if (selection.kind !== Kind.FRAGMENT_SPREAD) {
      selections.push(selection);
      continue;
    }
    const fragment = info.fragments[selection.name.value];
    if (!fragment || fragment.typeCondition.name.value !== 'Absence' || selection.directives?.length) return null;
    selections.push(...fragment.selectionSet.selections);
  }
  const studentType = info.schema.getType('Student') as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  const studentFields = studentType?.getFields?.();
  const absenceProps = em.getMetadata().get('Absence').properties as Record<string, { kind: ReferenceKind } | undefined>;
  const studentProps = em.getMetadata().get('Student').properties as Record<string, { kind: ReferenceKind; persist?: boolean } | undefined>;
  const computed = new Set(['organisationName', 'hours', 'stoppage']);
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
    if (selection.selectionSet || absenceProps[name]?.kind !== ReferenceKind.SCALAR) return null;
  }
  return student;
}

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
