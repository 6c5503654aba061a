/**
 * The company tutors a visit's appointment is set with (§4.6, note 34: « Rendez-vous à caler avec
 * le(s) tuteur(s) professionnel(s) »; §3.1: a contract may name a second company tutor): tutor 1,
 * and tutor 2 when the contract names one who is someone else. Each receives the slots with their
 * own personal link and may answer.
 */
export function visitCompanyTutors<T extends { id: string }>(tutor1: T, tutor2: T | null | undefined): T[] {
  return tutor2 && tutor2.id !== tutor1.id ? [tutor1, tutor2] : [tutor1];
}

/** Why a company tutor's answer to the slots is refused; null when it is taken. */
export type SlotAnswerRefusal =
  /** A slot is already retained — by the other tutor, or by this one: the first pick wins. */
  | 'ALREADY_SCHEDULED'
  /** The visit was held or cancelled: there is nothing to answer. */
  | 'CLOSED'
  /** This tutor already said that none of the slots suits them. */
  | 'ALREADY_DECLINED';

/**
 * Whether a company tutor of the visit may answer its slots (§4.6, note 34): pick one, or say that
 * none suits them with their availability. Either tutor answers while the slots are proposed; the
 * first pick schedules the visit for everyone, so any later answer is refused. A tutor who declined
 * may not decline again, but one tutor's refusal does not stop the other from picking a slot: the
 * appointment is set with « le(s) » tutor(s), and one present is enough to hold the visit.
 */
export function slotAnswerRefusal(visit: { state: 'PROPOSED' | 'SCHEDULED' | 'HELD' | 'CANCELLED'; declinedBy: readonly string[] }, tutorId: string, answer: 'PICK' | 'DECLINE'): SlotAnswerRefusal | null {
  if (visit.state === 'SCHEDULED') return 'ALREADY_SCHEDULED';
  if (visit.state !== 'PROPOSED') return 'CLOSED';
  if (answer === 'DECLINE' && visit.declinedBy.includes(tutorId)) return 'ALREADY_DECLINED';
  return null;
}
