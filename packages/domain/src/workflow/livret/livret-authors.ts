import { livretFinding, type LivretFinding } from './livret-finding.js';
import type { LivretAuthor, LivretDocumentCode } from './livret-requirements.js';

const AUTHORS: Record<LivretDocumentCode, readonly LivretAuthor[]> = {
  OBJECTIVES: ['COMPANY_TUTOR'],
  COMMENTS: ['COMPANY_TUTOR', 'ALTERNANT'],
  TUTOR_EVALUATION: ['COMPANY_TUTOR'],
  SELF_EVALUATION: ['ALTERNANT'],
};

const LABEL: Record<LivretAuthor, { fr: string; en: string }> = {
  COMPANY_TUTOR: { fr: 'le tuteur professionnel', en: 'the company tutor' },
  ALTERNANT: { fr: 'l’alternant(e)', en: 'the alternant' },
};

/**
 * Who fills which sheet (§4.7): objectives and the evaluation grid by the company tutor,
 * the self-evaluation by the alternant, comments by either. LIVRET_NOT_AUTHOR otherwise.
 */
export function checkLivretAuthor(author: LivretAuthor, code: LivretDocumentCode): LivretFinding[] {
  if (AUTHORS[code].includes(author)) return [];
  const who = AUTHORS[code].map((a) => LABEL[a]);
  return [
    livretFinding('LIVRET_NOT_AUTHOR', 'code', {
      fr: `Cette fiche est remplie par ${who.map((w) => w.fr).join(' ou ')}, pas par ${LABEL[author].fr}.`,
      en: `This sheet is filled by ${who.map((w) => w.en).join(' or ')}, not by ${LABEL[author].en}.`,
    }),
  ];
}

/** The sheets an author fills, in the guide's order. */
export function livretSheetsOf(author: LivretAuthor): LivretDocumentCode[] {
  return (Object.keys(AUTHORS) as LivretDocumentCode[]).filter((code) => AUTHORS[code].includes(author));
}
