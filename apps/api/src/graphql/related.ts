import { Utils, wrap, type EntityClass } from '@mikro-orm/core';
import type { GraphQLContext } from './context.js';

/**
 * A related record as a resolver should return it: list read models hand over plain
 * objects with the fields the query asked for (returned as they are); an uninitialised
 * entity reference, or a plain `{ id }` stub, is loaded.
 */
export async function related<T extends object>(ctx: GraphQLContext, value: T & { id: string }, type: EntityClass<T>): Promise<T> {
  const load = (): Promise<T> => ctx.em.findOneOrFail(type, { id: value.id } as never) as Promise<T>;
  if (Utils.isEntity(value as object)) return wrap(value as object).isInitialized() ? value : load();
  return Object.keys(value).length > 1 ? value : load();
}
