import type { DirectiveNode, DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLCompositeType, GraphQLField, GraphQLSchema, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { graphqlRuntime } from './graphql-runtime.js';

const { getNamedType, getNullableType, GraphQLIncludeDirective, GraphQLSkipDirective, isInterfaceType, isListType, isObjectType, Kind, valueFromASTUntyped } = graphqlRuntime;

/** A list whose size no argument tells (a contract's identifiers, an item's errors) is assumed this long. */
export const DEFAULT_LIST_SIZE = 10;
/** Arguments that bound the page a field returns. */
const PAGE_ARGUMENTS = ['first', 'last', 'limit'];

export interface QueryMeasure {
  /** How many field values the operation may resolve, at most, by its arguments. */
  cost: number;
  /** The deepest field, a root field being 1. */
  depth: number;
}

type Variables = Record<string, unknown>;

/**
 * Estimates an operation before it runs (issue 14): every field counts once per time it may
 * be resolved, i.e. multiplied by the sizes of the lists above it. A list's size is its
 * field's `first`/`limit`, else the length of the longest list among its arguments (the
 * items of a bulk input: `upsertContracts(input: [1,000 items])` returns 1,000 results),
 * else DEFAULT_LIST_SIZE. A page size given to a field that returns an object (a page with
 * its cursor) applies to the first list below it. Introspection fields and `__typename`
 * are free; fields left out by @skip/@include do not count.
 *
 * Why our own and not graphql-query-complexity: its estimators see one field and its
 * children's total, so a page size cannot reach the list inside a page object without
 * annotating the schema; depth is another library (graphql-depth-limit, a fixed validation
 * rule). Here both come from one walk, against a maximum that depends on the token.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables = {}): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { cost: 0, depth: 0 };
  let depth = 0;

  const included = (directives: readonly DirectiveNode[] | undefined): boolean => {
    for (const directive of directives ?? []) {
      const condition = directive.arguments?.find((a) => a.name.value === 'if');
      const value = condition ? valueFromASTUntyped(condition.value, variables) : undefined;
      if (directive.name.value === GraphQLSkipDirective.name && value === true) return false;
      if (directive.name.value === GraphQLIncludeDirective.name && value === false) return false;
    }
    return true;
  };

  const sizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | null => {
    const values = new Map<string, unknown>();
    for (const arg of field.args) if (arg.defaultValue !== undefined) values.set(arg.name, arg.defaultValue);
    for (const arg of node.arguments ?? []) {
      const value = valueFromASTUntyped(arg.value, variables);
      if (value !== undefined) values.set(arg.name.value, value);
    }
    for (const name of PAGE_ARGUMENTS) {
      const value = values.get(name);
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
    }
    let longest: number | null = null;
    for (const value of values.values()) if (Array.isArray(value)) longest = Math.max(longest ?? 0, value.length);
    return longest;
  };

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, times: number, pending: number | null, level: number, seen: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection.directives)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        cost += walk(selection.selectionSet, type ?? parent, times, pending, level, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // Validation refuses cycles; the guard keeps a bad document from looping here anyway.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        cost += walk(fragment.selectionSet, type ?? parent, times, pending, level, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.name.value.startsWith('__')) continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      depth = Math.max(depth, level);
      cost += times;
      if (!selection.selectionSet) continue;
      const size = sizeOf(field, selection) ?? pending;
      const list = isListType(getNullableType(field.type));
      const childTimes = list ? times * (size ?? DEFAULT_LIST_SIZE) : times;
      cost += walk(selection.selectionSet, getNamedType(field.type) as GraphQLCompositeType, childTimes, list ? null : size, level + 1, seen);
    }
    return cost;
  };

  const cost = walk(operation.selectionSet, root, 1, null, 1, new Set());
  return { cost: Math.min(cost, Number.MAX_SAFE_INTEGER), depth };
}
