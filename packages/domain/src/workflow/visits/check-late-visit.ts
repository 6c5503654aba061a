import { formatDateFr } from '../../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';
import type { VisitOptions } from './check-visit.js';
import { visitWindow } from './visit-window.js';

export interface LateVisitInput {
  visitNumber: 1 | 2;
  /** Programme code of the training year: 'L3I' | 'M1' | 'M2'. */
  programme: string;
  /** DDF of that training year. */
  yearDdf: IsoDate;
  /** The visit took place (its report is recorded, or its day is past). */
  held: boolean;
}

/**
 * VISIT_LATE (§4.6): the usual window of the visit is over (`today` after its last day)
 * and the visit has not been held. On the window's last day it is not late yet.
 */
export function checkLateVisit(input: LateVisitInput, today: IsoDate, options?: VisitOptions): WorkflowFinding[] {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  if (input.held) return [];
  const window = visitWindow(input.visitNumber, input.programme, input.yearDdf, options);
  if (!window || today <= window.to) return [];
  const nth = input.visitNumber === 1 ? { fr: '1re', en: '1st' } : { fr: '2de', en: '2nd' };
  return [
    workflowFinding(
      'VISIT_LATE',
      { subject: 'visit' },
      {
        fr: `${nth.fr} visite en retard : sa période usuelle s’est terminée le ${formatDateFr(window.to)} et elle n’a pas eu lieu.`,
        en: `${nth.en} visit late: its usual period ended on ${formatDateFr(window.to)} and it has not taken place.`,
      },
      { min: window.from, max: window.to },
    ),
  ];
}
