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

  // RFC 8058: a mail client's one-click unsubscription POSTs `List-Unsubscribe=One-Click` as a form
  // (urlencoded or multipart) on the mail's List-Unsubscribe address; parsed in this plugin only.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => done(null, { form: new URLSearchParams(String(body)) }));
  app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 8192 }, (_request, body, done) => done(null, { form: multipartFields(String(body)) }));

  app.post<{ Params: { token: string }; Body: { frequency?: unknown; version?: unknown; form?: URLSearchParams } | null }>('/offer-alerts/:token', async (request, reply) => {
    const studentId = studentOfOfferAlertToken(options.secret, request.params.token);
    const alerts = studentId ? await offerAlertsOf(options.orm.em, studentId) : null;
    if (!studentId || !alerts) return reply.status(404).send(UNKNOWN);
    const body = request.body && typeof request.body === 'object' ? request.body : {};
    if (body.form instanceof URLSearchParams) {
      if (body.form.get('List-Unsubscribe') !== 'One-Click') return reply.status(400).send({ errors: [{ code: 'BAD_USER_INPUT', field: 'List-Unsubscribe', message: 'List-Unsubscribe : « One-Click » attendu (RFC 8058).' }] });
      // No page, no version read: the student asked to stop, whatever they chose meanwhile (a concurrent edit is read again once).
      const stop = (version: number) => writeOfferAlerts(options.orm.em, null, studentId, 'NONE', version, options.clock.now());
      const done = await stop(alerts.version).catch(async (error: unknown) => {
        if (!(error instanceof BusinessError) || !error.errors.some((e) => e.code === 'CONFLICT')) throw error;
        return stop((await offerAlertsOf(options.orm.em, studentId))!.version);
      });
      return reply.header('cache-control', 'no-store').send({ frequency: done.frequency, version: done.version });
    }
    try {
      const alerts = await writeOfferAlerts(options.orm.em, null, studentId, body.frequency, body.version, options.clock.now());
      return reply.header('cache-control', 'no-store').send({ frequency: alerts.frequency, version: alerts.version });
    } catch (error) {
      if (!(error instanceof BusinessError)) throw error;
      return reply.status(error.errors.some((e) => e.code === 'CONFLICT') ? 409 : 400).send({ errors: error.errors });
    }
  });
}

/** The text fields of a multipart/form-data body (RFC 7578), enough for a one-click unsubscription's one field. */
function multipartFields(body: string): URLSearchParams {
  const fields = new URLSearchParams();
  for (const part of body.split(/\r?\n--/)) {
    const match = /content-disposition:\s*form-data;\s*name="([^"]*)"[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*)$/i.exec(part);
    if (match) fields.append(match[1]!, match[2]!.replace(/\r?\n$/, ''));
  }
  return fields;
}
