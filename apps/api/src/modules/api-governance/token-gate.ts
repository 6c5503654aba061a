import type { MikroORM } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../shared/actor.js';
import { countHit } from '../auth/rate-limit.js';
import { normaliseHash, registeredDocument, sha256Hex } from './persisted-operations.js';
import { effectiveLimits } from './token-limits.js';

const WINDOW_MS = 60_000;

const graphqlError = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ errors: [{ message, extensions: { code, ...extra } }] });

/**
 * Counts a token's request in its chain's window of the minute, in the database (every
 * instance shares the count), and tells the client where it stands with the RateLimit
 * headers (IETF draft "RateLimit header fields for HTTP"): `RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset` (seconds) and `RateLimit-Policy`. Past the limit:
 * HTTP 429 with `Retry-After`. Answers true when the request was refused.
 */
export async function rateLimitToken(orm: MikroORM, actor: Actor, defaultRatePerMinute: number, reply: FastifyReply, now: Date): Promise<boolean> {
  if (!actor.token) return false;
  const limit = effectiveLimits(actor.token, defaultRatePerMinute).ratePerMinute;
  const { hits, resetSeconds } = await countHit(orm.em.fork(), `api-token:${actor.token.familyId}`, WINDOW_MS, now);
  reply.header('ratelimit-limit', String(limit));
  reply.header('ratelimit-remaining', String(Math.max(0, limit - hits)));
  reply.header('ratelimit-reset', String(resetSeconds));
  reply.header('ratelimit-policy', `${limit};w=60`);
  if (hits <= limit) return false;
  reply.header('retry-after', String(resetSeconds));
  void reply
    .status(429)
    .send(graphqlError('RATE_LIMITED', `Trop de requêtes pour ce jeton : ${limit} par minute au plus. Réessayez dans ${resetSeconds} s.`, { limit, retryAfter: resetSeconds }));
  return true;
}

interface GraphQLParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/** The APQ hash of a request (`extensions.persistedQuery.sha256Hash`), from a POST body or a GET query string. */
function apqHash(extensions: unknown): string | null {
  let value = extensions;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  const hash = (value as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : null;
}

/**
 * Persisted operations (issue 14): a token runs the documents registered for its chain, sent
 * by `documentId` (`sha256:<hex>`, like the portal's trusted documents), by the APQ
 * extension's hash, or as the very text whose hash is registered. A token allowed ad-hoc
 * documents may also send any other text. Answers true when the request was refused.
 */
export async function gatePersistedOperation(orm: MikroORM, actor: Actor, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  if (!actor.token) return false;
  const { familyId, adHocDocuments } = actor.token;
  const params = (request.method === 'GET' ? request.query : request.body) as GraphQLParams | null;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return false;
  const em = orm.em.fork();
  const byHash = typeof params.documentId === 'string' ? params.documentId : typeof params.query !== 'string' ? apqHash(params.extensions) : null;
  if (byHash !== null) {
    const hash = normaliseHash(byHash);
    const document = hash ? await registeredDocument(em, familyId, hash) : null;
    if (document !== null) {
      // A GET's query string cannot be rewritten: such a client sends the text (APQ's second try).
      if (request.method === 'POST') {
        const body = params as Record<string, unknown>;
        body.query = document;
        delete body.documentId;
      }
      return false;
    }
    // An ad-hoc token's unknown APQ hash goes on to Apollo, which asks for the text (APQ's protocol).
    if (adHocDocuments && typeof params.documentId !== 'string') return false;
    void reply
      .status(400)
      .send(graphqlError('PERSISTED_QUERY_NOT_FOUND', `Opération inconnue pour ce jeton (empreinte ${byHash.slice(0, 80)}) : faites enregistrer le manifeste de votre client par le responsable de l’alternance.`, { hash: hash ?? byHash.slice(0, 80) }));
    return true;
  }
  if (adHocDocuments || typeof params.query !== 'string') return false;
  const hash = sha256Hex(params.query);
  if ((await registeredDocument(em, familyId, hash)) !== null) return false;
  void reply
    .status(400)
    .send(
      graphqlError(
        'OPERATION_NOT_REGISTERED',
        `Ce jeton n’exécute que les opérations enregistrées pour lui ; ce document (sha256:${hash}) ne l’est pas. Envoyez le manifeste de votre client au responsable de l’alternance, ou un documentId enregistré.`,
        { hash: `sha256:${hash}` },
      ),
    );
  return true;
}
