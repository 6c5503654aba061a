import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';
import { isSaneDate, SANE_YEARS } from '../shared/validate.js';

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
  if (ast.kind === Kind.BOOLEAN) return ast.value;
  return undefined;
}

const bad = (scalar: string, value: unknown, expected: string): GraphQLError =>
  new GraphQLError(`${scalar} : ${JSON.stringify(value)?.slice(0, 60)} n’est pas ${expected}.`, { extensions: { code: 'BAD_USER_INPUT' } });

function scalar(name: string, description: string, parse: (value: unknown) => unknown, serialize: (value: unknown) => unknown): GraphQLScalarType {
  return new GraphQLScalarType({ name, description, parseValue: parse, parseLiteral: (ast) => parse(literal(ast)), serialize });
}

export const DateScalar = scalar(
  'Date',
  'YYYY-MM-DD',
  (v) => {
    if (typeof v !== 'string' || !isSaneDate(v)) throw bad('Date', v, `une date AAAA-MM-JJ valide (années ${SANE_YEARS.min}–${SANE_YEARS.max})`);
    return v;
  },
  (v) => v,
);

export const DateTimeScalar = scalar(
  'DateTime',
  'ISO 8601 with zone',
  (v) => {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) || Number.isNaN(Date.parse(v)) || !isSaneDate(v.slice(0, 10))) {
      throw bad('DateTime', v, 'un horodatage ISO 8601 avec fuseau');
    }
    return new Date(v);
  },
  (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
);

export const MoneyScalar = scalar(
  'Money',
  'Euros, two decimals',
  (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e9) throw bad('Money', v, 'un montant en euros');
    return Math.round(v * 100) / 100;
  },
  (v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v),
);

export const EmailAddressScalar = scalar(
  'EmailAddress',
  'An email address',
  (v) => {
    if (typeof v !== 'string' || v.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw bad('EmailAddress', v, 'une adresse e-mail');
    return v.trim().toLowerCase();
  },
  (v) => v,
);

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  parseValue: (v) => v,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
  serialize: (v) => v,
});
