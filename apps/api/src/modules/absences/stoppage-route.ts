import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import type { Actor } from '../../shared/actor.js';
import { can } from '../../policy/policy.js';
import { Absence, AbsenceDocument } from './absence.entities.js';
import { absenceScope } from './absence-scope.js';

/**
 * GET /absences/:id/stoppage — the work stoppage's file, for the office (the secretariat and
 * the manager receive it, §4.3.1 step 3). Health data: never cached, always downloaded
 * (never rendered inline by the browser), its type the one read from its bytes at upload.
 */
export async function stoppageRoute(app: FastifyInstance, options: { orm: MikroORM; actorOf(request: FastifyRequest): Promise<Actor | null> }): Promise<void> {
  app.get<{ Params: { id: string } }>('/absences/:id/stoppage', async (request, reply) => {
    const actor = await options.actorOf(request);
    if (!actor) return reply.status(401).send({ error: 'UNAUTHENTICATED', message: 'Connexion requise.' });
    if (!can(actor, 'absences:record')) return reply.status(403).send({ error: 'FORBIDDEN', message: 'Accès refusé.' });
    if (!/^[0-9a-f-]{36}$/.test(request.params.id)) return reply.status(404).send({ error: 'NOT_FOUND', message: 'Arrêt introuvable.' });
    // The document the absence points to, shared by every absence it covers (§4.3).
    const em = options.orm.em.fork();
    const absence = await em.findOne(Absence, { $and: [{ id: request.params.id }, absenceScope(actor)] }, { fields: ['document'] });
    const document = absence?.document ? await em.findOne(AbsenceDocument, { id: absence.document.id }, { populate: ['content'] }) : null;
    if (!document) return reply.status(404).send({ error: 'NOT_FOUND', message: 'Arrêt introuvable.' });
    return reply
      .header('content-type', document.mediaType)
      .header('content-disposition', `attachment; filename="${document.fileName.replace(/[^\w.-]/g, '_')}"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(document.content);
  });
}
