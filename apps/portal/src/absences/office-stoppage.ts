import { mailedStoppageTransition, type AbsenceReasonAsRead, type JustificationStateAsRead } from '@alternance/domain';

/**
 * Whether the office may record a work stoppage the host mailed it for an absence (§4.3.1 step 3:
 * « par mél au responsable de l'alternance ET au secrétariat pédagogique »): the manager and the
 * secretariat, on any absence not settled yet — declared medical or not, since the host's mail
 * may come first — and on a medical one its deadline closed, since the mail may have arrived by
 * then and been read after; the API judges by the day the mail arrived. An absence read without its
 * justification (UNDISCLOSED, PENDING: not the office's reading, absenceAsRead) offers nothing.
 */
export function officeMayRecordStoppage(role: string | null, absence: { state: JustificationStateAsRead; reason: AbsenceReasonAsRead; deadline?: string | null }): boolean {
  const { state, reason } = absence;
  if (state === 'PENDING' || reason === 'UNDISCLOSED') return false;
  return (role === 'MANAGER' || role === 'SECRETARIAT') && mailedStoppageTransition({ state, reason, deadline: absence.deadline ?? null }) !== null;
}
