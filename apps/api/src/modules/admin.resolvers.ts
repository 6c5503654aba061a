import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { payload } from '../graphql/payload.js';
import { authorize } from '../policy/policy.js';
import { missing } from '../shared/errors.js';
import { unitOfWork } from '../shared/service-context.js';
import { auditFacets, countAuditEvents, listAuditEvents } from './audit/audit.service.js';
import { PARTNER_CODES, PARTNERS } from '@alternance/domain';
import { PARTNER_SCOPES, TOKEN_SCOPES } from '../policy/permissions.js';
import { audit } from './audit/audit.js';
import { auditEntityKey } from './audit/audit-entity-names.js';
import { ApiToken } from './auth/auth.entities.js';
import { ReferenceSection } from './reference-data/reference-section.entity.js';
import { updateReferenceSection } from './reference-data/reference-data.service.js';
import { sectionsWithCalendarsInForce } from './calendars/calendar-in-force.js';

export const adminResolvers: Resolvers = {
  // The journal's objects by name, one statement per type of the page (audit-entity-names.ts).
  AuditEvent: {
    entityName: async (event, _, ctx) => (await ctx.loaders.auditEntityName(auditEntityKey(event.entityType, event.entityId))).name,
    entityGone: async (event, _, ctx) => (await ctx.loaders.auditEntityName(auditEntityKey(event.entityType, event.entityId))).gone,
  },
  ApiTokenInfo: {
    state: (token, _, ctx) => (token.revokedAt ? 'REVOKED' : token.expiresAt <= ctx.clock.now() ? 'EXPIRED' : 'ACTIVE'),
  },
  Query: {
    viewer: (_, __, ctx) =>
      ctx.actor ? { id: ctx.actor.id, role: ctx.actor.role, displayName: ctx.actor.label, email: ctx.actor.email, studentId: ctx.actor.studentId, today: ctx.clock.today() } : null,
    auditEvents: (_, { first, offset, ...filter }, ctx) => listAuditEvents(ctx, filter, first, offset),
    auditEventCount: (_, filter, ctx) => countAuditEvents(ctx, filter),
    auditFacets: (_, __, ctx) => auditFacets(ctx),
    apiTokenScopes: (_, __, ctx) => {
      authorize(ctx.actor, 'tokens:manage');
      return [...TOKEN_SCOPES];
    },
    integrationPartners: (_, __, ctx) => {
      authorize(ctx.actor, 'tokens:manage');
      return PARTNER_CODES.map((code) => ({ code, label: PARTNERS[code].label, contractTypes: [...PARTNERS[code].contractTypes], scopes: [...PARTNER_SCOPES] }));
    },
    referenceData: async (_, __, ctx) => {
      authorize(ctx.actor, 'reference:read');
      // Issue 11: the calendars clients compute with are the published versions in force.
      return sectionsWithCalendarsInForce(ctx.em, await ctx.em.find(ReferenceSection, {}, { orderBy: { key: 'asc' } }), await ctx.referenceData());
    },
    apiTokens: async (_, __, ctx) => {
      authorize(ctx.actor, 'tokens:manage');
      return ctx.em.find(ApiToken, {}, { orderBy: { createdAt: 'desc' }, limit: 100 });
    },
  },
  Mutation: {
    updateReferenceSection: (_, { key, version, data }, ctx) =>
      payload(
        () => {
          const actor = authorize(ctx.actor, 'reference:edit');
          return unitOfWork(ctx, () => updateReferenceSection(ctx.em, actor, key, version, data, ctx.clock.now()));
        },
        (section) => ({ section, errors: [] }),
        (errors) => ({ section: null, errors }),
      ),
    revokeApiToken: (_, { id }, ctx) =>
      payload(
        () => {
          const actor = authorize(ctx.actor, 'tokens:manage');
          return unitOfWork(ctx, async () => {
            const token = await ctx.em.findOne(ApiToken, id);
            if (!token) throw missing('Jeton', id);
            token.revokedAt ??= ctx.clock.now();
            audit(ctx.em, actor, { entityType: 'ApiToken', entityId: token.id, action: 'REVOKE', fields: ['revokedAt'] }, ctx.clock.now());
            return token;
          });
        },
        (token) => ({ token, errors: [] }),
        (errors) => ({ token: null, errors }),
      ),
  },
};
