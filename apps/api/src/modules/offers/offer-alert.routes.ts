import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/core';
import { BusinessError } from '../../shared/errors.js';
import type { Clock } from '../../shared/clock.js';
import { offerAlertsOf, writeOfferAlerts } from './offer-alert.service.js';
import { studentOfOfferAlertToken } from './offer-alert-token.js';

const UNKNOWN = { error: 'NOT_FOUND', message: 'Lien inconnu : utilisez le dernier mail d’offres reçu, ou la page Offres du portail.' };

/**
 * GET and POST /offer-alerts/:token — the link of every diffusion mail (§3.2): reads and changes
 * how its student receives the offers, without signing in (the token is signed by the server's
 * secret, see offer-alert-token.ts). Plain HTTP, like the other links: nothing of the student but
 * their choice is shown.
 */
export async function offerAlertRoutes(app: FastifyInstance, options: { orm: MikroORM; clock: Clock; secret: string }): Promise<void> {
  app.get<{ Params: { token: string } }>('/offer-alerts/:token', async (request, reply) => {
    const studentId = studentOfOfferAlertToken(options.secret, request.params.token);
    const alerts = studentId ? await offerAlertsOf(options.orm.em, studentId) : null;
    if (!alerts) return reply.status(404).header('cache-control', 'no-store').send(UNKNOWN);
    return reply.header('cache-control', 'no-store').send({ frequency: alerts.frequency, version: alerts.version });
  });

  app.post<{ Params: { token: string }; Body: { frequency?: unknown; version?: unknown } | null }>('/offer-alerts/:token', async (request, reply) => {
    const studentId = studentOfOfferAlertToken(options.secret, request.params.token);
    if (!studentId || !(await offerAlertsOf(options.orm.em, studentId))) return reply.status(404).send(UNKNOWN);
    const body = request.body && typeof request.body === 'object' ? request.body : {};
    try {
      const alerts = await writeOfferAlerts(options.orm.em, null, studentId, body.frequency, body.version, options.clock.now());
      return reply.header('cache-control', 'no-store').send({ frequency: alerts.frequency, version: alerts.version });
    } catch (error) {
      if (!(error instanceof BusinessError)) throw error;
      return reply.status(error.errors.some((e) => e.code === 'CONFLICT') ? 409 : 400).send({ errors: error.errors });
    }
  });
}
