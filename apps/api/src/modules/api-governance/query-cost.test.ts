import { describe, expect, it } from 'vitest';
import type { OperationDefinitionNode } from 'graphql';
import { buildSchema } from '../../graphql/schema.js';
import { graphqlRuntime } from './graphql-runtime.js';
import { DEFAULT_LIST_SIZE, measureOperation } from './query-cost.js';

const schema = buildSchema();
const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = graphqlRuntime.parse(query);
  expect(graphqlRuntime.validate(schema, document)).toEqual([]);
  return measureOperation(schema, document, document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, variables);
};

describe('the estimated cost and depth of an operation', () => {
  it('multiplies each field by the page sizes above it, from literals, variables or the schema’s default', () => {
    expect(measure('{ contracts(first: 100) { id version } }')).toEqual({ cost: 201, depth: 2 });
    expect(measure('query($n: Int) { contracts(first: $n) { id version } }', { n: 10 })).toEqual({ cost: 21, depth: 2 });
    // contracts' default page is 50.
    expect(measure('{ contracts { id } }')).toEqual({ cost: 51, depth: 2 });
    // A list no argument bounds counts DEFAULT_LIST_SIZE.
    expect(measure('{ contracts(first: 100) { id externalIds { source externalId } } }')).toEqual({ cost: 1 + 100 * (1 + 1 + DEFAULT_LIST_SIZE * 2), depth: 3 });
    expect(measure('{ contracts(first: 2) { mission { student { id } } } }')).toEqual({ cost: 1 + 2 * 3, depth: 4 });
  });

  it('carries a page size given to a page object down to its list, and a bulk input’s size to its results', () => {
    // changes returns a page: `first` sizes its events, not its cursor.
    expect(measure('{ changes(first: 500) { events { cursor type } endCursor hasMore } }').cost).toBe(1 + 1 + 500 * 2 + 1 + 1);
    const items = Array.from({ length: 1000 }, (_, i) => ({ externalId: `CFA-${i}` }));
    const upsert = measure('mutation($input: [ContractUpsertInput!]!) { upsertContracts(input: $input) { results { index status errors { code field } } } }', { input: items });
    expect(upsert.cost).toBe(1 + 1 + 1000 * (2 + 1 + DEFAULT_LIST_SIZE * 2));
    expect(measure('mutation($input: [ContractUpsertInput!]!) { upsertContracts(input: $input) { results { index } } }', { input: items.slice(0, 3) }).cost).toBe(1 + 1 + 3);
  });

  it('follows fragments, leaves out @skip/@include’d fields, and does not count introspection or __typename', () => {
    expect(measure('query { contracts(first: 10) { ...F } } fragment F on Contract { id ... on Contract { version } }')).toEqual({ cost: 21, depth: 2 });
    expect(measure('query($s: Boolean!) { contracts(first: 10) { id version @skip(if: $s) mission @include(if: false) { id } } }', { s: true })).toEqual({ cost: 11, depth: 2 });
    expect(measure('{ __typename contracts(first: 10) { __typename id } __schema { types { name fields { name } } } }')).toEqual({ cost: 11, depth: 2 });
  });
});
