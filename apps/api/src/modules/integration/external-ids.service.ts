import { isPartnerActor, authorize, missionScope } from '../../policy/policy.js';
import type { Actor } from '../../shared/actor.js';
import { batchLoader } from '../../shared/batch.js';
import { BusinessError, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { CONTROL_CHARACTERS } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { Absence } from '../absences/absence.entities.js';
import { absenceScope } from '../absences/absence-scope.js';
import { findContract } from '../contracts/contract.service.js';
import { Mission } from '../missions/mission.entities.js';
import { findStudent } from '../people/people.service.js';
import { Organisation } from '../people/people.entities.js';
import { ExternalId, type ExternalEntityType } from './external-id.entity.js';

/** A source names a partner system: lower-case letters, digits, `-` or `_`. */
const SOURCE = /^[a-z][a-z0-9_-]{1,19}$/;

export interface ExternalIdInput {
  entityType: ExternalEntityType;
  entityId: string;
  source: string;
  externalId: string;
}

/** A partner's token reads and writes its own source only: the CFA does not see the SFCA's numbers. */
function ownSource(actor: Actor): string | null {
  return actor.kind === 'TOKEN' && actor.partner ? actor.partner : null;
}

/** Whether the actor may see the record (the same scopes as the record's own queries). */
async function visible(ctx: ServiceContext, actor: Actor, type: ExternalEntityType, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  if (type === 'STUDENT') return (await findStudent(ctx, id)) !== null;
  if (type === 'CONTRACT') return (await findContract(ctx, id)) !== null;
  // A partner reaches the absences of its contract types' alternants (those it pushed or the office recorded).
  if (type === 'ABSENCE') return (await ctx.em.count(Absence, { $and: [{ id }, isPartnerActor(actor) ? { mission: { contractType: { $in: [...actor.contractTypes] } } } : absenceScope(actor)] })) > 0;
  if (!isPartnerActor(actor) && actor.role !== 'INTEGRATION' && !['SECRETARIAT', 'MANAGER', 'DIRECTION'].includes(actor.role)) return false;
  if (!isPartnerActor(actor)) return (await ctx.em.count(Organisation, { id })) > 0;
  // A partner sees the organisations of the missions it sees.
  return (await ctx.em.count(Mission, { $and: [missionScope(actor), { $or: [{ organisation: id }, { workOrganisation: id }] }] })) > 0;
}

const loaders = new WeakMap<object, (key: string) => Promise<ExternalId[]>>();

/** A record's external identifiers (one query for a whole page of records); a partner its own source's only. */
export function externalIdsOf(ctx: ServiceContext, type: ExternalEntityType, id: string): Promise<ExternalId[]> {
  let load = loaders.get(ctx);
  if (!load) {
    load = batchLoader(async (keys: string[]) => {
      // By type, so that the (entity type, entity id, source) index finds them.
      const byType = new Map<string, string[]>();
      for (const k of keys) byType.set(k.slice(0, k.indexOf(':')), [...(byType.get(k.slice(0, k.indexOf(':'))) ?? []), k.slice(k.indexOf(':') + 1)]);
      const rows = await ctx.em.find(ExternalId, { $or: [...byType].map(([entityType, ids]) => ({ entityType: entityType as ExternalEntityType, entityId: { $in: ids } })) }, { orderBy: { source: 'asc' } });
      const map = new Map<string, ExternalId[]>();
      for (const row of rows) map.set(`${row.entityType}:${row.entityId}`, [...(map.get(`${row.entityType}:${row.entityId}`) ?? []), row]);
      return map;
    }, []);
    loaders.set(ctx, load);
  }
  const source = ctx.actor ? ownSource(ctx.actor) : null;
  return load(`${type}:${id}`).then((rows) => (source === null ? rows : rows.filter((r) => r.source === source)));
}

function checkInput(actor: Actor, input: Pick<ExternalIdInput, 'source'> & { externalId?: string }): void {
  const errors: { code: string; field: string; message: string }[] = [];
  if (!SOURCE.test(input.source)) errors.push({ code: 'BAD_USER_INPUT', field: 'source', message: 'Source : 2 à 20 caractères, minuscules, chiffres, « - » ou « _ » (ex. cfa, sfca).' });
  else {
    const own = ownSource(actor);
    if (own !== null && own !== input.source) errors.push({ code: 'SOURCE_NOT_YOURS', field: 'source', message: `Ce jeton n’écrit que les identifiants de sa source (${own}).` });
  }
  if (input.externalId !== undefined) {
    const v = input.externalId;
    if (v.trim() === '' || v.length > 100 || v !== v.trim()) errors.push({ code: 'BAD_USER_INPUT', field: 'externalId', message: 'Identifiant externe : de 1 à 100 caractères, sans espace au début ni à la fin.' });
    else if (CONTROL_CHARACTERS.test(v)) errors.push({ code: 'BAD_USER_INPUT', field: 'externalId', message: 'Caractère de contrôle interdit dans : externalId.' });
  }
  if (errors.length) throw new BusinessError(errors);
}

const LABEL: Record<ExternalEntityType, string> = { STUDENT: 'Étudiant(e)', ORGANISATION: 'Organisme', CONTRACT: 'Contrat', ABSENCE: 'Absence' };

/**
 * Records (or changes) a partner's identifier for a record. Writing the same value again
 * writes nothing; an identifier already given to another record of the same source and type
 * is refused (EXTERNAL_ID_TAKEN): a partner's key must lead to one record.
 */
export async function setExternalId(ctx: ServiceContext, input: ExternalIdInput): Promise<ExternalId> {
  const actor = authorize(ctx.actor, 'external-ids:write');
  checkInput(actor, input);
  return unitOfWork(ctx, async () => {
    if (!(await visible(ctx, actor, input.entityType, input.entityId))) throw missing(LABEL[input.entityType], input.entityId, 'entityId');
    const taken = await ctx.em.findOne(ExternalId, { source: input.source, entityType: input.entityType, externalId: input.externalId });
    if (taken && taken.entityId !== input.entityId) {
      throw new BusinessError([{ code: 'EXTERNAL_ID_TAKEN', field: 'externalId', message: `L’identifiant ${input.externalId} (${input.source}) désigne déjà un(e) autre ${LABEL[input.entityType].toLowerCase()}.` }]);
    }
    const current = await ctx.em.findOne(ExternalId, { source: input.source, entityType: input.entityType, entityId: input.entityId });
    if (current && current.externalId === input.externalId) return current;
    const row = current ?? Object.assign(new ExternalId(), { entityType: input.entityType, entityId: input.entityId, source: input.source });
    row.externalId = input.externalId;
    ctx.em.persist(row);
    audit(ctx.em, actor, { entityType: 'ExternalId', entityId: row.entityId, action: current ? 'UPDATE' : 'CREATE', fields: ['externalId'], comment: `${input.entityType} ${input.entityId} ${input.source}` }, ctx.clock.now());
    return row;
  });
}

export async function removeExternalId(ctx: ServiceContext, input: Omit<ExternalIdInput, 'externalId'>): Promise<ExternalId> {
  const actor = authorize(ctx.actor, 'external-ids:write');
  checkInput(actor, input);
  return unitOfWork(ctx, async () => {
    const row = (await visible(ctx, actor, input.entityType, input.entityId)) ? await ctx.em.findOne(ExternalId, { source: input.source, entityType: input.entityType, entityId: input.entityId }) : null;
    if (!row) throw missing('Identifiant externe', `${input.source} ${input.entityId}`, 'entityId');
    ctx.em.remove(row);
    audit(ctx.em, actor, { entityType: 'ExternalId', entityId: row.entityId, action: 'DELETE', fields: ['externalId'], comment: `${input.entityType} ${input.entityId} ${input.source}` }, ctx.clock.now());
    return row;
  });
}

/** Our id of the record a partner's identifier names, or null when unknown or out of the actor's reach. */
export async function findByExternalId(ctx: ServiceContext, source: string, entityType: ExternalEntityType, externalId: string): Promise<string | null> {
  const actor = authorize(ctx.actor, entityType === 'CONTRACT' ? 'contracts:read' : entityType === 'ABSENCE' ? 'absences:write' : entityType === 'STUDENT' ? 'students:read' : 'missions:read');
  const own = ownSource(actor);
  if (own !== null && own !== source) return null;
  const row = await ctx.em.findOne(ExternalId, { source, entityType, externalId });
  return row && (await visible(ctx, actor, entityType, row.entityId)) ? row.entityId : null;
}
