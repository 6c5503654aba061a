import type { IsoDate } from '../../dates/iso-date.js';
import type { LivretPeriod, LivretPeriodNumber } from './livret-periods.js';

export type LivretDocumentCode = 'OBJECTIVES' | 'COMMENTS' | 'TUTOR_EVALUATION' | 'SELF_EVALUATION';

export type LivretAuthor = 'COMPANY_TUTOR' | 'ALTERNANT';

export interface LivretRequirement {
  period: LivretPeriodNumber;
  code: LivretDocumentCode;
  /** French. */
  label: string;
  labelEn: string;
  mandatory: boolean;
  authors: LivretAuthor[];
  /** Last day to submit it: the period's end; null for an optional document. */
  dueDate: IsoDate | null;
}

const DOCUMENTS: readonly Omit<LivretRequirement, 'period' | 'dueDate'>[] = [
  { code: 'OBJECTIVES', label: 'Fiche « objectifs »', labelEn: 'Objectives sheet', mandatory: true, authors: ['COMPANY_TUTOR'] },
  { code: 'COMMENTS', label: 'Fiche « commentaires »', labelEn: 'Comments sheet', mandatory: false, authors: ['COMPANY_TUTOR', 'ALTERNANT'] },
  { code: 'TUTOR_EVALUATION', label: 'Grille d’évaluation du tuteur professionnel', labelEn: 'Company tutor’s evaluation grid', mandatory: true, authors: ['COMPANY_TUTOR'] },
  { code: 'SELF_EVALUATION', label: 'Grille d’autoévaluation de l’alternant(e)', labelEn: 'Alternant’s self-evaluation grid', mandatory: true, authors: ['ALTERNANT'] },
];

/**
 * The documents of one livret period (§4.7): the objectives sheet (mandatory, company
 * tutor), the comments sheet (optional, company tutor and alternant), the evaluation grids
 * at the end of the period (mandatory, by the company tutor and by the alternant as a
 * self-evaluation — two documents here, so that each author's is tracked). The guide
 * dates only the grids ("en fin de période"); the objectives sheet gets the same due
 * date, the latest the guide allows.
 */
export function livretRequirements(period: LivretPeriod): LivretRequirement[] {
  return DOCUMENTS.map((d) => ({ ...d, authors: [...d.authors], period: period.number, dueDate: d.mandatory ? period.to : null }));
}
