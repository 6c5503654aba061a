import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LIVRET_ATTACHMENT_MAX_BYTES } from '@alternance/domain';
import { GraphQLError } from 'graphql';
import { BusinessError } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { attachLivretDocument, readLivretAttachment } from './livret-attachments.js';
import { livretPdf, livretProgressXlsx } from './livret-export.js';
import { findLivretProgress } from './livret-progress.service.js';
import { findLivret } from './livret.service.js';

export interface LivretRouteOptions {
  contextOf(request: FastifyRequest): Promise<ServiceContext>;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** Errors as JSON: the GraphQL gate's codes, or the payload-style errors of a business refusal. */
async function guarded(reply: FastifyReply, run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code ?? 'BAD_USER_INPUT');
      return reply.status(STATUS[code] ?? 400).send({ errors: [{ code, message: error.message, field: error.extensions.field ?? null }] });
    }
    if (error instanceof BusinessError) {
      const first = error.errors[0]?.code ?? 'BAD_USER_INPUT';
      return reply.status(STATUS[first] ?? 422).send({ errors: error.errors.map((e) => ({ code: e.code, message: e.message, field: e.field ?? null })) });
    }
    throw error;
  }
}

const query = (request: FastifyRequest): Record<string, string | undefined> => request.query as Record<string, string | undefined>;
const safeName = (name: string): string => encodeURIComponent(name).replace(/['()]/g, escape);

/**
 * The livret's files, plain HTTP beside GraphQL: the signed documents (uploaded as raw
 * bytes, up to 10 Mo, type read from the bytes), the PDF of a livret and the cohort's XLSX.
 * Each checks the session like the GraphQL operations, through the same services.
 */
export async function livretRoutes(app: FastifyInstance, options: LivretRouteOptions): Promise<void> {
  // Raw bytes, a little above the domain's limit so that an oversized document gets LIVRET_ATTACHMENT_TOO_LARGE, not a bare 413.
  const bodyLimit = LIVRET_ATTACHMENT_MAX_BYTES + 1024 * 1024;
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));

  app.post('/livret/attachments', { bodyLimit }, async (request, reply) =>
    guarded(reply, async () => {
      const q = query(request);
      if (!Buffer.isBuffer(request.body)) return reply.status(415).send({ errors: [{ code: 'BAD_USER_INPUT', field: 'file', message: 'Envoyez le fichier tel quel (application/octet-stream).' }] });
      const ctx = await options.contextOf(request);
      const livret = await attachLivretDocument(ctx, { livretId: q.livretId ?? '', period: Number(q.period), code: q.code ?? '', version: Number(q.version ?? 0), name: q.name ?? '' }, request.body);
      return { livret: { id: livret.id, version: livret.version } };
    }),
  );

  app.get('/livret/attachments/:sheetId', async (request, reply) =>
    guarded(reply, async () => {
      const file = await readLivretAttachment(await options.contextOf(request), (request.params as { sheetId: string }).sheetId);
      if (!file) return reply.status(404).send({ errors: [{ code: 'NOT_FOUND', message: 'Document introuvable.', field: null }] });
      return reply.type(file.mediaType).header('content-disposition', `attachment; filename*=UTF-8''${safeName(file.name)}`).header('cache-control', 'private, no-store').send(file.data);
    }),
  );

  app.get('/livret/:id/livret.pdf', async (request, reply) =>
    guarded(reply, async () => {
      const ctx = await options.contextOf(request);
      const livret = await findLivret(ctx, (request.params as { id: string }).id);
      if (!livret) return reply.status(404).send({ errors: [{ code: 'NOT_FOUND', message: 'Livret introuvable.', field: null }] });
      const pdf = await livretPdf(livret, ctx.clock.today());
      const name = `livret-${livret.student.lastName}-${livret.student.firstName}-${livret.academicYear}.pdf`;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename*=UTF-8''${safeName(name)}`).header('cache-control', 'private, no-store').send(pdf);
    }),
  );

  app.get('/livret/progress.xlsx', async (request, reply) =>
    guarded(reply, async () => {
      const q = query(request);
      const progress = await findLivretProgress(await options.contextOf(request), q.cohort ?? '', q.academicYear ?? '');
      const xlsx = await livretProgressXlsx(progress);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${safeName(`livrets-${progress.cohort}-${progress.academicYear}.xlsx`)}`)
        .header('cache-control', 'private, no-store')
        .send(xlsx);
    }),
  );
}
