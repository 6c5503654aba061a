import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { enqueueMail } from '../mail/outbox.js';
import type { MikroORM } from '@mikro-orm/core';
import type { Actor } from '../../shared/actor.js';
import type { Clock } from '../../shared/clock.js';
import { isPartner, PARTNER_CODES } from '@alternance/domain';
import { PARTNER_SCOPES, TOKEN_SCOPES, type Permission } from '../../policy/permissions.js';
import { can } from '../../policy/policy.js';
import { CONTROL_CHARACTERS } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { ApiToken, PersonalLink, User } from './auth.entities.js';
import { hashPassword, randomToken, sha256, verifyPassword } from './secrets.js';
import { clearLoginFailures, recordLoginFailure, THROTTLE_AFTER, throttleDelayMs, throttleWait } from './login-throttle.js';
import { hitRateLimit } from './rate-limit.js';
import { closeSession, openSession, SESSION_ABSOLUTE_MS } from './sessions.js';
import { signInThrottledMail } from './throttle-alert-mail.js';
import { limitErrors } from '../api-governance/token-limits.js';
import { replacedTutorLink } from '../lifecycle/replaced-tutor.js';

/** Default requests per IP and minute on each sign-in/link/token endpoint (AUTH_RATE_LIMIT_PER_MINUTE), counted in the database (all instances). */
export const IP_LIMIT_PER_MINUTE = 20;
/** How long a rotated API token keeps working beside its successor, by default. */
export const ROTATION_OVERLAP_HOURS = 24;
const DEVICE_COOKIE = 'alt_device';
/** Accounts remembered by one browser's device cookie. */
const DEVICE_ACCOUNTS = 5;

export interface AuthRouteOptions {
  orm: MikroORM;
  clock: Clock;
  secureCookies: boolean;
  publicUrl: string;
  ipLimitPerMinute: number;
  actorOf(request: FastifyRequest): Promise<Actor | null>;
}

export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-alt_session' : 'alt_session');

function bad(reply: FastifyReply, status: number, code: string, message: string, field?: string): FastifyReply {
  return reply.status(status).send({ error: code, message, ...(field ? { field } : {}) });
}

function str(body: unknown, field: string, max: number): string | null {
  const value = (body as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;
}

/** The first of the body's fields that holds a control character (issue 10, item 6), or null. */
function controlField(body: unknown, fields: readonly string[]): string | null {
  const record = (body ?? {}) as Record<string, unknown>;
  return fields.find((f) => typeof record[f] === 'string' && CONTROL_CHARACTERS.test(record[f])) ?? null;
}

const controlError = (reply: FastifyReply, field: string): FastifyReply => bad(reply, 400, 'BAD_USER_INPUT', `Caractère de contrôle interdit dans : ${field}.`, field);

/**
 * Sign-in, personal links and token issuance are plain HTTP endpoints (security.md), so
 * that GraphQL aliases and batching cannot multiply attempts; each is rate-limited per IP.
 */
export async function authRoutes(app: FastifyInstance, options: AuthRouteOptions): Promise<void> {
  const { orm, clock } = options;
  const cookieName = sessionCookieName(options.secureCookies);
  const setSession = (reply: FastifyReply, token: string): void => {
    reply.setCookie(cookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secureCookies, maxAge: SESSION_ABSOLUTE_MS / 1000 });
  };
  // Verified against when the account is unknown, so that timing does not tell which emails exist.
  const dummyHash = await hashPassword(randomToken(16));
  // security.md: per IP, in the database so that the limit holds across instances; request.ip
  // honours X-Forwarded-For only from TRUSTED_PROXIES (issue 10, item 4).
  const limited = {
    preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      const wait = await hitRateLimit(orm.em.fork(), { bucket: `${request.routeOptions.url}:${request.ip}`, max: options.ipLimitPerMinute, windowMs: 60_000 }, clock.now());
      if (wait !== null) {
        reply.header('retry-after', String(wait));
        return bad(reply, 429, 'RATE_LIMITED', `Trop de requêtes depuis votre adresse : réessayez dans ${wait} s.`);
      }
    },
  };
  // A browser where an account signed in before: its owner's right password is still accepted while
  // the address is throttled, so that a stranger's failures cannot lock the owner out.
  const deviceAccounts = (request: FastifyRequest): string[] => {
    const raw = request.cookies[DEVICE_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    return unsigned?.valid && unsigned.value ? unsigned.value.split('.').filter((id) => /^[0-9a-f-]{36}$/.test(id)) : [];
  };
  const rememberDevice = (request: FastifyRequest, reply: FastifyReply, userId: string): void => {
    const ids = [userId, ...deviceAccounts(request).filter((id) => id !== userId)].slice(0, DEVICE_ACCOUNTS);
    reply.setCookie(DEVICE_COOKIE, ids.join('.'), { path: '/auth/', httpOnly: true, sameSite: 'strict', secure: options.secureCookies, signed: true, maxAge: 365 * 86_400 });
  };
  const throttled = (reply: FastifyReply, wait: number): FastifyReply => {
    reply.header('retry-after', String(wait));
    return reply.status(429).send({ error: 'THROTTLED', message: `Trop de tentatives pour ce compte : réessayez dans ${Math.ceil(wait / 60)} minute(s).`, retryAfter: wait });
  };

  app.post('/auth/login', limited, async (request, reply) => {
    const dirty = controlField(request.body, ['email', 'password']);
    if (dirty) return controlError(reply, dirty);
    const email = str(request.body, 'email', 254)?.trim().toLowerCase() ?? null;
    const password = str(request.body, 'password', 128);
    if (!email) return bad(reply, 400, 'BAD_USER_INPUT', 'Adresse e-mail manquante ou trop longue.', 'email');
    if (!password) return bad(reply, 400, 'BAD_USER_INPUT', 'Mot de passe manquant ou trop long.', 'password');
    const em = orm.em.fork();
    const now = clock.now();
    const emailHash = sha256(email);
    const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
    // Throttling is per address, known or not, and answers the same for both (issue 10, item 5).
    const wait = await throttleWait(em, emailHash, now);
    if (wait !== null && !(user && deviceAccounts(request).includes(user.id))) return throttled(reply, wait);
    // An unknown address is verified against a dummy hash: the same work, the same answer.
    const ok = await verifyPassword(user?.passwordHash ?? dummyHash, password);
    if (!user || !ok || !user.active) {
      const failures = await recordLoginFailure(em, emailHash, now);
      if (user && failures === THROTTLE_AFTER) {
        enqueueMail(em, user.email, 'sign-in-throttled', signInThrottledMail({ displayName: user.displayName, failures, waitMinutes: Math.ceil(throttleDelayMs(failures) / 60_000), publicUrl: options.publicUrl }), null, now);
        await em.flush();
      }
      return bad(reply, 401, 'INVALID_CREDENTIALS', 'Adresse e-mail ou mot de passe incorrect.');
    }
    await clearLoginFailures(em, emailHash);
    user.lastLoginAt = now;
    await em.flush();
    setSession(reply, await openSession(em, { type: 'USER', id: user.id, role: user.role }, now));
    rememberDevice(request, reply, user.id);
    return { role: user.role, displayName: user.displayName };
  });

  app.post('/auth/logout', async (request, reply) => {
    const token = request.cookies[cookieName];
    if (token) await closeSession(orm.em.fork(), token);
    reply.clearCookie(cookieName, { path: '/' });
    return { ok: true };
  });

  // The landing page of a personal link posts its token here: a GET would let mail scanners open it.
  // Opening does not spend the link (opened on a phone, it still works on a desktop): the
  // answer does (mission.service), and a fresh link sent by the office revokes it.
  app.post('/auth/link', limited, async (request, reply) => {
    if (controlField(request.body, ['token'])) return controlError(reply, 'token');
    const token = str(request.body, 'token', 200);
    if (!token) return bad(reply, 400, 'BAD_USER_INPUT', 'Lien incomplet.', 'token');
    const em = orm.em.fork();
    const now = clock.now();
    const link = await em.findOne(PersonalLink, { tokenHash: sha256(token) });
    if (!link) return bad(reply, 404, 'LINK_INVALID', 'Ce lien n’est pas valide.');
    if (link.usedAt) return bad(reply, 410, 'LINK_USED', 'Vous avez déjà répondu avec ce lien : il ne sert plus. Pour toute correction, écrivez au responsable de l’alternance.');
    if (link.revokedAt && (await replacedTutorLink(em, link))) {
      return bad(reply, 410, 'LINK_TUTOR_REPLACED', 'Vous n’êtes plus tuteur professionnel de cette alternance : ce lien ne fonctionne plus. Pour toute question, écrivez au responsable de l’alternance.');
    }
    if (link.revokedAt) return bad(reply, 410, 'LINK_REVOKED', 'Un nouveau lien vous a été envoyé par e-mail : utilisez le plus récent.');
    if (link.expiresAt <= now) return bad(reply, 410, 'LINK_EXPIRED', 'Ce lien a expiré : demandez-en un nouveau au responsable de l’alternance.');
    setSession(reply, await openSession(em, { type: link.subjectType, id: link.subjectId, role: link.subjectType, missionId: link.missionId, purpose: link.purpose, objectId: link.objectId }, now));
    if (link.purpose === 'VISIT_SLOT_CHOICE') return { role: link.subjectType, missionId: null, visitId: link.missionId, purpose: link.purpose };
    return { role: link.subjectType, missionId: link.missionId, purpose: link.purpose, objectId: link.objectId };
  });

  app.post('/auth/tokens', limited, async (request, reply) => {
    const actor = await options.actorOf(request);
    if (!actor) return bad(reply, 401, 'UNAUTHENTICATED', 'Connexion requise.');
    if (actor.kind === 'TOKEN' || !can(actor, 'tokens:manage')) return bad(reply, 403, 'FORBIDDEN', 'Accès refusé.');
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (controlField(body, ['name'])) return controlError(reply, 'name');
    const name = str(body, 'name', 100);
    if (!name) return bad(reply, 400, 'BAD_USER_INPUT', 'Nom du jeton manquant (100 caractères au plus).', 'name');
    const scopes = body.scopes;
    if (!Array.isArray(scopes) || scopes.length === 0 || scopes.some((s) => !TOKEN_SCOPES.includes(s as Permission))) {
      return bad(reply, 400, 'BAD_USER_INPUT', `Portées admises : ${TOKEN_SCOPES.join(', ')}.`, 'scopes');
    }
    const partner = body.partner ?? null;
    if (partner !== null && !isPartner(partner)) return bad(reply, 400, 'BAD_USER_INPUT', `Partenaire inconnu (admis : ${PARTNER_CODES.join(', ')}).`, 'partner');
    if (partner !== null && scopes.some((s) => !PARTNER_SCOPES.includes(s as Permission))) {
      return bad(reply, 400, 'BAD_USER_INPUT', `Portées admises pour un partenaire : ${PARTNER_SCOPES.join(', ')}.`, 'scopes');
    }
    const days = body.expiresInDays ?? 90;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) {
      return bad(reply, 400, 'BAD_USER_INPUT', 'Durée de validité : de 1 à 366 jours.', 'expiresInDays');
    }
    // Issue 14: a partner's token runs only its registered operations unless told otherwise;
    // other tokens (the Excel add-in) send their own documents unless told otherwise.
    const adHoc = body.adHocDocuments ?? partner === null;
    if (typeof adHoc !== 'boolean') return bad(reply, 400, 'BAD_USER_INPUT', 'Documents libres : vrai ou faux.', 'adHocDocuments');
    const limitError = limitErrors(body)[0];
    if (limitError) return bad(reply, 400, 'BAD_USER_INPUT', limitError.message, limitError.field ?? undefined);
    const em = orm.em.fork();
    const now = clock.now();
    const token = `alt_${randomToken(32)}`;
    const row = new ApiToken();
    row.adHocDocuments = adHoc;
    row.rateLimitPerMinute = (body.rateLimitPerMinute as number | undefined) ?? null;
    row.maxCost = (body.maxCost as number | undefined) ?? null;
    row.maxDepth = (body.maxDepth as number | undefined) ?? null;
    row.name = name;
    row.tokenHash = sha256(token);
    row.prefix = token.slice(0, 12);
    row.scopes = [...new Set(scopes as string[])];
    row.createdBy = actor.id;
    row.expiresAt = new Date(now.getTime() + days * 86_400_000);
    row.partner = partner;
    em.persist(row);
    audit(em, actor, { entityType: 'ApiToken', entityId: row.id, action: 'CREATE', fields: partner ? ['scopes', 'partner'] : ['scopes'], comment: name }, now);
    await em.flush();
    // The only time the token is shown: only its hash is kept.
    return reply.status(201).send({ id: row.id, token, prefix: row.prefix, scopes: row.scopes, partner: row.partner, adHocDocuments: row.adHocDocuments, expiresAt: row.expiresAt.toISOString() });
  });

  // Rotation (issue 14): a new secret with the same name, partner and scopes; the old
  // one keeps working for the overlap period, so that the partner deploys the new one without a gap.
  app.post<{ Params: { id: string } }>('/auth/tokens/:id/rotate', limited, async (request, reply) => {
    const actor = await options.actorOf(request);
    if (!actor) return bad(reply, 401, 'UNAUTHENTICATED', 'Connexion requise.');
    if (actor.kind === 'TOKEN' || !can(actor, 'tokens:manage')) return bad(reply, 403, 'FORBIDDEN', 'Accès refusé.');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const hours = body.overlapHours ?? ROTATION_OVERLAP_HOURS;
    if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > 168) {
      return bad(reply, 400, 'BAD_USER_INPUT', 'Période de recouvrement : de 0 à 168 heures.', 'overlapHours');
    }
    const days = body.expiresInDays ?? 90;
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366) {
      return bad(reply, 400, 'BAD_USER_INPUT', 'Durée de validité : de 1 à 366 jours.', 'expiresInDays');
    }
    const em = orm.em.fork();
    const now = clock.now();
    const old = /^[0-9a-f-]{36}$/i.test(request.params.id) ? await em.findOne(ApiToken, request.params.id) : null;
    if (!old) return bad(reply, 404, 'NOT_FOUND', 'Jeton introuvable.', 'id');
    if (old.revokedAt || old.expiresAt <= now) return bad(reply, 409, 'TOKEN_INACTIVE', 'Ce jeton est révoqué ou expiré : créez-en un nouveau.', 'id');
    if ((await em.count(ApiToken, { replacesId: old.id })) > 0) return bad(reply, 409, 'TOKEN_ALREADY_ROTATED', 'Ce jeton a déjà été remplacé : faites tourner le plus récent.', 'id');
    const token = `alt_${randomToken(32)}`;
    const row = new ApiToken();
    row.name = old.name;
    row.tokenHash = sha256(token);
    row.prefix = token.slice(0, 12);
    row.scopes = [...old.scopes];
    row.partner = old.partner;
    row.createdBy = actor.id;
    row.replacesId = old.id;
    // The chain keeps its rate counter, its limits and its persisted operations (api-governance).
    row.familyId = old.familyId ?? old.id;
    row.rateLimitPerMinute = old.rateLimitPerMinute;
    row.maxCost = old.maxCost;
    row.maxDepth = old.maxDepth;
    row.adHocDocuments = old.adHocDocuments;
    row.expiresAt = new Date(now.getTime() + days * 86_400_000);
    const overlapEnd = new Date(now.getTime() + hours * 3_600_000);
    if (overlapEnd < old.expiresAt) old.expiresAt = overlapEnd;
    em.persist(row);
    audit(em, actor, { entityType: 'ApiToken', entityId: old.id, action: 'ROTATE', fields: ['expiresAt'], comment: row.id }, now);
    audit(em, actor, { entityType: 'ApiToken', entityId: row.id, action: 'CREATE', fields: ['scopes', 'replacesId'], comment: old.name }, now);
    // Two requests rotating the same token at once: the second one's version check fails.
    await em.flush();
    return reply.status(201).send({ id: row.id, token, prefix: row.prefix, scopes: row.scopes, partner: row.partner, expiresAt: row.expiresAt.toISOString(), previousExpiresAt: old.expiresAt.toISOString() });
  });
}
