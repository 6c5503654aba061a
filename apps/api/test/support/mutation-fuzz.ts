import { createRequire } from 'node:module';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A property-based fuzzer of the GraphQL mutations (issue 10, "Keep it held"): the
 * mutations are read from the schema, so that a new one is fuzzed without touching the
 * tests; arguments are generated from their input types, mixing plausible values (known
 * ids, small versions, valid dates), edge values and the markers whose absence from the
 * SQL text proves that values travel as parameters only.
 */

/** Marks a generated string: it must never appear inside SQL text (parameters only). */
export const SQL_MARKER = 'ZqMARK';

export interface FuzzPools {
  ids: string[];
  referenceKeys: string[];
  cohorts: string[];
}

export interface FuzzOperation {
  mutation: string;
  query: string;
  variables: Record<string, unknown>;
}

const markerString = fc.stringMatching(/^[a-z0-9]{1,6}$/).map((s) => `${SQL_MARKER}${s}'"; drop table mission; --`);
const edgeStrings = fc.constantFrom('', ' ', 'x'.repeat(301), 'a\u0000b', '\u0007', 'é’«»', "O'Brien", '%_\\', '${x}', '<script>', 'M2-2026', 'CAPP', 'FI', 'DRAFT');

function stringArb(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  if (/email/i.test(name)) return fc.oneof(fc.constantFrom('a@b.fr', 'fuzz@test.example', 'not-an-email'), fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,6}\.fr$/));
  if (/date/i.test(name)) return fc.oneof(dateArb, fc.constantFrom('2026-02-30', 'hier', ''));
  if (/cohort/i.test(name)) return fc.oneof(fc.constantFrom(...pools.cohorts), markerString);
  if (/siret/i.test(name)) return fc.oneof(fc.stringMatching(/^\d{14}$/), fc.constantFrom('123', '1234567890123X'));
  if (name === 'key') return fc.oneof(fc.constantFrom(...pools.referenceKeys), markerString);
  return fc.oneof({ weight: 3, arbitrary: markerString }, { weight: 2, arbitrary: edgeStrings }, { weight: 2, arbitrary: fc.string({ maxLength: 40 }) });
}

const dateArb = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('0000-01-01', '9999-12-31', '2026-13-01', '2026-09-03', '2027-09-02'),
);

function scalarArb(type: GraphQLNamedType, name: string, pools: FuzzPools): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pools.ids) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: markerString });
    case 'Int':
      return /version/i.test(name) ? fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 1_000 }) }) : fc.integer({ min: -10, max: 10_000 });
    case 'Float':
    case 'Money':
      return fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.double({ min: -1e6, max: 1e12, noNaN: true }), fc.constantFrom(0, -1, 1e9 + 1));
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return dateArb;
    case 'DateTime':
      return fc.constantFrom('2026-09-03T10:00:00Z', '0000-01-01T00:00:00Z', 'bientôt');
    case 'EmailAddress':
      return stringArb('email', pools);
    case 'JSON':
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant([{ code: 'M2-2026', label: `${SQL_MARKER}json` }]));
    default:
      return stringArb(name, pools);
  }
}

/** A value for an input type; nullable fields are sometimes left out or null. */
function inputArb(type: GraphQLInputType, name: string, pools: FuzzPools, depth: number): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let arb: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    arb = fc.array(inputArb(inner.ofType as GraphQLInputType, name, pools, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = inputArb(field.type, field.name, pools, depth + 1);
    const requiredKeys = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    arb = fc.record(record, { requiredKeys });
  } else if (isEnumType(inner)) {
    arb = fc.constantFrom(...inner.getValues().map((v) => v.name));
  } else {
    arb = scalarArb(inner as GraphQLNamedType, name, pools);
  }
  return required ? arb : fc.option(arb, { nil: null, freq: 5 });
}

/** A selection of the payload: its scalars and, one level down, those of its objects (enough to see a leak). */
function selection(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (depth < 2) {
      const inner = selection(named, depth + 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** Every mutation of the schema with an arbitrary of its operations. */
export function mutationArbitraries(schema: GraphQLSchema, pools: FuzzPools): { name: string; arb: fc.Arbitrary<FuzzOperation> }[] {
  const mutationType = schema.getMutationType();
  if (!mutationType) return [];
  return Object.values(mutationType.getFields()).map((field) => {
    const args = field.args;
    const declared = args.map((a, i) => `$a${i}: ${a.type.toString()}`).join(', ');
    const passed = args.map((a, i) => `${a.name}: $a${i}`).join(', ');
    const returned = getNamedType(field.type);
    const select = selection(returned, 0);
    const query = `mutation Fuzz${args.length ? `(${declared})` : ''} { ${field.name}${args.length ? `(${passed})` : ''}${select ? ` { ${select} }` : ''} }`;
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    args.forEach((a, i) => (record[`a${i}`] = inputArb(a.type, a.name, pools, 0)));
    return { name: field.name, arb: fc.record(record).map((variables) => ({ mutation: field.name, query, variables })) };
  });
}

/**
 * Records the SQL text the drivers receive (not MikroORM's log, which shows values inlined
 * for reading): better-sqlite3's prepare and pg's query, as resolved by MikroORM's drivers.
 */
export function captureSqlText(): { statements: string[]; stop(): void } {
  const statements: string[] = [];
  const restore: (() => void)[] = [];
  const fromSqlite = createRequire(createRequire(import.meta.url).resolve('@mikro-orm/better-sqlite'));
  const knexRequire = createRequire(fromSqlite.resolve('knex'));
  const Database = knexRequire('better-sqlite3') as { prototype: { prepare(sql: string): unknown } };
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: unknown, sql: string) {
    statements.push(sql);
    return prepare.call(this, sql);
  };
  restore.push(() => (Database.prototype.prepare = prepare));
  try {
    const fromPg = createRequire(createRequire(import.meta.url).resolve('@mikro-orm/postgresql'));
    const pg = createRequire(fromPg.resolve('knex'))('pg') as { Client: { prototype: { query(...args: unknown[]): unknown } } };
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const first = args[0];
      statements.push(typeof first === 'string' ? first : String((first as { text?: string } | null)?.text ?? ''));
      return query.apply(this, args);
    };
    restore.push(() => (pg.Client.prototype.query = query));
  } catch {
    // PostgreSQL's driver is not installed beside knex: SQLite only.
  }
  return { statements, stop: () => restore.forEach((r) => r()) };
}
