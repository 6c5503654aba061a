import { livretFinding, type LivretFinding } from './livret-finding.js';

/** One level of a grid's scale, lowest first (e.g. « Non acquis » → « Maîtrisé »). */
export interface LivretScaleLevel {
  code: string;
  label: string;
}

export interface LivretCriterion {
  code: string;
  label: string;
}

/** Criteria are grouped by competence (§4.7 « grilles d'évaluation »). */
export interface LivretCompetence {
  code: string;
  label: string;
  criteria: LivretCriterion[];
}

/** An evaluation grid as the manager defines it; stored versioned, a filled grid keeps its version. */
export interface LivretGridDefinition {
  scale: LivretScaleLevel[];
  competences: LivretCompetence[];
}

export interface LivretGridAnswer {
  criterion: string;
  /** A scale level's code; null while not answered. */
  level: string | null;
  comment: string | null;
}

const CODE = /^[A-Za-z0-9_-]{1,40}$/;
const invalid = (field: string, fr: string, en: string): LivretFinding => livretFinding('LIVRET_GRID_INVALID', field, { fr, en });

/** What is wrong with a grid definition (LIVRET_GRID_INVALID, one finding per fault, field-named); empty when it can be published. */
export function checkLivretGrid(grid: LivretGridDefinition): LivretFinding[] {
  const findings: LivretFinding[] = [];
  if (grid.scale.length < 2) findings.push(invalid('scale', 'L’échelle doit compter au moins deux niveaux.', 'The scale needs at least two levels.'));
  const levels = new Set<string>();
  grid.scale.forEach((level, i) => {
    if (!CODE.test(level.code) || levels.has(level.code)) findings.push(invalid(`scale.${i}.code`, `Code de niveau absent, invalide ou en double : « ${level.code} ».`, `Missing, invalid or duplicate level code: "${level.code}".`));
    if (!level.label.trim()) findings.push(invalid(`scale.${i}.label`, 'Libellé de niveau manquant.', 'Level label missing.'));
    levels.add(level.code);
  });
  if (grid.competences.length === 0) findings.push(invalid('competences', 'La grille doit compter au moins une compétence.', 'The grid needs at least one competence.'));
  const criteria = new Set<string>();
  grid.competences.forEach((competence, i) => {
    if (!competence.label.trim()) findings.push(invalid(`competences.${i}.label`, 'Libellé de compétence manquant.', 'Competence label missing.'));
    if (competence.criteria.length === 0) findings.push(invalid(`competences.${i}.criteria`, `La compétence « ${competence.label} » n’a aucun critère.`, `Competence "${competence.label}" has no criterion.`));
    competence.criteria.forEach((criterion, j) => {
      if (!CODE.test(criterion.code) || criteria.has(criterion.code)) findings.push(invalid(`competences.${i}.criteria.${j}.code`, `Code de critère absent, invalide ou en double : « ${criterion.code} ».`, `Missing, invalid or duplicate criterion code: "${criterion.code}".`));
      if (!criterion.label.trim()) findings.push(invalid(`competences.${i}.criteria.${j}.label`, 'Libellé de critère manquant.', 'Criterion label missing.'));
      criteria.add(criterion.code);
    });
  });
  return findings;
}

/**
 * What is wrong with a grid's answers: an unknown criterion or level is always refused
 * (LIVRET_GRID_INVALID); when `submitting`, every criterion needs a level
 * (LIVRET_GRID_INCOMPLETE, §4.7: the grids are filled « obligatoirement »). Comments are optional.
 */
export function checkLivretGridAnswers(grid: LivretGridDefinition, answers: readonly LivretGridAnswer[], submitting: boolean): LivretFinding[] {
  const findings: LivretFinding[] = [];
  const levels = new Set(grid.scale.map((l) => l.code));
  const criteria = grid.competences.flatMap((c) => c.criteria);
  const known = new Set(criteria.map((c) => c.code));
  const answered = new Map<string, LivretGridAnswer>();
  answers.forEach((answer, i) => {
    if (!known.has(answer.criterion)) findings.push(invalid(`answers.${i}.criterion`, `Critère inconnu de cette grille : « ${answer.criterion} ».`, `Criterion not in this grid: "${answer.criterion}".`));
    else if (answer.level !== null && !levels.has(answer.level)) findings.push(invalid(`answers.${i}.level`, `Niveau inconnu de l’échelle : « ${answer.level} ».`, `Level not on the scale: "${answer.level}".`));
    else answered.set(answer.criterion, answer);
  });
  if (submitting) {
    const unanswered = criteria.filter((c) => !answered.get(c.code)?.level);
    if (unanswered.length > 0) {
      findings.push(
        livretFinding('LIVRET_GRID_INCOMPLETE', 'answers', {
          fr: `Grille incomplète : ${unanswered.length} critère(s) sans niveau (${unanswered.map((c) => c.label).join(', ')}).`,
          en: `Incomplete grid: ${unanswered.length} criterion/criteria without a level (${unanswered.map((c) => c.label).join(', ')}).`,
        }),
      );
    }
  }
  return findings;
}

/** The grid the programme starts with, before the manager edits it: the MIAGE's usual competences on a four-level scale. */
export const DEFAULT_LIVRET_GRID: LivretGridDefinition = {
  scale: [
    { code: 'NON_ACQUIS', label: 'Non acquis' },
    { code: 'EN_COURS', label: 'En cours d’acquisition' },
    { code: 'ACQUIS', label: 'Acquis' },
    { code: 'MAITRISE', label: 'Maîtrisé' },
  ],
  competences: [
    {
      code: 'TECH',
      label: 'Compétences techniques',
      criteria: [
        { code: 'ANALYSE', label: 'Analyse d’un besoin et conception d’une solution' },
        { code: 'REALISATION', label: 'Réalisation et tests' },
      ],
    },
    {
      code: 'PRO',
      label: 'Savoir-être professionnel',
      criteria: [
        { code: 'AUTONOMIE', label: 'Autonomie et prise d’initiative' },
        { code: 'COMMUNICATION', label: 'Communication écrite et orale' },
        { code: 'EQUIPE', label: 'Travail en équipe' },
      ],
    },
  ],
};
