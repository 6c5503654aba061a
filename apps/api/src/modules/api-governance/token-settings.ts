import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../shared/actor.js';
import { conflict, missing } from '../../shared/errors.js';
import { audit } from '../audit/audit.js';
import { ApiToken } from '../auth/auth.entities.js';
import { assertLimits } from './token-limits.js';

export interface TokenSettingsInput {
  id: string;
  version: number;
  rateLimitPerMinute?: number | null;
  maxCost?: number | null;
  maxDepth?: number | null;
  adHocDocuments: boolean;
}

/**
 * Sets a token's limits and its ad-hoc permission (stale version: CONFLICT). The tokens of
 * its rotation chain get the same settings: during an overlap the old and new secrets are
 * the same client, which must not run under two policies.
 */
export async function updateTokenSettings(em: EntityManager, actor: Actor, input: TokenSettingsInput, now: Date): Promise<ApiToken> {
  assertLimits(input);
  const token = /^[0-9a-f-]{36}$/i.test(input.id) ? await em.findOne(ApiToken, input.id) : null;
  if (!token) throw missing('Jeton', input.id);
  if (token.version !== input.version) throw conflict('Ce jeton', 'modifié');
  const settings = { rateLimitPerMinute: input.rateLimitPerMinute ?? null, maxCost: input.maxCost ?? null, maxDepth: input.maxDepth ?? null, adHocDocuments: input.adHocDocuments };
  const changed = (Object.keys(settings) as (keyof typeof settings)[]).filter((key) => token[key] !== settings[key]);
  if (!changed.length) return token;
  Object.assign(token, settings);
  const familyId = token.familyId ?? token.id;
  await em.nativeUpdate(ApiToken, { $or: [{ id: familyId }, { familyId }], id: { $ne: token.id } }, settings);
  audit(em, actor, { entityType: 'ApiToken', entityId: token.id, action: 'UPDATE_LIMITS', fields: changed }, now);
  return token;
}
