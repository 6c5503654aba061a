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
  /** The alternant is at the OPA that day, per their alternance calendar (the caller looks it up). */
  isCompanyDay: boolean;
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
 * visit January/February; 2nd April/May, June too for the M2) and VISIT_NOT_ON_COMPANY_DAY
 * on a day the alternant is not at the OPA (note 34: "forcément un jour où l'alternant(e)
 * est présent(e)"). Both are warnings: the guide says "usuellement".
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
          en: `${nth.en} visit on ${input.date}: it usually takes place in ${listEn} (${input.programme}).`,
        },
      ),
    );
  }
  if (!input.isCompanyDay) {
    findings.push(
      workflowFinding(
        'VISIT_NOT_ON_COMPANY_DAY',
        { subject: 'visit.date' },
        {
          fr: `Visite le ${formatDateFr(input.date)}, jour où l’alternant(e) n’est pas en entreprise selon son calendrier d’alternance.`,
          en: `Visit on ${input.date}, a day the alternant is not at the company according to their alternance calendar.`,
        },
      ),
    );
  }
  return findings;
}
