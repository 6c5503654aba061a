import { formatDateFr } from '../../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';
import type { VisitOptions } from './check-visit.js';
import { visitDueWindow, type ContractDays } from './visit-due-window.js';

export interface LateVisitInput {
  visitNumber: 1 | 2;
  /** Programme code of the training year: 'L3I' | 'M1' | 'M2'. */
  programme: string;
  /** DDF of that training year. */
  yearDdf: IsoDate;
  /** The visit took place (its report is recorded, or its day is past). */
  held: boolean;
  /**
   * The alternant's contract: its start and its last day (end, or the rupture's last day).
   * The visit is due within visitDueWindow, not the year's usual window (absent: the usual one).
   */
  contract?: ContractDays | null | undefined;
}

/**
 * VISIT_LATE (§4.6): the window in which the visit is due for this alternant is over (`today`
 * after its last day) and the visit has not been held. On the window's last day it is not late
 * yet. The window is the year's usual one read with the contract's days (visitDueWindow): a
 * contract ended before the window opens asks for no visit, so none is late; one that starts
 * late gets the usual window's length from its start; one that ends within it, until its last day.
 */
export function checkLateVisit(input: LateVisitInput, today: IsoDate, options?: VisitOptions): WorkflowFinding[] {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  if (input.held) return [];
  const window = visitDueWindow(input.visitNumber, input.programme, input.yearDdf, input.contract ?? null, options);
  if (!window || today <= window.to) return [];
  const nth = input.visitNumber === 1 ? { fr: '1re', en: '1st' } : { fr: '2de', en: '2nd' };
  const message = window.endedByContract
    ? {
        fr: `${nth.fr} visite en retard : le contrat a pris fin le ${formatDateFr(window.to)} sans qu’elle ait eu lieu.`,
        en: `${nth.en} visit late: the contract ended on ${formatDateFr(window.to)} and it had not taken place.`,
      }
    : window.shiftedByStart
      ? {
          fr: `${nth.fr} visite en retard : le contrat ayant commencé le ${formatDateFr(window.from)}, elle était attendue au plus tard le ${formatDateFr(window.to)} et n’a pas eu lieu.`,
          en: `${nth.en} visit late: the contract having started on ${formatDateFr(window.from)}, it was due by ${formatDateFr(window.to)} and has not taken place.`,
        }
      : {
          fr: `${nth.fr} visite en retard : sa période usuelle s’est terminée le ${formatDateFr(window.to)} et elle n’a pas eu lieu.`,
          en: `${nth.en} visit late: its usual period ended on ${formatDateFr(window.to)} and it has not taken place.`,
        };
  return [workflowFinding('VISIT_LATE', { subject: 'visit' }, message, { min: window.from, max: window.to })];
}
