import { roleMayRead, type Reader } from '../workflow/contacts/reading-by-role.js';
import { ABSENCE_REASONS, JUSTIFICATION_STATES, type AbsenceReason, type JustificationState } from './absence.js';

/**
 * An absence's reason as its reader reads it. UNDISCLOSED: a reason this reader is not told — a
 * medical one (§4.3.1) or another one the manager decides (§4.3.3, an intern's medical certificate
 * among them, §4.3): the two read alike, so that « non communiqué » does not itself say « maladie ».
 */
export type AbsenceReasonAsRead = AbsenceReason | 'UNDISCLOSED';
/** PENDING: a justification is awaited (a stoppage, §4.3.1, or the manager's decision, §4.3.3), of a kind this reader is not told. */
export type JustificationStateAsRead = JustificationState | 'PENDING';

export const ABSENCE_REASONS_AS_READ: readonly AbsenceReasonAsRead[] = [...ABSENCE_REASONS, 'UNDISCLOSED'];
export const JUSTIFICATION_STATES_AS_READ: readonly JustificationStateAsRead[] = [...JUSTIFICATION_STATES, 'PENDING'];

/** What of an absence tells how it is being justified. */
export interface AbsenceJustificationFacts {
  reason: AbsenceReason;
  state: JustificationState;
  /** Set only for a medical absence (its stoppage's last day, §4.3.1). */
  deadline: string | null;
  /** Set only when the manager decided a reason or closed an absence (§4.3.3). */
  decidedBy: string | null;
  decidedAt: Date | null;
}

const TOLD_TO_ALL: readonly AbsenceReason[] = ['UNKNOWN', 'PROFESSIONAL'];

/**
 * The absence as `reader` reads it (docs/security.md, « Who reads what »). A work stoppage goes « au
 * responsable de l'alternance ET au secrétariat pédagogique » (§4.3.1), any other reason to the
 * manager (§4.3.3): whoever may not read ABSENCE_JUSTIFICATION (the academic tutor, the direction,
 * a partner's token) reads that the half-day was missed, whether it is justified, unjustified or
 * awaiting, and its hours — not that it was medical. So for them a medical or other reason reads
 * UNDISCLOSED, both awaiting states PENDING, and the facts only a medical absence (its deadline) or
 * only another reason (the manager's decision) has are null: nothing tells one from the other.
 * A professional absence stays PROFESSIONAL: the direction decides it and its decision goes to the
 * tutor and the teachers (§4.3.2); UNKNOWN (nobody justified it yet) tells nothing.
 */
export function absenceAsRead<A extends AbsenceJustificationFacts>(
  reader: Reader,
  absence: A,
): Omit<A, 'reason' | 'state'> & { reason: AbsenceReasonAsRead; state: JustificationStateAsRead } {
  if (roleMayRead(reader, 'ABSENCE_JUSTIFICATION')) return absence;
  const state = absence.state === 'AWAITING_STOPPAGE' || absence.state === 'AWAITING_DECISION' ? 'PENDING' : absence.state;
  if (TOLD_TO_ALL.includes(absence.reason)) return { ...absence, state };
  return { ...absence, reason: 'UNDISCLOSED', state, deadline: null, decidedBy: null, decidedAt: null };
}

/**
 * The stored reasons `reader` reads as `asRead` — a filter on the reason matches what the reader
 * sees, never more (the academic tutor's « MEDICAL » matches nothing, their « UNDISCLOSED » a medical
 * or another reason).
 */
export function reasonsReadAs(reader: Reader, asRead: AbsenceReasonAsRead): AbsenceReason[] {
  return ABSENCE_REASONS.filter((reason) => reasonAsRead(reader, reason) === asRead);
}

/**
 * The stored states `reader` reads as `asRead`. PENDING gathers both awaiting states for every
 * reader (the office too: « en attente » is a fair filter); the awaiting states one by one match
 * nothing for a reader who reads them PENDING.
 */
export function statesReadAs(reader: Reader, asRead: JustificationStateAsRead): JustificationState[] {
  if (asRead === 'PENDING') return ['AWAITING_STOPPAGE', 'AWAITING_DECISION'];
  const masked = !roleMayRead(reader, 'ABSENCE_JUSTIFICATION') && (asRead === 'AWAITING_STOPPAGE' || asRead === 'AWAITING_DECISION');
  return masked ? [] : [asRead];
}

function reasonAsRead(reader: Reader, reason: AbsenceReason): AbsenceReasonAsRead {
  return roleMayRead(reader, 'ABSENCE_JUSTIFICATION') || TOLD_TO_ALL.includes(reason) ? reason : 'UNDISCLOSED';
}
