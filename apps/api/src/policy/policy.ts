import type { FilterQuery } from '@mikro-orm/core';
import { absenceAsRead, checklistItemReadableBy, findingReadableBy, roleMayRead, type AbsenceJustificationFacts, type ReadingTopic } from '@alternance/domain';
import type { Actor } from '../shared/actor.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import type { Mission } from '../modules/missions/mission.entities.js';
import type { Student } from '../modules/people/people.entities.js';
import { PARTNER_SCOPES, PERMISSIONS, SENSITIVE_READERS, type Permission } from './permissions.js';

/** True when the actor holds the permission (role, and for API tokens the scope too). */
export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  if (!(PERMISSIONS[permission] as readonly string[]).includes(actor.role)) return false;
  if (actor.kind !== 'TOKEN') return true;
  // A partner's token never holds more than the partner scopes, whatever was stored.
  if (isPartnerActor(actor) && !PARTNER_SCOPES.includes(permission)) return false;
  return actor.scopes.includes(permission);
}

/** An API token of a partner (CFA, SFCA…): limited to the contract types it carries. */
export function isPartnerActor(actor: Actor): actor is Actor & { contractTypes: readonly string[] } {
  return actor.kind === 'TOKEN' && Array.isArray(actor.contractTypes);
}

/** The one gate every service method passes: UNAUTHENTICATED without an actor, FORBIDDEN without the permission. */
export function authorize(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw unauthenticated();
  if (!can(actor, permission)) throw forbidden();
  return actor;
}

/** No mission has this id: the scope of a contact session that names no mission. */
export const NO_MISSION = '00000000-0000-0000-0000-000000000000';

/**
 * The missions an actor may see, as a query condition (applied in SQL, never after loading):
 * a student their own; a company tutor or HR contact, who only ever comes through a personal
 * link, the one mission of that link, if they are named on it; an academic tutor the
 * alternants assigned to them (Student.academicTutor); a partner's token the missions of its
 * contract types; the office and other integrations all.
 */
export function missionScope(actor: Actor): FilterQuery<Mission> {
  switch (actor.role) {
    case 'STUDENT':
      return { student: { user: actor.id } };
    case 'COMPANY_TUTOR':
      return { id: actor.missionId ?? NO_MISSION, $or: [{ tutor1: actor.id }, { tutor2: actor.id }] };
    case 'HR_CONTACT':
      return { id: actor.missionId ?? NO_MISSION, hrContact: actor.id };
    case 'ACADEMIC_TUTOR':
      return { student: { academicTutor: actor.id } };
    case 'INTEGRATION':
      // A CFA token never sees a CPRO (issue 14): its partner's contract types only.
      return isPartnerActor(actor) ? { contractType: { $in: [...actor.contractTypes] } } : {};
    default:
      return {};
  }
}

/** The id a contact session is tied to (NO_MISSION when none), for the SQL read models. */
export function linkMissionOf(actor: Actor): string {
  return actor.missionId ?? NO_MISSION;
}

/** Birth date, nationality, pay: the person themself, the office, HR and integrations. */
export function maySeeSensitive(actor: Actor | null, student: Pick<Student, 'id'>): boolean {
  if (!actor) return false;
  if (actor.role === 'STUDENT') return actor.studentId === student.id;
  return SENSITIVE_READERS.includes(actor.role) && (actor.kind !== 'TOKEN' || actor.scopes.includes('students:read'));
}

/**
 * Who reads, as the domain's matrices name them: the actor's role, or PARTNER for a partner's API
 * token (CFA, SFCA, internships service — PARTNER_READING), whose role is INTEGRATION like the
 * office's own tokens.
 */
export function readerOf(actor: Actor): string {
  return isPartnerActor(actor) ? 'PARTNER' : actor.role;
}

/**
 * What a company contact (COMPANY_CONTACT_READING, §3.1), an academic tutor (ACADEMIC_TUTOR_READING,
 * §4.6) or a partner's token (PARTNER_READING, §3.1) reads, topic by topic (@alternance/domain
 * `roleMayRead`): anyone else passes (their own rules — `maySeeSensitive` for the pay,
 * `audit:read`… — still apply). Every field-level rule of the schema goes through here.
 */
export function mayRead(actor: Actor | null, topic: ReadingTopic): boolean {
  if (!actor) return false;
  return roleMayRead(readerOf(actor), topic);
}

/**
 * An absence as the actor reads it (@alternance/domain `absenceAsRead`, topic ABSENCE_JUSTIFICATION):
 * its reason and awaiting state, and the facts only a medical or another reason has, hidden from
 * whoever may not read how it was justified (§4.3.1). Nobody signed in reads as the most restricted reader.
 */
export function absenceReadBy<A extends AbsenceJustificationFacts>(actor: Actor | null, absence: A) {
  return absenceAsRead(actor ? readerOf(actor) : 'PARTNER', absence);
}

/**
 * The rules' findings on a mission or a contract (« Anomalies ») are the office's work list: the
 * student fixes their fiche from them, the academic tutor follows their alternants (§4.6); the
 * company contacts, who confirm the fiche and read the contract, get none (they ask the office,
 * Tableau 8, §6.1.1).
 */
export function maySeeFindings(actor: Actor | null): boolean {
  return mayRead(actor, 'OFFICE_WORK_LIST');
}

/**
 * The findings of a record as this actor reads them: none for whoever may not read the work list,
 * and none whose message quotes a topic the actor may not read (`findingReadableBy`: the pay, a
 * foreign student's permit, the derogation's reason), nor an age or a birth date for whoever may
 * not read the student's sensitive fields.
 */
export function readableFindings<F extends { code: string; field?: string | null }>(actor: Actor | null, student: Pick<Student, 'id'>, findings: readonly F[]): F[] {
  if (!actor || !maySeeFindings(actor)) return [];
  const sensitive = maySeeSensitive(actor, student);
  return findings.filter((f) => findingReadableBy(readerOf(actor), f) && (sensitive || (f.field !== 'birthDate' && f.code !== 'CAPP_AGE_LIMIT')));
}

/**
 * A contract's training cost (§2.5): paid by the OPCO of the organisation that signed, the rest
 * by that organisation — its HR contact, « la personne à contacter pour toute information
 * concernant le contrat » (§3.1), reads it. A company tutor supervises the work day to day and
 * tutor 2 often belongs to another organisation than the one that signed (§3.1): neither does,
 * nor the academic tutor, who visits and follows the livret (§4.6).
 */
export function maySeeTrainingCost(actor: Actor | null): boolean {
  return mayRead(actor, 'TRAINING_COST');
}

/** A contract's checklist item as this actor reads it: neither tutor (company, academic) gets a foreign student's step (§3.4, note 26). */
export function maySeeChecklistItem(actor: Actor | null, code: string): boolean {
  if (!actor) return false;
  return checklistItemReadableBy(readerOf(actor), code);
}
