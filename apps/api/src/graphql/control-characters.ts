import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import { CONTROL_CHARACTERS } from '../shared/validate.js';

type Path = readonly (string | number)[];

/** Where a control character sits in a JSON value (a variable's value), by field path. */
function inValue(value: unknown, path: Path, found: string[]): void {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTERS.test(value)) found.push(path.join('.'));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => inValue(item, [...path, i], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) inValue(item, [...path, key], found);
  }
}

/** Whether a JSON value holds a control character anywhere: the common answer (no) without building a path per value. */
function anyInValue(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value);
  if (Array.isArray(value)) {
    for (const item of value) if (anyInValue(item)) return true;
  } else if (value !== null && typeof value === 'object') {
    for (const key in value) if (anyInValue((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** Same in a literal of the document; a variable is looked up so that its fields are named by the argument's path. */
function inLiteral(node: ValueNode, path: Path, variables: Record<string, unknown>, found: string[]): void {
  if (node.kind === Kind.STRING) {
    if (CONTROL_CHARACTERS.test(node.value)) found.push(path.join('.'));
  } else if (node.kind === Kind.VARIABLE) {
    // A roster of 1,000 rows is scanned once; paths are built only when something is found (issue 15).
    const value = variables[node.name.value];
    if (anyInValue(value)) inValue(value, path, found);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, i) => inLiteral(item, [...path, i], variables, found));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) inLiteral(field.value, [...path, field.name.value], variables, found);
  }
}

/**
 * Refuses control characters (a NUL, a bell…) in any string input at the boundary, with a
 * BAD_USER_INPUT naming the field (`input.title`), before a resolver runs: no field of this
 * API carries them, and a NUL used to reach PostgreSQL as an internal error (issue 10, item 6).
 */
export function controlCharacterGuard<T extends object>(): ApolloServerPlugin<T> {
  // The arguments of a document, found once: Apollo keeps its parsed documents, and walking
  // the whole document on every request cost a page more than checking its few arguments (issue 15).
  const argumentsOf = new WeakMap<DocumentNode, ArgumentNode[]>();
  const argumentNodes = (document: DocumentNode): ArgumentNode[] => {
    let nodes = argumentsOf.get(document);
    if (!nodes) {
      const found: ArgumentNode[] = [];
      visit(document, {
        Argument(node) {
          found.push(node);
          return false;
        },
      });
      argumentsOf.set(document, (nodes = found));
    }
    return nodes;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = (request.variables ?? {}) as Record<string, unknown>;
          const found: string[] = [];
          for (const node of argumentNodes(document)) inLiteral(node.value, [node.name.value], variables, found);
          if (found.length === 0) return;
          const fields = [...new Set(found)];
          throw new GraphQLError(`Caractère de contrôle interdit (par exemple U+0000) dans : ${fields.join(', ')}.`, {
            extensions: { code: 'BAD_USER_INPUT', field: fields[0], http: { status: 400 } },
          });
        },
      };
    },
  };
}
