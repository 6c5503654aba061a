/**
 * How a student wants the offers the MIAGE diffuses « au fil de l'eau » (§3.2): each one as it
 * is published, one digest a day listing the new ones, or none by mail (the offers page still
 * lists them all).
 */
export type OfferAlertFrequency = 'IMMEDIATE' | 'DAILY' | 'NONE';

export const OFFER_ALERT_FREQUENCIES: readonly OfferAlertFrequency[] = ['IMMEDIATE', 'DAILY', 'NONE'];

/** The default of a student who never chose: one digest a day. */
export const DEFAULT_OFFER_ALERT_FREQUENCY: OfferAlertFrequency = 'DAILY';

export interface OfferDiffusionInput {
  offer: { state: 'PUBLISHED' | 'CLOSED'; cohort: string | null };
  student: { cohort: string; frequency: OfferAlertFrequency };
  /** The student's missions (any cohort, any state): a validated one of their cohort means they found their alternance. */
  missions: readonly { state: string; cohort: string; brokenOn: string | null }[];
  /** Today, `YYYY-MM-DD` (Paris). */
  today: string;
}

export type OfferDiffusion =
  | { send: true }
  | { send: false; reason: 'OFFER_CLOSED' | 'OTHER_COHORT' | 'ALTERNANCE_FOUND' | 'NO_MAIL' };

/**
 * Whether the MIAGE's diffusion of an offer (§3.2 « la MIAGE vous en diffusera ») mails it to a
 * student: only an offer still published, to a student of a cohort it targets (an offer without a
 * cohort targets all), who is still looking — no validated mission for their cohort's year, or
 * only one whose contract a rupture ended before today (§5: they look again) — and who did not
 * ask for no mail.
 */
export function offerDiffusion({ offer, student, missions, today }: OfferDiffusionInput): OfferDiffusion {
  if (offer.state !== 'PUBLISHED') return { send: false, reason: 'OFFER_CLOSED' };
  if (offer.cohort !== null && offer.cohort !== student.cohort) return { send: false, reason: 'OTHER_COHORT' };
  if (!stillLooking(student.cohort, missions, today)) return { send: false, reason: 'ALTERNANCE_FOUND' };
  if (student.frequency === 'NONE') return { send: false, reason: 'NO_MAIL' };
  return { send: true };
}

/** A student still looking for their alternance: no validated mission of their cohort in force today (§3.2, §5). */
export function stillLooking(cohort: string, missions: OfferDiffusionInput['missions'], today: string): boolean {
  return !missions.some((m) => m.state === 'VALIDATED' && m.cohort === cohort && (m.brokenOn === null || m.brokenOn >= today));
}

/**
 * Whether a DAILY student's digest is due: at most one a day (the first sweep of the day), and
 * only with something new in it. An IMMEDIATE student is mailed at every sweep that finds a new offer.
 */
export function offerDigestDue(frequency: OfferAlertFrequency, lastDigestDay: string | null, today: string, newOffers: number): boolean {
  if (frequency === 'NONE' || newOffers === 0) return false;
  if (frequency === 'IMMEDIATE') return true;
  return lastDigestDay === null || lastDigestDay < today;
}
