import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Actor } from '../../shared/actor.js';
import { BusinessError, missing, type UserError } from '../../shared/errors.js';
import { audit } from '../audit/audit.js';
import { ApiToken } from '../auth/auth.entities.js';
import { graphqlRuntime } from './graphql-runtime.js';
import { PersistedOperation } from './persisted-operation.entity.js';

const { GraphQLError, Kind, parse, validate } = graphqlRuntime;

/** A manifest holds at most this many operations, each at most this long. */
export const MAX_MANIFEST_OPERATIONS = 500;
export const MAX_DOCUMENT_LENGTH = 100_000;
/** The same bound as the server's parser (server.ts, MAX_TOKENS). */
const MAX_TOKENS = 3_000;

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `sha256:<hex>` (the trusted-documents form the portal's build writes) or a bare hex hash, lower-cased; null when neither. */
export function normaliseHash(key: string): string | null {
  const hex = key.trim().toLowerCase().replace(/^sha256:/, '');
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/** The document a token's chain may run under this hash, or null. */
export async function registeredDocument(em: EntityManager, familyId: string, hash: string): Promise<string | null> {
  const rows = (await em.getConnection().execute('select "document" from "persisted_operation" where "family_id" = ? and "hash" = ?', [familyId, hash], 'all')) as { document: string }[];
  return rows[0]?.document ?? null;
}

const familyOf = (token: ApiToken): string => token.familyId ?? token.id;

async function tokenOrFail(em: EntityManager, tokenId: string): Promise<ApiToken> {
  const token = /^[0-9a-f-]{36}$/i.test(tokenId) ? await em.findOne(ApiToken, tokenId) : null;
  if (!token) throw missing('Jeton', tokenId, 'tokenId');
  return token;
}

interface CheckedOperation {
  hash: string;
  document: string;
  operation: OperationDefinitionNode;
}

/** One manifest entry, checked against the schema: its errors name `manifest.<key>`. */
function checkEntry(schema: GraphQLSchema, key: string, document: unknown): CheckedOperation | UserError {
  const field = `manifest.${key}`;
  const hash = normaliseHash(key);
  if (!hash) return { code: 'BAD_USER_INPUT', field, message: `Clé « ${key.slice(0, 80)} » : une empreinte SHA-256 (64 caractères hexadécimaux, préfixe sha256: admis) est attendue.` };
  if (typeof document !== 'string' || document.trim() === '' || document.length > MAX_DOCUMENT_LENGTH) {
    return { code: 'BAD_USER_INPUT', field, message: `Opération ${hash.slice(0, 12)}… : un document GraphQL de 1 à ${MAX_DOCUMENT_LENGTH.toLocaleString('fr-FR')} caractères est attendu.` };
  }
  if (sha256Hex(document) !== hash) return { code: 'HASH_MISMATCH', field, message: `Opération ${hash.slice(0, 12)}… : l’empreinte ne correspond pas au document (SHA-256 du texte exact, espaces compris).` };
  let parsed: DocumentNode;
  try {
    parsed = parse(document, { maxTokens: MAX_TOKENS });
  } catch (error) {
    return { code: 'INVALID_DOCUMENT', field, message: `Opération ${hash.slice(0, 12)}… : ${error instanceof GraphQLError ? error.message : 'document illisible'}.` };
  }
  const invalid = validate(schema, parsed)[0];
  if (invalid) return { code: 'INVALID_DOCUMENT', field, message: `Opération ${hash.slice(0, 12)}… : ${invalid.message}` };
  const operations = parsed.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return { code: 'INVALID_DOCUMENT', field, message: `Opération ${hash.slice(0, 12)}… : un document enregistré contient exactement une opération (il en a ${operations.length}).` };
  return { hash, document, operation: operations[0]! };
}

export interface RegistrationResult {
  operations: PersistedOperation[];
  added: number;
  unchanged: number;
  removed: number;
}

/**
 * Registers a partner's manifest `{ "<sha256>": "<document>" }` for a token's chain, all or
 * nothing: every entry is checked (hash of the exact text, parsed and valid against the
 * schema, one operation) before anything is written. `replace` drops the chain's
 * operations the manifest no longer holds (a client's new version).
 */
export async function registerManifest(em: EntityManager, actor: Actor, tokenId: string, manifest: unknown, replace: boolean, schema: GraphQLSchema, now: Date): Promise<RegistrationResult> {
  const token = await tokenOrFail(em, tokenId);
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'manifest', message: 'Manifeste : un objet JSON { "<empreinte sha256>": "<document GraphQL>" } est attendu.' }]);
  }
  const entries = Object.entries(manifest as Record<string, unknown>);
  if (entries.length === 0 || entries.length > MAX_MANIFEST_OPERATIONS) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'manifest', message: `Manifeste : de 1 à ${MAX_MANIFEST_OPERATIONS} opérations (il en a ${entries.length}).` }]);
  }
  const checked: CheckedOperation[] = [];
  const errors: UserError[] = [];
  for (const [key, document] of entries) {
    const result = checkEntry(schema, key, document);
    if ('code' in result) errors.push(result);
    else checked.push(result);
  }
  if (errors.length) throw new BusinessError(errors);

  const familyId = familyOf(token);
  const existing = await em.find(PersistedOperation, { familyId });
  const known = new Map(existing.map((op) => [op.hash, op]));
  const wanted = new Set(checked.map((c) => c.hash));
  let added = 0;
  for (const entry of checked) {
    if (known.has(entry.hash)) continue;
    const op = Object.assign(new PersistedOperation(), {
      familyId,
      hash: entry.hash,
      document: entry.document,
      operationName: entry.operation.name?.value.slice(0, 200) ?? null,
      operationType: entry.operation.operation,
      registeredBy: actor.id,
    });
    em.persist(op);
    known.set(entry.hash, op);
    added += 1;
  }
  let removed = 0;
  if (replace) {
    for (const op of existing) {
      if (wanted.has(op.hash)) continue;
      em.remove(op);
      known.delete(op.hash);
      removed += 1;
    }
  }
  audit(em, actor, { entityType: 'ApiToken', entityId: token.id, action: 'REGISTER_OPERATIONS', fields: ['operations'], comment: `+${added} −${removed}` }, now);
  await em.flush();
  return { operations: sortOperations([...known.values()]), added, unchanged: checked.length - added, removed };
}

export async function removeOperation(em: EntityManager, actor: Actor, tokenId: string, hashKey: string, now: Date): Promise<RegistrationResult> {
  const token = await tokenOrFail(em, tokenId);
  const hash = normaliseHash(hashKey);
  const familyId = familyOf(token);
  const op = hash ? await em.findOne(PersistedOperation, { familyId, hash }) : null;
  if (!op) throw missing('Opération', hashKey, 'hash');
  em.remove(op);
  audit(em, actor, { entityType: 'ApiToken', entityId: token.id, action: 'REMOVE_OPERATION', fields: ['operations'], comment: op.operationName ?? op.hash.slice(0, 12) }, now);
  await em.flush();
  return { operations: sortOperations(await em.find(PersistedOperation, { familyId })), added: 0, unchanged: 0, removed: 1 };
}

/** The operations of several chains at once (the token list asks for all of its rows'). */
export async function operationsOfFamilies(em: EntityManager, familyIds: string[]): Promise<Map<string, PersistedOperation[]>> {
  const rows = await em.find(PersistedOperation, { familyId: { $in: familyIds } });
  const map = new Map<string, PersistedOperation[]>();
  for (const row of sortOperations(rows)) map.set(row.familyId, [...(map.get(row.familyId) ?? []), row]);
  return map;
}

const sortOperations = (ops: PersistedOperation[]): PersistedOperation[] =>
  [...ops].sort((a, b) => (a.operationName ?? '').localeCompare(b.operationName ?? '') || a.hash.localeCompare(b.hash));
