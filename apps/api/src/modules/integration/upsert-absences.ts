import { ABSENCE_REASONS, HALF_DAYS, isIsoDate, NEW_PARTNER_ABSENCE, partnerAbsenceReason, underWorkLaw, type AbsenceReason, type AbsenceReasonAsRead, type HalfDay } from '@alternance/domain';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isPartnerActor, authorize } from '../../policy/policy.js';
import { apiError, BusinessError } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck, isSaneDate } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { Absence } from '../absences/absence.entities.js';
import { recordAbsenceChanges } from '../absences/absence-change-events.js';
import { requestStoppageFromHost } from '../absences/absence-justify.service.js';
import { absenceRecordedMail } from '../absences/absence-mails.js';
import { halfDayLabel, myAbsencesUrl, personName, whitMonday } from '../absences/absence-support.js';
import { NO_CALENDAR, trainingHoursSourcesFor } from '../absences/training-hours-source.js';
import { enqueueMail } from '../mail/outbox.js';
import { Contract } from '../contracts/contract.entities.js';
import { ExternalId } from './external-id.entity.js';
import type { UpsertStatus } from './upsert-contracts.js';

export const MAX_ABSENCE_UPSERT_ITEMS = 1000;

export interface AbsenceUpsertItem {
  externalId: string;
  /** The alternant, by the contract: the partner's identifier for it, or ours. */
  contractExternalId?: string | null;
  contractId?: string | null;
  date: string;
  half: HalfDay;
  /** What the partner knows of why (§4.3): never more than the category (UNDISCLOSED, read only, is refused by checkItem). */
  reason?: AbsenceReasonAsRead | null;
  /** Optimistic lock: the absence's version the partner last read. */
  version?: number | null;
}

export interface AbsenceUpsertResult {
  index: number;
  externalId: string;
  status: UpsertStatus;
  absenceId: string | null;
  /** The absence fields this item changed (`externalId` when it binds an absence the office had recorded). */
  changedFields: string[];
  errors: { code: string; field: string | null; message: string }[];
}

type ItemError = AbsenceUpsertResult['errors'][number];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const reject = (index: number, externalId: string, errors: ItemError[]): AbsenceUpsertResult => ({ index, externalId, status: 'REJECTED', absenceId: null, changedFields: [], errors });
const one = (index: number, code: string, field: string, message: string): ItemError[] => [{ code, field: `input.${index}.${field}`, message }];

/** An item's own checks (no database): identifiers, the half-day, the reason's category. */
function checkItem(item: AbsenceUpsertItem, index: number): ItemError[] {
  const check = new InputCheck(`input.${index}.`);
  check.text('externalId', item.externalId, 100, { required: true });
  check.text('contractExternalId', item.contractExternalId, 100);
  if (!isSaneDate(item.date) || !isIsoDate(item.date)) check.fail('date', `date « ${item.date ?? ''} » illisible (AAAA-MM-JJ attendu).`);
  if (!HALF_DAYS.includes(item.half)) check.fail('half', 'half : AM ou PM.');
  if (item.reason !== undefined && item.reason !== null && !ABSENCE_REASONS.includes(item.reason as AbsenceReason)) check.fail('reason', `reason : ${ABSENCE_REASONS.join(', ')}.`);
  if (!item.contractExternalId === !item.contractId) check.fail('contractExternalId', 'contractExternalId ou contractId : désignez le contrat de l’alternant(e), par l’un ou l’autre.');
  else if (item.contractId && !UUID.test(item.contractId)) check.fail('contractId', 'contractId : un identifiant de contrat.');
  return check.errors.map((e) => ({ code: e.code, field: e.field ?? null, message: e.message }));
}

/**
 * A partner pushes the absences it recorded for its alternants (issue 14, §4.3), keyed by its
 * own identifiers: each item records the half-day (CREATED — or binds the absence the office
 * had already recorded for it), moves its justification with the reason the partner knows
 * (UPDATED, through the domain's {@link partnerAbsenceReason}), or changes nothing
 * (UNCHANGED). An item that breaks a rule, names a stale version or a contract out of the
 * token's contract types is REJECTED with its code and field, and nothing of it is written.
 *
 * Reads are set-based (identifiers, contracts, absences, calendars: a fixed number of
 * statements whatever the items), the writes go through the unit of work, which batches the
 * inserts and updates of each table.
 */
export async function upsertAbsences(ctx: ServiceContext, source: string | null | undefined, items: readonly AbsenceUpsertItem[]): Promise<AbsenceUpsertResult[]> {
  const actor = authorize(ctx.actor, 'absences:write');
  const own = actor.kind === 'TOKEN' ? (actor.partner ?? null) : null;
  const src = own ?? source ?? null;
  if (!src || !/^[a-z][a-z0-9_-]{1,19}$/.test(src)) throw apiError('BAD_USER_INPUT', 'source : la source des identifiants (ex. cfa) est obligatoire.', 'source');
  if (own && source && source !== own) throw apiError('BAD_USER_INPUT', `source : ce jeton n’écrit que la source ${own}.`, 'source');
  if (items.length > MAX_ABSENCE_UPSERT_ITEMS) throw apiError('BAD_USER_INPUT', `input : ${items.length} éléments, ${MAX_ABSENCE_UPSERT_ITEMS} au plus par appel.`, 'input');
  const types = isPartnerActor(actor) ? actor.contractTypes : null;
  const today = ctx.clock.today();
  const now = ctx.clock.now();
  const holidays = await whitMonday(ctx);
  const { em } = ctx;

  return unitOfWork(ctx, async () => {
    const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
    // 1. The partner's identifiers named by the call: of absences, and of contracts.
    const keys = [...new Set(items.map((i) => i.externalId).filter(text))];
    const contractKeys = [...new Set(items.map((i) => i.contractExternalId).filter(text))];
    const ids = keys.length || contractKeys.length ? await em.find(ExternalId, { source: src, $or: [{ entityType: 'ABSENCE', externalId: { $in: keys } }, { entityType: 'CONTRACT', externalId: { $in: contractKeys } }] }) : [];
    const absenceOfKey = new Map(ids.filter((x) => x.entityType === 'ABSENCE').map((x) => [x.externalId, x.entityId]));
    const contractOfKey = new Map(ids.filter((x) => x.entityType === 'CONTRACT').map((x) => [x.externalId, x.entityId]));
    // 2. The contracts within the token's reach, with their missions and students.
    const contractIds = [...new Set([...contractOfKey.values(), ...items.map((i) => i.contractId).filter((id): id is string => typeof id === 'string' && UUID.test(id))])];
    const contracts = contractIds.length ? await em.find(Contract, { id: { $in: contractIds }, ...(types ? { contractType: { $in: [...types] } } : {}) }, { populate: ['mission', 'mission.organisation', 'mission.tutor1', 'mission.hrContact', 'student'] }) : [];
    const contractById = new Map(contracts.map((c) => [c.id, c]));
    const contractOf = (item: AbsenceUpsertItem): Contract | undefined => contractById.get(item.contractId ?? contractOfKey.get(item.contractExternalId ?? '') ?? '');
    // 3. The absences already bound, and those the office recorded on the items' half-days.
    const students = [...new Set(contracts.map((c) => c.student.id))];
    const dates = [...new Set(items.map((i) => i.date).filter((d) => typeof d === 'string' && isIsoDate(d)))];
    const absences = absenceOfKey.size || (students.length && dates.length) ? await em.find(Absence, { $or: [{ id: { $in: [...absenceOfKey.values()] } }, { student: { $in: students }, date: { $in: dates } }] }, { populate: ['student', 'mission', 'mission.tutor1', 'mission.hrContact'] }) : [];
    const absenceById = new Map(absences.map((a) => [a.id, a]));
    const absenceOnSlot = new Map(absences.map((a) => [`${a.student.id}|${a.date}|${a.half}`, a]));
    // Absences of the slots that already carry another identifier of this source.
    const slotIds = absences.filter((a) => ![...absenceOfKey.values()].includes(a.id)).map((a) => a.id);
    const taken = new Set(slotIds.length ? (await em.find(ExternalId, { source: src, entityType: 'ABSENCE', entityId: { $in: slotIds } }, { fields: ['entityId'] })).map((x) => x.entityId) : []);
    const calendars = await trainingHoursSourcesFor(ctx, contracts.map((c) => c.student));

    const seen = new Set<string>();
    const results: AbsenceUpsertResult[] = [];
    const recorded: Absence[] = [];
    const updated: { absence: Absence; fields: string[] }[] = [];
    const stoppagesToRequest: Absence[] = [];
    items.forEach((item, index) => {
      const errors = checkItem(item, index);
      if (errors.length) return results.push(reject(index, item.externalId, errors));
      const { externalId, date, half } = item;
      const contract = contractOf(item);
      const contractField = item.contractId ? 'contractId' : 'contractExternalId';
      if (!contract) return results.push(reject(index, externalId, one(index, 'NOT_FOUND', contractField, `Aucun contrat à la portée de ce jeton pour ${item.contractId ?? item.contractExternalId}.`)));
      const slot = `${contract.student.id}|${date}|${half}`;
      if (seen.has(externalId) || seen.has(slot)) return results.push(reject(index, externalId, one(index, 'DUPLICATE_ITEM', 'externalId', `${externalId} (ou ce même demi-jour) figure deux fois dans cet appel.`)));
      seen.add(externalId).add(slot);
      const boundId = absenceOfKey.get(externalId);
      const bound = boundId ? absenceById.get(boundId) : undefined;
      if (boundId && !bound) return results.push(reject(index, externalId, one(index, 'NOT_FOUND', 'externalId', `L’absence ${externalId} n’existe plus.`)));
      if (bound && (bound.student.id !== contract.student.id || bound.date !== date || bound.half !== half)) {
        const field = bound.student.id !== contract.student.id ? contractField : bound.date !== date ? 'date' : 'half';
        return results.push(reject(index, externalId, one(index, 'IMMUTABLE_FIELD', field, `${field} : l’absence ${externalId} est celle du ${halfDayLabel(bound.date, bound.half)}  : une demi-journée envoyée ne se déplace pas ; envoyez la bonne sous un nouvel identifiant et demandez au secrétariat de supprimer celle-ci (enregistrée par erreur).`)));
      }
      const existing = bound ?? absenceOnSlot.get(slot);
      if (!bound && existing && taken.has(existing.id)) return results.push(reject(index, externalId, one(index, 'EXTERNAL_ID_TAKEN', 'externalId', `Ce demi-jour porte déjà un autre identifiant de la source ${src}.`)));
      if (bound && item.version !== undefined && item.version !== null && item.version !== bound.version) {
        return results.push(reject(index, externalId, one(index, 'CONFLICT', 'version', `Version ${item.version} périmée : l’absence est à la version ${bound.version}. Relisez-la avant d’envoyer.`)));
      }
      // The absence's period is the contract's: a rupture ends it.
      const lastDay = contract.mission.brokenOn ?? contract.endDate;
      if (!existing && (date < contract.startDate || date > lastDay)) return results.push(reject(index, externalId, one(index, 'ABSENCE_OUTSIDE_CONTRACT', 'date', `date : le contrat court du ${contract.startDate} au ${lastDay}.`)));
      const kind = (calendars.get(contract.student.id) ?? NO_CALENDAR).kindOf(date, half);
      // A half-day the calendar knows and that is not training cannot be an absence in training.
      if (!existing && kind !== null && kind !== 'TRAINING') return results.push(reject(index, externalId, one(index, 'NOT_TRAINING_HALF_DAY', 'date', `Le ${halfDayLabel(date, half)} n’est pas une demi-journée de formation au calendrier de ${contract.student.cohort}.`)));
      const outcome = partnerAbsenceReason(existing ?? NEW_PARTNER_ABSENCE, item.reason as AbsenceReason | null | undefined, { date, today, holidays });
      if (!outcome.ok) return results.push(reject(index, externalId, one(index, outcome.code, 'reason', outcome.message)));
      const absence = existing ?? Object.assign(new Absence(), { student: contract.student, date, half, mission: contract.mission, organisation: contract.mission.organisation, recordedBy: actor.label, source: src });
      const fields = outcome.event ? ['state', 'reason', ...(outcome.next.deadline !== absence.deadline ? ['deadline'] : [])] : [];
      Object.assign(absence, outcome.next);
      if (outcome.event === 'DECLARE_MEDICAL') stoppagesToRequest.push(absence);
      if (!existing) {
        em.persist(absence);
        recorded.push(absence);
      } else if (fields.length) updated.push({ absence, fields });
      if (!bound) em.persist(Object.assign(new ExternalId(), { entityType: 'ABSENCE', entityId: absence.id, source: src, externalId }));
      const changedFields = [...(bound ? [] : ['externalId']), ...(existing ? fields : ['date', 'half', ...fields])];
      if (changedFields.length) audit(em, actor, { entityType: 'Absence', entityId: absence.id, action: existing ? 'PARTNER_UPDATE_ABSENCE' : 'PARTNER_RECORD_ABSENCE', fields: changedFields, comment: `${src} ${externalId}` }, now);
      results.push({ index, externalId, status: !bound ? 'CREATED' : fields.length ? 'UPDATED' : 'UNCHANGED', absenceId: absence.id, changedFields, errors: [] });
    });
    // Declared medical: the host is asked for its work stoppage, as when the office declares it.
    for (const absence of stoppagesToRequest) await requestStoppageFromHost(ctx, absence, now);

    // The student still has to say why, as when the office records it (§4.3): one mail per student.
    const toTell = new Map<string, Absence[]>();
    for (const a of recorded) if (a.state === 'RECORDED') toTell.set(a.student.id, [...(toTell.get(a.student.id) ?? []), a]);
    for (const list of toTell.values()) {
      const student = list[0]!.student;
      enqueueMail(em, student.email, 'ABSENCE_RECORDED', absenceRecordedMail({ studentName: personName(student), halfDays: list.map((a) => halfDayLabel(a.date, a.half)), link: myAbsencesUrl(ctx), underContract: underWorkLaw(list[0]!.mission?.contractType) }), list[0]!.mission?.id ?? null, now);
    }
    await recordAbsenceChanges(em, 'ABSENCE_RECORDED', recorded, ['date', 'half', 'state'], now);
    for (const fields of new Set(updated.map((u) => u.fields.join(',')))) {
      await recordAbsenceChanges(em, 'ABSENCE_UPDATED', updated.filter((u) => u.fields.join(',') === fields).map((u) => u.absence), fields.split(','), now);
    }
    try {
      await em.flush();
    } catch (error) {
      // Another call recorded one of these half-days or identifiers since the read: retry the call.
      if (error instanceof UniqueConstraintViolationException) throw new BusinessError([{ code: 'CONFLICT', field: 'input', message: 'Un autre envoi a enregistré ces absences en même temps : rien n’est écrit, renvoyez l’appel.' }]);
      throw error;
    }
    return results;
  });
}
