import { justificationTransition, type JustificationState } from '@alternance/domain';

/**
 * Whether the office may record a work stoppage the host mailed it for an absence (§4.3.1 step 3:
 * « par mél au responsable de l'alternance ET au secrétariat pédagogique »): the manager and the
 * secretariat, on any absence not settled yet — declared medical or not, since the host's mail
 * may come first, and whatever the day, since the day the mail arrived is what the API judges.
 */
export function officeMayRecordStoppage(role: string | null, state: JustificationState): boolean {
  return (role === 'MANAGER' || role === 'SECRETARIAT') && justificationTransition(state, 'RECORD_MAILED_STOPPAGE') !== null;
}
