import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IdempotencyRecord } from './idempotency-record.entity.js';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
const RECORD = Symbol('idempotencyRecord');
type WithRecord = FastifyRequest & { [RECORD]?: string };

const error = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * security.md: machine writes are idempotent. A GraphQL mutation sent with an
 * `Idempotency-Key` header is recorded before it runs; the same key and body again get the
 * first answer back (nothing is written twice), the same key with another body is refused,
 * and a retry while the first is still running is told so.
 */
export function idempotency(server: FastifyInstance, orm: MikroORM): void {
  server.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || request.routeOptions.url !== '/graphql' || typeof key !== 'string') return;
    const body = request.body as { query?: unknown } | null;
    if (typeof body?.query !== 'string' || !/^\s*mutation\b/.test(body.query)) return;
    if (key.length < 8 || key.length > 200) return reply.status(400).send(error('BAD_REQUEST', 'Idempotency-Key : de 8 à 200 caractères.'));
    const credentials = request.headers.authorization ?? request.headers.cookie ?? '';
    const scopeKey = sha256(`${credentials}\n${key}`);
    const requestHash = sha256(JSON.stringify(body));
    const em = orm.em.fork();
    try {
      const record = Object.assign(new IdempotencyRecord(), { scopeKey, requestHash });
      await em.persistAndFlush(record);
      (request as WithRecord)[RECORD] = record.id;
    } catch (failure) {
      if (!(failure instanceof UniqueConstraintViolationException)) throw failure;
      const previous = await em.fork().findOneOrFail(IdempotencyRecord, { scopeKey });
      if (previous.requestHash !== requestHash) return reply.status(422).send(error('IDEMPOTENCY_KEY_REUSED', 'Cette clé d’idempotence a déjà servi pour une autre requête.'));
      if (previous.state !== 'DONE') return reply.status(409).send(error('IDEMPOTENCY_IN_PROGRESS', 'La même requête est encore en cours : réessayez dans un instant.'));
      return reply.status(previous.statusCode ?? 200).header('idempotent-replay', 'true').type('application/json; charset=utf-8').send(previous.response);
    }
  });
  server.addHook('onSend', async (request, reply, payload) => {
    const id = (request as WithRecord)[RECORD];
    if (!id) return payload;
    await orm.em.fork().nativeUpdate(IdempotencyRecord, { id }, { state: 'DONE', statusCode: reply.statusCode, response: typeof payload === 'string' ? payload : String(payload) });
    return payload;
  });
}
