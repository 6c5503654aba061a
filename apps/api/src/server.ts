import { existsSync, readFileSync, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/core';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { Env } from './env.js';
import type { GraphQLContext } from './graphql/context.js';
import { controlCharacterGuard } from './graphql/control-characters.js';
import { maskError } from './graphql/format-error.js';
import { stringifyAnswer } from './graphql/answer-json.js';
import { buildSchema } from './graphql/schema.js';
import { compiledExecutor } from './graphql/compiled-executor.js';
import { authRoutes, sessionCookieName } from './modules/auth/auth.routes.js';
import { calendarFeedRoutes } from './modules/calendars/calendar-feeds.js';
import { calendarsInForce } from './modules/calendars/calendar-in-force.js';
// The visits module's academic-tutor feed registers itself with the calendars' feeds.
import './modules/visits/visit-feed.js';
import { actorFromApiToken, actorFromSession } from './modules/auth/sessions.js';
import { idempotency } from './modules/idempotency/idempotency.hook.js';
import { tokenQueryLimits } from './modules/api-governance/query-limits.plugin.js';
import { gatePersistedOperation, rateLimitToken } from './modules/api-governance/token-gate.js';
import { CLAIM_LEASE_MS, MailDelivery } from './modules/mail/outbox.js';
import { WEBHOOK_CLAIM_LEASE_MS, WebhookDispatcher } from './modules/webhooks/webhook-dispatcher.js';
import { delay } from './db/queue-claim.js';
import { startReminderSweep } from './modules/missions/confirmation-reminders.js';
import { startLivretReminderSweep } from './modules/livret/livret-reminders.js';
import { startTrainingAgreementReminderSweep } from './modules/people/training-agreement-reminders.js';
import { startUnansweredVisitSweep } from './modules/visits/visit-reminders.js';
import { startOfferDiffusionSweep } from './modules/offers/offer-diffusion.js';
import { offerAlertRoutes } from './modules/offers/offer-alert.routes.js';
import { livretRoutes } from './modules/livret/livret.routes.js';
import { startAbsenceSweeps } from './modules/absences/absence-sweeps.js';
import { stoppageRoute } from './modules/absences/stoppage-route.js';
import { loadReferenceData } from './modules/reference-data/reference-data.service.js';
import type { Actor } from './shared/actor.js';
import { systemClock, type Clock } from './shared/clock.js';
import { securityHeaders } from './security-headers.js';
import { createLoaders } from './shared/service-context.js';

export interface AppOptions {
  env: Env;
  orm: MikroORM;
  clock?: Clock;
  /** Built front-ends to serve, when they exist. */
  portalDir?: string;
  addinDir?: string;
  /** Fastify's logger: true, false, or its options (level, stream). */
  logger?: FastifyServerOptions['logger'];
  /** Documents the portal may run by hash (its build's persisted-documents.json); default: read from portalDir. */
  trustedDocuments?: ReadonlyMap<string, string>;
  /**
   * The timed sweeps (confirmation and livret reminders, late stoppages, monthly statements);
   * on by default. The API's tests run each sweep themselves, so that a timer firing in the
   * middle of a test never adds mails or statements to what it counts.
   */
  sweeps?: boolean;
  /**
   * The mail outbox's and webhooks' timed polls (every 5 s); on by default. Off, the queues
   * are delivered after each mutation's answer and by explicit `deliverDue` calls only.
   */
  pollers?: boolean;
}

export interface App {
  server: FastifyInstance;
  mail: MailDelivery;
  /** The partners' webhooks (issue 14): a durable queue, polled like the outbox. */
  webhooks: WebhookDispatcher;
  close(): Promise<void>;
}

const BODY_LIMIT = 10 * 1024 * 1024;
const REQUEST = Symbol('the GraphQL context’s HTTP request');
type ContextOfRequest = GraphQLContext & { [REQUEST]?: FastifyRequest };
const MAX_TOKENS = 3_000;
const LARGE_ANSWER = 16 * 1024;

/**
 * The portal build's persisted documents (hash → document), or none when it is not built.
 * Read again whenever the file changes on disk, so that a portal rebuilt under a running
 * server has its new operations accepted without a restart (each instance reads its own disk).
 */
function trustedDocumentsOnDisk(portalDir: string | undefined): () => ReadonlyMap<string, string> {
  const file = portalDir ? `${portalDir}/persisted-documents.json` : null;
  let seen: { stamp: string; documents: ReadonlyMap<string, string> } = { stamp: '', documents: new Map() };
  return () => {
    if (!file || !existsSync(file)) return new Map();
    const stat = statSync(file);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    if (stamp !== seen.stamp) seen = { stamp, documents: new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) };
    return seen.documents;
  };
}

/** Cache-Control of a portal file: hashed build assets never change, everything else is checked each time. */
export function portalCacheControl(path: string): string {
  return /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The logger main.ts starts with: production logs every request; development logs warnings
 * and errors, so that the reference shown with a masked error can be found (issue 10, item 7).
 */
export function defaultLogger(env: Pick<Env, 'production'>, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  return { level: env.production ? 'info' : 'warn', ...(stream ? { stream } : {}) };
}

export async function buildApp(options: AppOptions): Promise<App> {
  const { env, orm } = options;
  const clock = options.clock ?? systemClock;
  const secureCookies = env.publicUrl.startsWith('https://');
  const cookieName = sessionCookieName(secureCookies);
  const server = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT, genReqId: () => randomUUID(), trustProxy: env.trustedProxies.length ? env.trustedProxies : false });
  const mail = new MailDelivery(orm, env.smtpUrl, () => clock.now(), env.claimLeaseMs ?? CLAIM_LEASE_MS);
  const webhooks = new WebhookDispatcher(orm, () => clock.now(), env.claimLeaseMs ?? WEBHOOK_CLAIM_LEASE_MS);

  securityHeaders(server, { https: secureCookies });
  await server.register(fastifyCookie, { secret: env.sessionSecret });
  await server.register(fastifyCors, { origin: env.corsOrigins.length ? env.corsOrigins : false, methods: ['GET', 'POST'] });

  // One EntityManager fork per request (security.md), shared by the actor's look-up and the
  // request's context: forking twice cost every GraphQL page a second identity map and unit of work (issue 15).
  const forks = new WeakMap<FastifyRequest, ReturnType<MikroORM['em']['fork']>>();
  const emOf = (request: FastifyRequest) => {
    let em = forks.get(request);
    if (!em) forks.set(request, (em = orm.em.fork()));
    return em;
  };
  // Asked by the token gate and again by the GraphQL context: one read per request (request-scoped, never shared).
  const actors = new WeakMap<FastifyRequest, Promise<Actor | null>>();
  const resolveActor = async (request: FastifyRequest): Promise<Actor | null> => {
    const em = emOf(request);
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) return actorFromApiToken(em, authorization.slice(7).trim(), clock.now());
    const token = request.cookies[cookieName];
    return token ? actorFromSession(em, token, clock.now()) : null;
  };
  const actorOf = (request: FastifyRequest): Promise<Actor | null> => {
    let actor = actors.get(request);
    if (!actor) actors.set(request, (actor = resolveActor(request)));
    return actor;
  };

  await server.register(authRoutes, { orm, clock, secureCookies, publicUrl: env.publicUrl, ipLimitPerMinute: env.authRateLimitPerMinute, actorOf });
  await server.register(calendarFeedRoutes, { orm, clock, referenceData: loadReferenceData });
  await server.register(stoppageRoute, { orm, actorOf });
  await server.register(offerAlertRoutes, { orm, clock, secret: env.sessionSecret });

  const fixedTrusted = options.trustedDocuments;
  const onDisk = trustedDocumentsOnDisk(options.portalDir);
  const trusted = { get: (hash: string) => (fixedTrusted ?? onDisk()).get(hash) };
  const graphqlError = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });
  // security.md: the portal sends its known operations by hash; free-form queries are for API-token clients.
  server.addHook('preHandler', async (request, reply) => {
    // Issue 14: an API token's requests are counted against its rate limit (every route but
    // /auth/*, which tokens may not use and which is limited per IP), and on /graphql it runs
    // only its persisted operations unless allowed ad-hoc documents.
    if (request.headers.authorization?.startsWith('Bearer ') && !request.url.startsWith('/auth/')) {
      const actor = await actorOf(request);
      if (actor?.token) {
        if (await rateLimitToken(orm, actor, env.apiTokenRateLimitPerMinute, reply, clock.now())) return reply;
        if (request.routeOptions.url === '/graphql' && (await gatePersistedOperation(orm, actor, request, reply))) return reply;
        return;
      }
      // An unknown, revoked or expired token is said so, before anything else is read of the
      // request: sent by hash, its operation would otherwise be "unknown" (PERSISTED_QUERY_NOT_FOUND).
      if (!actor && request.routeOptions.url === '/graphql') {
        return reply.status(401).send(graphqlError('UNAUTHENTICATED', 'Jeton d’API inconnu, révoqué ou expiré (en-tête Authorization) : demandez le plus récent au responsable de l’alternance.'));
      }
    }
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
  // A large answer (a roster's checks: half a megabyte) is encoded to UTF-8 once, here, after
  // the other onSend hooks: sent as a string, it was measured (Buffer.byteLength for the
  // Content-Length) and then encoded again by the socket write (issue 15).
  server.addHook('onSend', async (_request, _reply, payload) => (typeof payload === 'string' && payload.length > LARGE_ANSWER ? Buffer.from(payload) : payload));

  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    // The token limit is graphql-js's own parse option (below): armor's runs in a plugin hook,
    // where a syntax error became an HTTP 500 instead of a 400 (issue 10, item 7).
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20_000 },
  });
  const protection = armor.protect();
  // Which GraphQL requests ran a mutation (request-scoped, never shared), for the delivery below.
  // The context carries its request under a symbol: Apollo runs the operation with a shallow copy of it.
  const mutations = new WeakSet<FastifyRequest>();
  const mutationListener: GraphQLRequestListener<GraphQLContext> = {
    async didResolveOperation({ operation, contextValue }) {
      const request = operation?.operation === 'mutation' ? (contextValue as ContextOfRequest)[REQUEST] : undefined;
      if (request) mutations.add(request);
    },
  };
  const markMutations: ApolloServerPlugin<GraphQLContext> = { requestDidStart: async () => mutationListener };
  const apollo = new ApolloServer<GraphQLContext>({
    // Same schema, operations compiled by graphql-jit (issue 15): Apollo's pipeline and plugins are unchanged.
    gateway: compiledExecutor(buildSchema()),
    csrfPrevention: true,
    introspection: !env.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [...protection.validationRules],
    // No HTTP caching of GraphQL answers here: the cache-control plugin would only add a hook to every field resolved.
    plugins: [markMutations, controlCharacterGuard<GraphQLContext>(), tokenQueryLimits(env.apiTokenRateLimitPerMinute), ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]), ApolloServerPluginCacheControlDisabled(), fastifyApolloDrainPlugin(server), ...(env.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    // The same JSON as Apollo's, in ASCII and written in pieces: cheaper to encode and to decode (issue 15).
    stringifyResult: stringifyAnswer,
    formatError: (formatted, error) => maskError(formatted, error, (reference, original) => server.log.error({ reference, err: original }, 'GraphQL internal error')),
  });
  // The livret's files (signed documents, PDF, XLSX) are plain HTTP, on the same sessions and services.
  await server.register(livretRoutes, {
    contextOf: async (request) => {
      const em = emOf(request);
      return { em, actor: await actorOf(request), clock, publicUrl: env.publicUrl, referenceData: () => loadReferenceData(em), loaders: createLoaders(em) };
    },
  });

  await apollo.start();
  await server.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request): Promise<GraphQLContext> => {
      const em = emOf(request);
      let data: ReturnType<typeof loadReferenceData> | null = null;
      const context: ContextOfRequest = {
        [REQUEST]: request,
        em,
        actor: await actorOf(request),
        clock,
        publicUrl: env.publicUrl,
        requestId: String(request.id),
        defaultTokenRatePerMinute: env.apiTokenRateLimitPerMinute,
        // Issue 11: every module's rules read the published calendars in force, not the seed.
        // One load a request, shared by the resolvers that ask at once (a list's rows): the promise is kept,
        // not its value, or each row would read the sections again and split the page's batched loads.
        referenceData: () =>
          (data ??= loadReferenceData(em)
            .then((loaded) => calendarsInForce(em, loaded))
            .catch((error: unknown) => {
              data = null;
              throw error;
            })),
        loaders: createLoaders(em),
      };
      return context;
    },
  });
  // Mails and webhooks written by a mutation go out as soon as it has answered (and by the
  // pollers otherwise). A query writes none: polling after every read cost each page a
  // claim statement built by the ORM (on PostgreSQL a transaction) — issue 15.
  // §3.2: an offer just published is diffused at once to the students who want each offer as it comes.
  let kickOfferDiffusion: () => void = () => undefined;
  server.addHook('onResponse', async (request) => {
    if (mutations.has(request)) {
      void mail.deliverDue().catch(() => undefined);
      void webhooks.deliverDue().catch(() => undefined);
      const query = (request.body as { query?: unknown } | null)?.query;
      if (typeof query === 'string' && /\bpublishOffer\b/.test(query)) kickOfferDiffusion();
    }
  });

  if (options.addinDir && existsSync(options.addinDir)) {
    await server.register(fastifyStatic, { root: options.addinDir, prefix: '/addin/', decorateReply: false });
  }
  if (options.portalDir && existsSync(options.portalDir)) {
    const portalDir = options.portalDir;
    // Files are looked up on disk at each request (wildcard route, no file list taken at start),
    // so that a rebuilt portal is served as it now is, without restarting the API.
    await server.register(fastifyStatic, {
      root: portalDir,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (reply, path) => reply.header('cache-control', portalCacheControl(path)),
    });
    // The portal is a single-page app: its routes (e.g. /lien/…) all answer with index.html, read from disk.
    server.setNotFoundHandler((request, reply) => {
      const index = `${portalDir}/index.html`;
      if (request.method === 'GET' && !request.url.startsWith('/graphql') && !request.url.startsWith('/auth/') && !request.url.startsWith('/assets/') && existsSync(index)) {
        return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(readFileSync(index, 'utf8'));
      }
      return reply.status(404).send({ error: 'NOT_FOUND', message: 'Ressource introuvable.' });
    });
  } else {
    server.get('/', async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send('<!doctype html><html lang="fr"><meta charset="utf-8"><title>Alternance — API</title><h1>Alternance — API</h1><p>API GraphQL : <a href="/graphql">/graphql</a> · état : <a href="/healthz">/healthz</a></p></html>'),
    );
  }

  if (options.pollers ?? true) {
    mail.start();
    webhooks.start();
  }
  const sweeps = options.sweeps ?? true;
  const noSweep = async (): Promise<void> => undefined;
  const stopReminders = sweeps ? startReminderSweep(orm, clock, env.publicUrl) : noSweep;
  const stopLivretReminders = sweeps ? startLivretReminderSweep(orm, clock, env.publicUrl) : noSweep;
  const stopTrainingAgreementReminders = sweeps ? startTrainingAgreementReminderSweep(orm, clock, env.publicUrl) : noSweep;
  const stopAbsenceSweeps = sweeps ? startAbsenceSweeps(orm, clock, env.publicUrl) : noSweep;
  const stopVisitSweep = sweeps ? startUnansweredVisitSweep(orm, clock, env.publicUrl) : noSweep;
  const offerDiffusion = sweeps ? startOfferDiffusionSweep(orm, clock, env.publicUrl, env.sessionSecret) : null;
  kickOfferDiffusion = () => offerDiffusion?.kick();
  const stopOfferDiffusion = offerDiffusion ? () => offerDiffusion.stop() : noSweep;
  return {
    server,
    mail,
    webhooks,
    async close() {
      const drainMs = env.shutdownTimeoutMs;
      // Stop accepting and let the requests in flight answer (new ones on kept-alive connections
      // get 503, idle connections are closed); past the drain time, cut the rest.
      const closing = server.close();
      const requests = Promise.race([closing.then(() => true), delay(drainMs).then(() => false)]).then(async (drained) => {
        if (!drained) {
          server.server.closeAllConnections();
          await closing;
        }
      });
      // Meanwhile the workers take nothing new, finish or give back what they hold, and the
      // sweeps end their run in flight: nothing is left claimed for the lease to expire.
      await Promise.all([requests, stopReminders(), stopLivretReminders(), stopTrainingAgreementReminders(), stopAbsenceSweeps(), stopVisitSweep(), stopOfferDiffusion(), mail.stop(drainMs), webhooks.stop(drainMs)]);
    },
  };
}
