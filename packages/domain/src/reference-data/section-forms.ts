import { isIsoDate } from '../dates/iso-date.js';
import type { ContactNeed, ContactRole, IntermediaryRole } from '../workflow/contacts/contact-routes.js';

/**
 * The editable fields of each reference-data section (issue 9 §5): the office edits them in
 * forms, the API checks each value against the same description, and a bad value comes back
 * with the path of its field (`cohorts.2.dff`, `legal.smicHourly.0.value`) and a French message.
 * Values the forms do not show (a cohort's groups, the pay grids…) are kept as they are.
 * Calendars have their own editor (calendars issue, 11) and are not described here.
 */
export type FieldKind =
  /** `format`: an optional value, when given, must be an e-mail address or an http(s) address. */
  | { kind: 'text'; max: number; required?: boolean; format?: 'email' | 'url' }
  | { kind: 'date'; nullable?: boolean }
  | { kind: 'number'; min: number; max: number; integer?: boolean; nullable?: boolean }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: readonly (string | number | null)[] }
  /** A code of another list (e.g. a cohort's campaign). */
  | { kind: 'code-of'; list: 'campaigns' | 'programmes' | 'calendars' | 'sites'; nullable?: boolean };

export type FieldSpec = FieldKind & {
  /** Dot path inside the item (or the section, for a section that is an object). */
  key: string;
  label: { fr: string; en: string };
};

export interface ListSpec {
  /** Dot path of the array inside its parent ('' for a section that is itself the list). */
  key: string;
  label: { fr: string; en: string };
  /** How one item is named in the form ("Promotion", "Taux en vigueur au"). */
  itemLabel: { fr: string; en: string };
  fields: FieldSpec[];
  lists?: ListSpec[];
  /** A key that must be unique in the list (a code, an effective date). */
  unique?: string;
  /** Keys that must not repeat together (a route's asker and need): the error goes under the last. */
  uniqueTogether?: string[];
  /** Pairs [earlier, later] of date keys that must come in that order. */
  ordered?: [string, string][];
  /** A new item's values. */
  blank: Record<string, unknown>;
}

export interface SectionForm {
  section: string;
  /** Fields of a section that is an object (legal, settings…). */
  fields: FieldSpec[];
  /** The section's lists: the section itself (key '') or arrays inside it. */
  lists: ListSpec[];
}

const l = (fr: string, en: string) => ({ fr, en });
const EFFECTIVE_FROM: FieldSpec = { key: 'from', kind: 'date', label: l('En vigueur à partir du', 'In force from') };

const CONTACT_ROLES: readonly ContactRole[] = ['ACADEMIC_TUTOR', 'MANAGER', 'SECRETARIAT', 'INTERNSHIP_SECRETARIAT', 'DIRECTION', 'CFA', 'SFCA', 'DDETS'];
const INTERMEDIARY_ROLES: readonly IntermediaryRole[] = ['COMPANY_TUTOR', 'HR_CONTACT'];
const CONTACT_NEEDS: readonly ContactNeed[] = ['PEDAGOGICAL_REQUEST', 'SICK_LEAVE', 'ADMIN_TRAINING', 'ADMIN_TRAINING_NOT_OPA', 'MISSION_VALIDATION', 'SIGNED_CONTRACT', 'PROBLEM_AT_OPA', 'TUTOR_CHANGE', 'EARLY_TERMINATION'];

/** Labels of the choices of the contacts section (the routing's codes, in words). */
const CHOICE_LABEL_TEXT: Readonly<Record<string, { fr: string; en: string }>> = {
  ACADEMIC_TUTOR: l('Tuteur universitaire', 'Academic tutor'),
  MANAGER: l('Responsable de l’alternance', 'Alternance manager'),
  SECRETARIAT: l('Secrétariat pédagogique', 'Programme secretariat'),
  INTERNSHIP_SECRETARIAT: l('Secrétariat des stages', 'Internship office'),
  DIRECTION: l('Direction de la MIAGE', 'MIAGE direction'),
  CFA: l('CFA', 'CFA (apprentice training centre)'),
  SFCA: l('SFCA', 'SFCA (continuing education)'),
  DDETS: l('DDETS', 'DDETS (labour administration)'),
  COMPANY_TUTOR: l('Tuteur en entreprise', 'Company tutor'),
  HR_CONTACT: l('Contact RH', 'HR contact'),
  ALTERNANT: l('L’alternant(e)', 'The work-study student'),
  COMPANY: l('L’entreprise (tuteur, RH)', 'The company (tutor, HR)'),
  DIRECT: l('Contacter directement', 'Contact directly'),
  ESCALATION: l('L’un après l’autre, dans l’ordre', 'One after the other, in order'),
  PEDAGOGICAL_REQUEST: l('Demande pédagogique', 'Teaching request'),
  SICK_LEAVE: l('Arrêt maladie', 'Sick leave'),
  ADMIN_TRAINING: l('Question administrative sur la formation et l’organisme d’accueil', 'Administrative question about the training and the host organisation'),
  ADMIN_TRAINING_NOT_OPA: l('Question administrative sur la formation seule (hors organisme d’accueil)', 'Administrative question about the training only (not the host organisation)'),
  MISSION_VALIDATION: l('Validation de la mission', 'Mission validation'),
  SIGNED_CONTRACT: l('Contrat ou convention, après signature', 'Contract or agreement, after signature'),
  PROBLEM_AT_OPA: l('Problème en entreprise', 'Problem at the company'),
  TUTOR_CHANGE: l('Changement de tuteur professionnel', 'Change of company tutor'),
  EARLY_TERMINATION: l('Rupture anticipée', 'Early termination'),
};

/** The roles the directory (§6.2) names people for: the academic tutor is each alternant's own. */
const DIRECTORY_ROLES: readonly ContactRole[] = CONTACT_ROLES.filter((r) => r !== 'ACADEMIC_TUTOR');

export const SECTION_FORMS: readonly SectionForm[] = [
  {
    section: 'campaigns',
    fields: [],
    lists: [
      {
        key: '',
        label: l('Campagnes de validation', 'Validation campaigns'),
        itemLabel: l('Campagne', 'Campaign'),
        unique: 'code',
        ordered: [['opens', 'closes']],
        blank: { code: '', opens: '', closes: '' },
        fields: [
          { key: 'code', kind: 'text', max: 20, required: true, label: l('Code', 'Code') },
          { key: 'opens', kind: 'date', label: l('Ouverture', 'Opens') },
          { key: 'closes', kind: 'date', label: l('Clôture', 'Closes') },
        ],
      },
    ],
  },
  {
    section: 'cohorts',
    fields: [],
    lists: [
      {
        key: '',
        label: l('Promotions et leurs dates', 'Cohorts and their dates'),
        itemLabel: l('Promotion', 'Cohort'),
        unique: 'code',
        ordered: [['ddf', 'dff']],
        blank: { code: '', label: '', ddf: '', dff: '', years: [], groups: [], contractMonths: 12, validationLagDays: 0, campaign: '', previousYearJuryDate: null, nextTrainingStart: null, provisional: true },
        fields: [
          { key: 'code', kind: 'text', max: 40, required: true, label: l('Code', 'Code') },
          { key: 'label', kind: 'text', max: 200, required: true, label: l('Libellé', 'Label') },
          { key: 'ddf', kind: 'date', label: l('DDF (début de la formation)', 'Training start (DDF)') },
          { key: 'dff', kind: 'date', label: l('DFF (fin de la formation)', 'Training end (DFF)') },
          { key: 'campaign', kind: 'code-of', list: 'campaigns', label: l('Campagne', 'Campaign') },
          { key: 'contractMonths', kind: 'number', min: 1, max: 48, integer: true, label: l('Durée du contrat (mois)', 'Contract length (months)') },
          { key: 'validationLagDays', kind: 'number', min: 0, max: 60, integer: true, label: l('Jours entre validation et DDC', 'Days between validation and start') },
          { key: 'previousYearJuryDate', kind: 'date', nullable: true, label: l('Jury de l’année précédente', 'Previous year’s jury') },
          { key: 'nextTrainingStart', kind: 'date', nullable: true, label: l('DDF de l’année suivante', 'Next year’s training start') },
          { key: 'provisional', kind: 'boolean', label: l('Dates provisoires', 'Provisional dates') },
        ],
        lists: [
          {
            key: 'years',
            label: l('Années de formation', 'Training years'),
            itemLabel: l('Année', 'Year'),
            ordered: [['ddf', 'dff']],
            blank: { programme: '', ddf: '', dff: '', calendar: null },
            fields: [
              { key: 'programme', kind: 'code-of', list: 'programmes', label: l('Formation', 'Programme') },
              { key: 'ddf', kind: 'date', label: l('DDF', 'Start (DDF)') },
              { key: 'dff', kind: 'date', label: l('DFF', 'End (DFF)') },
              { key: 'calendar', kind: 'code-of', list: 'calendars', nullable: true, label: l('Calendrier', 'Calendar') },
            ],
          },
        ],
      },
    ],
  },
  {
    section: 'programmes',
    fields: [],
    lists: [
      {
        key: '',
        label: l('Formations', 'Programmes'),
        itemLabel: l('Formation', 'Programme'),
        unique: 'code',
        blank: { code: '', name: '', rates: [], apprenticeGridYear: null },
        fields: [
          { key: 'code', kind: 'text', max: 20, required: true, label: l('Code', 'Code') },
          { key: 'name', kind: 'text', max: 200, required: true, label: l('Nom', 'Name') },
          { key: 'apprenticeGridYear', kind: 'choice', options: [null, 1, 2, 3], label: l('Année de la grille d’apprentissage', 'Apprentice grid year') },
        ],
        lists: [
          {
            key: 'rates',
            label: l('Heures et coûts (par date d’effet)', 'Hours and costs (by effective date)'),
            itemLabel: l('Taux', 'Rates'),
            unique: 'from',
            blank: { from: '', value: { trainingHours: 0, teachingHours: 0, annualCost: { CAPP: 0, CPRO: 0 } } },
            fields: [
              EFFECTIVE_FROM,
              { key: 'value.trainingHours', kind: 'number', min: 0, max: 3000, label: l('Heures de formation', 'Training hours') },
              { key: 'value.teachingHours', kind: 'number', min: 0, max: 3000, label: l('Heures d’enseignement', 'Teaching hours') },
              { key: 'value.annualCost.CAPP', kind: 'number', min: 0, max: 100000, label: l('Coût annuel apprentissage (€)', 'Yearly cost, apprenticeship (€)') },
              { key: 'value.annualCost.CPRO', kind: 'number', min: 0, max: 100000, label: l('Coût annuel professionnalisation (€)', 'Yearly cost, professionalisation (€)') },
            ],
          },
        ],
      },
    ],
  },
  {
    section: 'legal',
    fields: [
      { key: 'weeklyHours', kind: 'number', min: 1, max: 48, label: l('Durée légale hebdomadaire (h)', 'Legal weekly hours') },
      { key: 'annualWorkHours', kind: 'number', min: 1, max: 2500, integer: true, label: l('Durée annuelle de travail (h)', 'Annual working hours') },
      { key: 'apprenticeAgeLimit', kind: 'number', min: 16, max: 40, integer: true, label: l('Âge limite de l’apprentissage', 'Apprenticeship age limit') },
      { key: 'validationLeadJoursOuvrables', kind: 'number', min: 0, max: 60, integer: true, label: l('Délai de demande (jours ouvrables avant la DDC)', 'Request lead time (working days before the start)') },
      { key: 'internshipMonths.min', kind: 'number', min: 1, max: 24, integer: true, label: l('Stage en alternance : durée minimale (mois)', 'Work-study internship: minimum length (months)') },
      { key: 'internshipMonths.max', kind: 'number', min: 1, max: 24, integer: true, label: l('Stage en alternance : durée maximale (mois)', 'Work-study internship: maximum length (months)') },
      { key: 'internshipGratificationThreshold.guideFteDays', kind: 'number', min: 1, max: 400, integer: true, label: l('Gratification due au-delà de (jours ETP, guide)', 'Gratification due beyond (FTE days, guide)') },
      { key: 'internshipGratificationThreshold.lawHours', kind: 'number', min: 1, max: 3000, integer: true, label: l('Gratification due au-delà de (heures, loi)', 'Gratification due beyond (hours, law)') },
      { key: 'apprenticeFullExemptionUntil', kind: 'date', label: l('Exonération totale des apprentis jusqu’au', 'Full apprentice exemption until') },
    ],
    lists: [
      {
        key: 'smicHourly',
        label: l('SMIC horaire brut (€), par date d’effet', 'Gross hourly minimum wage (€), by effective date'),
        itemLabel: l('SMIC', 'Minimum wage'),
        unique: 'from',
        blank: { from: '', value: 0 },
        fields: [EFFECTIVE_FROM, { key: 'value', kind: 'number', min: 1, max: 100, label: l('Montant horaire (€)', 'Hourly amount (€)') }],
      },
      {
        key: 'internshipMinimumHourly',
        label: l('Gratification horaire minimale des stages (€), par date d’effet', 'Minimum hourly internship gratification (€), by effective date'),
        itemLabel: l('Gratification', 'Gratification'),
        unique: 'from',
        blank: { from: '', value: 0 },
        fields: [EFFECTIVE_FROM, { key: 'value', kind: 'number', min: 0, max: 100, label: l('Montant horaire (€)', 'Hourly amount (€)') }],
      },
    ],
  },
  {
    section: 'contractDateRules',
    fields: (['CAPP', 'CPRO', 'CSTAGEALT'] as const).flatMap((type) => [
      { key: `${type}.startMonthsBeforeDdf`, kind: 'number' as const, min: 0, max: 12, integer: true, label: l(`${type} : DDC au plus tôt (mois avant la DDF)`, `${type}: earliest start (months before the DDF)`) },
      { key: `${type}.startMonthsAfterDdf`, kind: 'number' as const, min: 0, max: 12, integer: true, label: l(`${type} : DDC au plus tard (mois après la DDF)`, `${type}: latest start (months after the DDF)`) },
      { key: `${type}.endMinMonthsAfterDff`, kind: 'number' as const, min: 0, max: 12, integer: true, nullable: true, label: l(`${type} : DFC au plus tôt (mois après la DFF, vide : pas de limite)`, `${type}: earliest end (months after the DFF, empty: none)`) },
      { key: `${type}.endMaxMonthsAfterDff`, kind: 'number' as const, min: 0, max: 12, integer: true, label: l(`${type} : DFC au plus tard (mois après la DFF)`, `${type}: latest end (months after the DFF)`) },
    ]),
    lists: [],
  },
  {
    section: 'sites',
    fields: [],
    lists: [
      {
        key: '',
        label: l('Sites', 'Sites'),
        itemLabel: l('Site', 'Site'),
        unique: 'code',
        blank: { code: '', name: '', city: '' },
        fields: [
          { key: 'code', kind: 'text', max: 20, required: true, label: l('Code', 'Code') },
          { key: 'name', kind: 'text', max: 200, required: true, label: l('Nom', 'Name') },
          { key: 'city', kind: 'text', max: 100, required: true, label: l('Ville', 'City') },
        ],
      },
    ],
  },
  {
    section: 'settings',
    fields: [
      { key: 'gridYearSwitch', kind: 'choice', options: ['M2_DDF', 'FIRST_OF_MONTH_AFTER_M2_DDF', 'CONTRACT_ANNIVERSARY'], label: l('Passage au taux de 2e année', 'Switch to the 2nd-year rate') },
      { key: 'whitMondayHoliday', kind: 'boolean', label: l('Lundi de Pentecôte férié', 'Whit Monday is a holiday') },
      { key: 'internshipThreshold', kind: 'choice', options: ['GUIDE_8_WEEKS', 'LAW_2_MONTHS'], label: l('Seuil de gratification des stages', 'Internship gratification threshold') },
      { key: 'internshipHoursPerDay', kind: 'number', min: 1, max: 12, label: l('Heures par jour en entreprise (stage, par défaut)', 'Company hours per day (internship, default)') },
      // §4.6: tutors are assigned "au plus tard début novembre" — the day, in the DDF's year.
      { key: 'workflow.academicTutorDeadline.month', kind: 'number', min: 1, max: 12, integer: true, label: l('Affectation des tuteurs universitaires : mois limite', 'Academic tutor assignment: deadline month') },
      { key: 'workflow.academicTutorDeadline.day', kind: 'number', min: 1, max: 31, integer: true, label: l('Affectation des tuteurs universitaires : jour limite', 'Academic tutor assignment: deadline day') },
    ],
    lists: [],
  },
  {
    // §6.1 "Qui contacter ?" (Tableaux 8–9): each route says whom an asker contacts for a need.
    // A contact's "only for" contract types, its note and a route's intermediaries (`through`)
    // are kept as they are (not shown in the form).
    section: 'contacts',
    fields: [
      ...CONTACT_ROLES.flatMap((role) => [
        { key: `roles.${role}.fr`, kind: 'text' as const, max: 200, required: true, label: l(`${CHOICE_LABEL_TEXT[role]!.fr} : nom affiché`, `${CHOICE_LABEL_TEXT[role]!.en}: name shown (French)`) },
        { key: `roles.${role}.en`, kind: 'text' as const, max: 200, required: true, label: l(`${CHOICE_LABEL_TEXT[role]!.fr} : nom affiché en anglais`, `${CHOICE_LABEL_TEXT[role]!.en}: name shown (English)`) },
      ]),
      ...INTERMEDIARY_ROLES.flatMap((role) => [
        { key: `intermediaries.${role}.fr`, kind: 'text' as const, max: 200, required: true, label: l(`${CHOICE_LABEL_TEXT[role]!.fr} : nom affiché`, `${CHOICE_LABEL_TEXT[role]!.en}: name shown (French)`) },
        { key: `intermediaries.${role}.en`, kind: 'text' as const, max: 200, required: true, label: l(`${CHOICE_LABEL_TEXT[role]!.fr} : nom affiché en anglais`, `${CHOICE_LABEL_TEXT[role]!.en}: name shown (English)`) },
      ]),
    ],
    lists: [
      {
        key: 'routes',
        label: l('Qui contacter ? (Tableaux 8 et 9)', 'Who to contact (Tables 8 and 9)'),
        itemLabel: l('Cas', 'Case'),
        uniqueTogether: ['asker', 'need'],
        blank: { asker: 'ALTERNANT', need: 'PEDAGOGICAL_REQUEST', mode: 'DIRECT', contacts: [{ role: 'MANAGER' }], note: { fr: '', en: '' }, ref: '§6.1' },
        fields: [
          { key: 'asker', kind: 'choice', options: ['ALTERNANT', 'COMPANY'], label: l('Qui demande', 'Who asks') },
          { key: 'need', kind: 'choice', options: CONTACT_NEEDS, label: l('Pour quoi', 'What for') },
          { key: 'mode', kind: 'choice', options: ['DIRECT', 'ESCALATION'], label: l('Comment', 'How') },
          { key: 'note.fr', kind: 'text', max: 1000, required: true, label: l('Consigne affichée', 'Instruction shown (French)') },
          { key: 'note.en', kind: 'text', max: 1000, required: true, label: l('Consigne affichée en anglais', 'Instruction shown (English)') },
          { key: 'ref', kind: 'text', max: 60, required: true, label: l('Référence du guide', 'Guide reference') },
        ],
        lists: [
          {
            key: 'contacts',
            label: l('Personnes à contacter, dans l’ordre', 'People to contact, in order'),
            itemLabel: l('Contact', 'Contact'),
            unique: 'role',
            blank: { role: 'MANAGER' },
            fields: [{ key: 'role', kind: 'choice', options: CONTACT_ROLES, label: l('Qui', 'Who') }],
          },
        ],
      },
    ],
  },
  {
    // §6.2 "Liste des principaux contacts" (Tableau 10, §6.2.2–6.2.4): who holds each role and how to reach them.
    section: 'directory',
    fields: [],
    lists: [
      {
        key: '',
        label: l('Liste des principaux contacts (§6.2, Tableau 10)', 'Main contacts (§6.2, Table 10)'),
        itemLabel: l('Contact', 'Contact'),
        blank: { role: 'MANAGER', name: '', email: '', phone: '', website: '', site: null },
        fields: [
          { key: 'role', kind: 'choice', options: DIRECTORY_ROLES, label: l('Rôle', 'Role') },
          { key: 'name', kind: 'text', max: 200, required: true, label: l('Personne ou service', 'Person or service') },
          { key: 'email', kind: 'text', max: 254, format: 'email', label: l('Adresse électronique', 'E-mail address') },
          { key: 'phone', kind: 'text', max: 40, label: l('Téléphone', 'Phone') },
          { key: 'website', kind: 'text', max: 300, format: 'url', label: l('Site web', 'Website') },
          { key: 'site', kind: 'code-of', list: 'sites', nullable: true, label: l('Seulement pour les alternant(e)s du site', 'Only for the alternants of the site') },
        ],
      },
    ],
  },
];

/** Labels of the choices the forms offer (never a code on screen). */
export const CHOICE_LABELS: Readonly<Record<string, { fr: string; en: string }>> = {
  M2_DDF: l('À la DDF du M2 (guide)', 'At the M2 training start (guide)'),
  FIRST_OF_MONTH_AFTER_M2_DDF: l('Le 1er du mois suivant la DDF du M2', 'The 1st of the month after the M2 training start'),
  CONTRACT_ANNIVERSARY: l('À la date anniversaire du contrat (loi)', 'On the contract’s anniversary (law)'),
  GUIDE_8_WEEKS: l('8 semaines équivalent temps plein (guide)', '8 full-time weeks (guide)'),
  LAW_2_MONTHS: l('Plus de 2 mois de présence (loi)', 'More than 2 months of presence (law)'),
  ...CHOICE_LABEL_TEXT,
};

export function sectionForm(section: string): SectionForm | undefined {
  return SECTION_FORMS.find((f) => f.section === section);
}

/** The value at a dot path of a plain record. */
export function valueAt(record: unknown, path: string): unknown {
  if (path === '') return record;
  return path.split('.').reduce<unknown>((node, k) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), record);
}

export interface SectionError {
  /** `section.index.key…`, e.g. `cohorts.2.dff`. */
  field: string;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/[^\s/]+\.[^\s]+$/;

function checkValue(spec: FieldSpec, value: unknown, codes: Readonly<Record<string, readonly string[]>>): string | null {
  const name = spec.label.fr;
  switch (spec.kind) {
    case 'text': {
      if (typeof value !== 'string' || value.trim() === '') return spec.required ? `${name} : champ obligatoire.` : null;
      if (value.length > spec.max) return `${name} : ${value.length} caractères, ${spec.max} au plus.`;
      if (spec.format === 'email' && !EMAIL.test(value.trim())) return `${name} : une adresse électronique est attendue (nom@domaine.fr).`;
      if (spec.format === 'url' && !URL_PATTERN.test(value.trim())) return `${name} : une adresse web est attendue (https://…).`;
      return null;
    }
    case 'date':
      if ((value === null || value === '') && spec.nullable) return null;
      return isIsoDate(value) ? null : `${name} : une date valide est attendue (AAAA-MM-JJ).`;
    case 'number':
      if (value === null && spec.nullable) return null;
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} : un nombre est attendu.`;
      if (spec.integer && !Number.isInteger(value)) return `${name} : un nombre entier est attendu.`;
      return value < spec.min || value > spec.max ? `${name} : entre ${spec.min} et ${spec.max}.` : null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${name} : oui ou non.`;
    case 'choice':
      return spec.options.includes(value as string | number | null) ? null : `${name} : choisissez une valeur de la liste.`;
    case 'code-of':
      if ((value === null || value === '') && spec.nullable) return null;
      return typeof value === 'string' && (codes[spec.list] ?? []).includes(value) ? null : `${name} : choisissez une valeur de la liste.`;
  }
}

function checkList(spec: ListSpec, items: unknown, path: string, codes: Readonly<Record<string, readonly string[]>>, errors: SectionError[]): void {
  if (!Array.isArray(items)) {
    errors.push({ field: path, message: `${spec.label.fr} : une liste est attendue.` });
    return;
  }
  const seen = new Map<unknown, number>();
  const together = new Map<string, number>();
  items.forEach((item, i) => {
    const at = `${path}.${i}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ field: at, message: `${spec.itemLabel.fr} ${i + 1} : valeur illisible.` });
      return;
    }
    for (const field of spec.fields) {
      const message = checkValue(field, valueAt(item, field.key), codes);
      if (message) errors.push({ field: `${at}.${field.key}`, message });
    }
    for (const [earlier, later] of spec.ordered ?? []) {
      const a = valueAt(item, earlier);
      const b = valueAt(item, later);
      const label = spec.fields.find((f) => f.key === later)?.label.fr ?? later;
      const before = spec.fields.find((f) => f.key === earlier)?.label.fr ?? earlier;
      if (isIsoDate(a) && isIsoDate(b) && b < a) errors.push({ field: `${at}.${later}`, message: `${label} : doit venir après « ${before} ».` });
    }
    if (spec.unique) {
      const key = valueAt(item, spec.unique);
      const first = seen.get(key);
      const label = spec.fields.find((f) => f.key === spec.unique)?.label.fr ?? spec.unique;
      if (first !== undefined && key !== '' && key !== undefined) errors.push({ field: `${at}.${spec.unique}`, message: `${label} : « ${String(key)} » figure déjà à la ligne ${first + 1}.` });
      else seen.set(key, i);
    }
    if (spec.uniqueTogether) {
      const key = spec.uniqueTogether.map((k) => String(valueAt(item, k))).join('\u0000');
      const first = together.get(key);
      const last = spec.uniqueTogether.at(-1)!;
      const names = spec.uniqueTogether.map((k) => `« ${spec.fields.find((f) => f.key === k)?.label.fr ?? k} »`).join(' et ');
      if (first !== undefined) errors.push({ field: `${at}.${last}`, message: `${names} : ce cas figure déjà à la ligne ${first + 1}.` });
      else together.set(key, i);
    }
    for (const nested of spec.lists ?? []) checkList(nested, valueAt(item, nested.key), `${at}.${nested.key}`, codes, errors);
  });
}

/**
 * Every field error of a section's new data, each with its path. `codes` lists the codes
 * other sections offer (campaigns, programmes, calendars) for the fields that refer to them.
 */
export function checkReferenceSection(section: string, data: unknown, codes: Readonly<Record<string, readonly string[]>>): SectionError[] {
  const form = sectionForm(section);
  if (!form) return [];
  const errors: SectionError[] = [];
  for (const field of form.fields) {
    const message = checkValue(field, valueAt(data, field.key), codes);
    if (message) errors.push({ field: `${section}.${field.key}`, message });
  }
  for (const list of form.lists) checkList(list, valueAt(data, list.key), list.key ? `${section}.${list.key}` : section, codes, errors);
  return errors;
}
