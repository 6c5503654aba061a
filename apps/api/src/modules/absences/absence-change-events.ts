import { absenceAsRead } from '@alternance/domain';
import type { EntityManager } from '@mikro-orm/core';
import { recordChange } from '../integration/change-feed.js';
import { Contract } from '../contracts/contract.entities.js';
import type { Absence } from './absence.entities.js';

/** The changed fields an event names: those of any absence, whatever its justification. */
const FIELDS_TOLD: readonly string[] = ['date', 'half', 'state', 'reason', 'externalId'];

export type AbsenceChangeType = 'ABSENCE_RECORDED' | 'ABSENCE_UPDATED' | 'ABSENCE_DELETED';

/**
 * Tells the change feed (and the partners' webhooks) of recorded, changed or deleted
 * absences, in the transaction of the change. The event carries the contract type of the
 * host mission, so the CFA reads its apprentices' absences and the SFCA its CPROs' (an
 * absence of a student without a validated mission is the office's only). Its data holds the
 * ids, the half-day and the justification state — what a partner needs to hold pay or report
 * to the OPCO (§4.3.4) — never the reason or comments: a medical reason is health data.
 * Nor what would tell it: the state as a partner reads it (absenceAsRead: PENDING for an awaited
 * stoppage or decision, §4.3.1) and only the fields every justification changes alike (not the
 * deadline, the stoppage, the document, the words or the decision).
 * One query for the contracts, whatever the number of absences.
 */
export async function recordAbsenceChanges(em: EntityManager, type: AbsenceChangeType, absences: readonly Absence[], fields: readonly string[], at: Date): Promise<void> {
  if (absences.length === 0) return;
  const missionIds = [...new Set(absences.map((a) => a.mission?.id).filter((id): id is string => Boolean(id)))];
  const contracts = missionIds.length ? await em.find(Contract, { mission: { $in: missionIds } }, { fields: ['id', 'contractType', 'mission'] }) : [];
  const contractOf = new Map(contracts.map((c) => [c.mission.id, c]));
  for (const absence of absences) {
    const contract = absence.mission ? contractOf.get(absence.mission.id) : undefined;
    const contractType = contract?.contractType ?? absence.mission?.contractType ?? null;
    await recordChange(
      em,
      {
        type,
        entityType: 'Absence',
        entityId: absence.id,
        contractType,
        data: {
          absenceId: absence.id,
          studentId: absence.student.id,
          missionId: absence.mission?.id ?? null,
          contractId: contract?.id ?? null,
          contractType,
          date: absence.date,
          half: absence.half,
          state: type === 'ABSENCE_DELETED' ? null : absenceAsRead('PARTNER', absence).state,
          fields: fields.filter((f) => FIELDS_TOLD.includes(f)),
        },
      },
      at,
    );
  }
}
