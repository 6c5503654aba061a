import type { IsoDate } from '../../dates/iso-date.js';

/** The company contacts who confirm the fiche's data that concern them (§3.3.3). */
export type ConfirmingParty = 'COMPANY_TUTOR_1' | 'COMPANY_TUTOR_2' | 'HR_CONTACT';

export interface PartyConfirmation {
  party: ConfirmingParty;
  /** When the party confirmed through their personal link; null/absent while pending. */
  confirmedOn?: IsoDate | null | undefined;
}

/**
 * True once every party asked has confirmed (§3.3.3: "dès que tout le monde a confirmé",
 * the manager may validate). False for an empty list: nobody has been asked yet. The
 * student needs no entry: submitting the fiche confirms their data (§3.3.3, note 25).
 */
export function allPartiesConfirmed(confirmations: readonly PartyConfirmation[]): boolean {
  return confirmations.length > 0 && confirmations.every((c) => typeof c.confirmedOn === 'string' && c.confirmedOn !== '');
}
