import { formatDateFr } from '../../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { workflowDefaults, type VisitMonths } from '../workflow-defaults.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';
import { InputError } from '../../findings/input-error.js';

export interface VisitInput {
  date: IsoDate;
  visitNumber: 1 | 2;
  /** Programme code: 'L3I' | 'M1' | 'M2'. */
  programme: string;
  /**
   * The alternant is at the OPA that half-day, per their alternance calendar (the caller
   * looks it up); null when no calendar is published for that day: nothing can be said.
   */
  isCompanyDay: boolean | null;
  /**
   * The calendar read is still provisional (the guide's patterns, not yet the programme's
   * published dates): the day is only likely, so VISIT_NOT_ON_COMPANY_DAY is a warning.
   */
  calendarProvisional?: boolean | undefined;
}

export interface VisitOptions {
  /** Usual months per visit and programme (default: workflowDefaults.visitMonths). */
  visitMonths?: { first: VisitMonths; second: VisitMonths } | undefined;
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The usual months of visit `visitNumber` for `programme`: its own entry, else 'default'. */
export function usualVisitMonths(visitNumber: 1 | 2, programme: string, options?: VisitOptions): readonly number[] {
  const table = (options?.visitMonths ?? workflowDefaults.visitMonths)[visitNumber === 1 ? 'first' : 'second'];
  return table[programme] ?? table['default'] ?? [];
}

/**
 * An academic tutor's visit (§4.6): VISIT_OUT_OF_PERIOD outside the usual months (1st
 * visit January/February; 2nd April/May, June too for the M2), a warning since the guide
 * says "usuellement"; and VISIT_NOT_ON_COMPANY_DAY on a day the published calendar puts
 * the alternant in training, an error: note 34 says "forcément un jour où l'alternant(e)
 * est présent(e)", so no acknowledgement lets it through — on the published calendar; on a
 * provisional one (the guide's patterns) it is a warning that the planner may acknowledge.
 * With no calendar for the day (isCompanyDay null) nothing is known and nothing is said.
 */
export function checkVisit(input: VisitInput, options?: VisitOptions): WorkflowFinding[] {
  if (!isIsoDate(input.date)) throw new InputError('date', `not an ISO date: ${String(input.date)}`);
  if (input.visitNumber !== 1 && input.visitNumber !== 2) throw new InputError('visitNumber', `1 or 2, not ${String(input.visitNumber)}`);
  const findings: WorkflowFinding[] = [];
  const months = usualVisitMonths(input.visitNumber, input.programme, options);
  const month = Number(input.date.slice(5, 7));
  const nth = input.visitNumber === 1 ? { fr: '1re', en: '1st' } : { fr: '2de', en: '2nd' };
  if (!months.includes(month)) {
    const listFr = months.map((m) => MONTHS_FR[m - 1]).join('/');
    const listEn = months.map((m) => MONTHS_EN[m - 1]).join('/');
    findings.push(
      workflowFinding(
        'VISIT_OUT_OF_PERIOD',
        { subject: 'visit.date' },
        {
          fr: `${nth.fr} visite le ${formatDateFr(input.date)} : elle a lieu usuellement en ${listFr} (${input.programme}).`,
          en: `${nth.en} visit on ${formatDateFr(input.date)}: it usually takes place in ${listEn} (${input.programme}).`,
        },
      ),
    );
  }
  if (input.isCompanyDay === false) {
    const provisional = input.calendarProvisional === true;
    const finding = workflowFinding(
      'VISIT_NOT_ON_COMPANY_DAY',
      { subject: 'visit.date' },
      provisional
        ? {
            fr: `Visite le ${formatDateFr(input.date)} : ce jour-là, l’alternant(e) n’est pas en entreprise selon son calendrier d’alternance, encore provisoire. Le guide (note 34) demande un jour où il (elle) est présent(e) : vérifiez-le avec l’entreprise.`,
            en: `Visit on ${formatDateFr(input.date)}: that day the alternant is not at the company according to their alternance calendar, still provisional. The guide (note 34) asks for a day they are there: check with the company.`,
          }
        : {
            fr: `Visite impossible le ${formatDateFr(input.date)} : ce jour-là, l’alternant(e) n’est pas en entreprise selon son calendrier d’alternance. Le guide (note 34) demande un jour où il (elle) est présent(e) : choisissez un jour en entreprise.`,
            en: `No visit possible on ${formatDateFr(input.date)}: that day the alternant is not at the company according to their alternance calendar. The guide (note 34) asks for a day they are there: pick a company day.`,
          },
    );
    // A provisional calendar only guesses the day: the planner, who asked the company, may go ahead.
    if (provisional) finding.severity = 'warning';
    findings.push(finding);
  }
  return findings;
}
