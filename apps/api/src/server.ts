import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/core';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Env } from './env.js';
import type { GraphQLContext } from './graphql/context.js';
import { maskError } from './graphql/format-error.js';
import { buildSchema } from './graphql/schema.js';
import { authRoutes, sessionCookieName } from './modules/auth/auth.routes.js';
import { actorFromApiToken, actorFromSession } from './modules/auth/sessions.js';
import { idempotency } from './modules/idempotency/idempotency.hook.js';
import { MailDelivery } from './modules/mail/outbox.js';
import { startReminderSweep } from './modules/missions/confirmation-reminders.js';
import { loadReferenceData } from './modules/reference-data/reference-data.service.js';
import type { Actor } from './shared/actor.js';
import { systemClock, type Clock } from './shared/clock.js';
import { createLoaders } from './shared/service-context.js';

export interface AppOptions {
  env: Env;
  orm: MikroORM;
  clock?: Clock;
  /** Built front-ends to serve, when they exist. */
  portalDir?: string;
  addinDir?: string;
  logger?: boolean;
  /** Documents the portal may run by hash (its build's persisted-documents.json); default: read from portalDir. */
  trustedDocuments?: ReadonlyMap<string, string>;
}

export interface App {
  server: FastifyInstance;
  mail: MailDelivery;
  close(): Promise<void>;
}

const BODY_LIMIT = 10 * 1024 * 1024;

/** The portal build's persisted documents (hash → document), or none when it is not built. */
function readTrustedDocuments(portalDir: string | undefined): ReadonlyMap<string, string> {
  const file = portalDir ? `${portalDir}/persisted-documents.json` : null;
  if (!file || !existsSync(file)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { env, orm } = options;
  const clock = options.clock ?? systemClock;
  const secureCookies = env.publicUrl.startsWith('https://');
  const cookieName = sessionCookieName(secureCookies);
  const server = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT, genReqId: () => randomUUID(), trustProxy: env.production });
  const mail = new MailDelivery(orm, env.smtpUrl, () => clock.now());

  await server.register(fastifyCookie, { secret: env.sessionSecret });
  await server.register(fastifyRateLimit, { global: false });
  await server.register(fastifyCors, { origin: env.corsOrigins.length ? env.corsOrigins : false, methods: ['GET', 'POST'] });

  const actorOf = async (request: FastifyRequest): Promise<Actor | null> => {
    const em = orm.em.fork();
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) return actorFromApiToken(em, authorization.slice(7).trim(), clock.now());
    const token = request.cookies[cookieName];
    return token ? actorFromSession(em, token, clock.now()) : null;
  };

  await server.register(authRoutes, { orm, clock, secureCookies, actorOf });

  const trusted = options.trustedDocuments ?? readTrustedDocuments(options.portalDir);
  const graphqlError = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });
  // security.md: the portal sends its known operations by hash; free-form queries are for API-token clients.
  server.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/graphql') return;
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    if (typeof body.documentId === 'string') {
      const query = trusted.get(body.documentId);
      if (!query) return reply.status(400).send(graphqlError('PERSISTED_QUERY_NOT_FOUND', 'Opération inconnue de ce serveur : rechargez la page.'));
      body.query = query;
      delete body.documentId;
      return;
    }
    if (env.enforceTrustedDocuments && typeof body.query === 'string' && !request.headers.authorization?.startsWith('Bearer ')) {
      return reply.status(400).send(graphqlError('PERSISTED_QUERY_REQUIRED', 'Les requêtes libres sont réservées aux clients munis d’un jeton d’API.'));
    }
  });

  server.get('/healthz', async (_request, reply) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      return { status: 'ok' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  idempotency(server, orm);

  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    maxTokens: { n: 3_000 },
    costLimit: { maxCost: 20_000 },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GraphQLContext>({
    schema: buildSchema(),
    csrfPrevention: true,
    introspection: !env.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    validationRules: [...protection.validationRules],
    // No HTTP caching of GraphQL answers here: the cache-control plugin would only add a hook to every field resolved.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]), ApolloServerPluginCacheControlDisabled(), fastifyApolloDrainPlugin(server), ...(env.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    formatError: (formatted, error) => maskError(formatted, error, (reference, original) => server.log.error({ reference, err: original }, 'GraphQL internal error')),
  });
  await apollo.start();
  await server.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request): Promise<GraphQLContext> => {
      const em = orm.em.fork();
      let data: Awaited<ReturnType<typeof loadReferenceData>> | null = null;
      return {
        em,
        actor: await actorOf(request),
        clock,
        publicUrl: env.publicUrl,
        requestId: String(request.id),
        referenceData: async () => (data ??= await loadReferenceData(em)),
        loaders: createLoaders(em),
      };
    },
  });
  // Mails written by a request go out as soon as it has answered (and by the poller otherwise).
  server.addHook('onResponse', async (request) => {
    if (request.url.startsWith('/graphql') && request.method === 'POST') void mail.deliverDue().catch(() => undefined);
  });

  if (options.addinDir && existsSync(options.addinDir)) {
    await server.register(fastifyStatic, { root: options.addinDir, prefix: '/addin/', decorateReply: false });
  }
  if (options.portalDir && existsSync(`${options.portalDir}/index.html`)) {
    const index = readFileSync(`${options.portalDir}/index.html`, 'utf8');
    await server.register(fastifyStatic, { root: options.portalDir, prefix: '/', wildcard: false });
    // The portal is a single-page app: its routes (e.g. /lien/…) all answer with index.html.
    server.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && !request.url.startsWith('/auth/')) return reply.type('text/html').send(index);
      return reply.status(404).send({ error: 'NOT_FOUND', message: 'Ressource introuvable.' });
    });
  } else {
    server.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><html lang="fr"><meta charset="utf-8"><title>Alternance — API</title><h1>Alternance — API</h1><p>API GraphQL : <a href="/graphql">/graphql</a> · état : <a href="/healthz">/healthz</a></p></html>'),
    );
  }

  mail.start();
  const stopReminders = startReminderSweep(orm, clock, env.publicUrl);
  return {
    server,
    mail,
    async close() {
      stopReminders();
      await server.close();
      await mail.stop();
    },
  };
}
