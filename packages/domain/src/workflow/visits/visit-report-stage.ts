import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';

/**
 * Where a visit's report (« compte rendu de visite », §4.6) stands:
 * - `NOT_YET`: the visit is planned (« planifiée ») on a day still to come — nothing to write yet;
 * - `OPEN`: today is the visit's day — the report may be written once it is over;
 * - `DUE`: the visit's day has passed and no report is recorded (« compte rendu à saisir »): the
 *   visit took place (it was neither moved nor cancelled), what the tutor owes now is its report —
 *   the visit is neither « planifiée » nor late to plan;
 * - `RECORDED`: the report is recorded, the visit is held (« réalisée »).
 * Null for a visit without a day (slots still proposed) or cancelled: no report is asked for.
 */
export type VisitReportStage = 'NOT_YET' | 'OPEN' | 'DUE' | 'RECORDED';

export interface VisitForReport {
  state: 'PROPOSED' | 'SCHEDULED' | 'HELD' | 'CANCELLED';
  /** The day held (picked or rescheduled to); null while proposed. */
  date: IsoDate | null;
}

/** The stage of a visit's report for `today` (see VisitReportStage). A store reads DUE as: state SCHEDULED and date before `today`. */
export function visitReportStage(visit: VisitForReport, today: IsoDate): VisitReportStage | null {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  if (visit.state === 'HELD') return 'RECORDED';
  if (visit.state !== 'SCHEDULED') return null;
  if (visit.date === null || !isIsoDate(visit.date)) throw new InputError('date', `a planned visit has an ISO date: ${String(visit.date)}`);
  return visit.date > today ? 'NOT_YET' : visit.date === today ? 'OPEN' : 'DUE';
}

/** « Compte rendu à saisir » (§4.6): a planned visit whose day has passed without a report. */
export function visitReportDue(visit: VisitForReport, today: IsoDate): boolean {
  return visitReportStage(visit, today) === 'DUE';
}

/**
 * Whether the visit took place, as the late rule (checkLateVisit's `held`) reads it: its report is
 * recorded, or its day has passed (the report is then due, the visit is not late).
 */
export function visitTookPlace(visit: VisitForReport, today: IsoDate): boolean {
  const stage = visitReportStage(visit, today);
  return stage === 'RECORDED' || stage === 'DUE';
}

/**
 * When an alternant changes academic tutor (§4.6: the tutor « réalise » the visits; note 32), whether
 * this visit stays with whoever visits it rather than following the alternant: a planned visit whose
 * day has come (OPEN) or passed (DUE) was made — or is being made — by its visitor, who writes its
 * report. Visits still to come (slots proposed, or planned on a later day) follow the alternant;
 * a held or cancelled visit is not handed over at all.
 */
export function visitStaysWithVisitor(visit: VisitForReport, today: IsoDate): boolean {
  const stage = visitReportStage(visit, today);
  return stage === 'OPEN' || stage === 'DUE';
}

/**
 * When a company tutor is replaced (§3.1, an avenant effective on `effectiveOn`), whether this visit
 * stays with the tutor it was planned with rather than passing to the new one: a planned visit on a
 * day before the change takes effect, or on a day already come (visitStaysWithVisitor), was — or is
 * being — made with the former tutor (§4.6: « en présence … du (des) tuteur(s) professionnel(s) »).
 * No invitation for a past day goes to the new tutor, no cancellation to the one who was there.
 */
export function visitStaysWithCompanyTutor(visit: VisitForReport, today: IsoDate, effectiveOn: IsoDate): boolean {
  if (!isIsoDate(effectiveOn)) throw new InputError('effectiveOn', `not an ISO date: ${String(effectiveOn)}`);
  if (visitStaysWithVisitor(visit, today)) return true;
  return visit.state === 'SCHEDULED' && visit.date !== null && visit.date < effectiveOn;
}
