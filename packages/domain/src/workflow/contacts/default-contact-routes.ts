import type { ContactRoutes, RouteContact } from './contact-routes.js';

const T8 = '§6.1.1, Tableau 8';
const T9 = '§6.1.2, Tableau 9';

// The guide's "DIRECCTE" is now the DDETS; "sauf pour les stagiaires" = contracts only.
const SIGNED_CONTRACT_CONTACTS: RouteContact[] = [
  { role: 'CFA', onlyFor: ['CAPP'] },
  { role: 'SFCA', onlyFor: ['CPRO'] },
  { role: 'DDETS', onlyFor: ['CAPP', 'CPRO'] },
  { role: 'INTERNSHIP_SECRETARIAT', onlyFor: ['CSTAGEALT', 'CSTAGE'] },
];

// The escalation order of §6.1 ("dans l'ordre indiqué") and of §5's mediation.
const ESCALATION: RouteContact[] = [{ role: 'ACADEMIC_TUTOR' }, { role: 'MANAGER' }, { role: 'DIRECTION' }];

const TUTOR_CHANGE_CONTACTS: RouteContact[] = [
  {
    role: 'CFA',
    onlyFor: ['CAPP'],
    note: { fr: '3 exemplaires originaux de l’avenant au contrat (obligatoire).', en: '3 signed originals of the contract amendment (mandatory).' },
  },
  {
    role: 'MANAGER',
    note: {
      fr: 'Un scan PDF de l’avenant (apprentissage) et, pour un nouveau tuteur, les renseignements demandés dans la fiche de validation.',
      en: 'A PDF scan of the amendment (apprenticeship) and, for a new tutor, the details the validation form asks for.',
    },
  },
];

/** Tableaux 8 and 9 (§6.1) as data. Role codes only: the people behind them are data of the API. */
export const defaultContactRoutes: ContactRoutes = {
  roles: {
    ACADEMIC_TUTOR: { fr: 'Tuteur universitaire', en: 'Academic tutor' },
    MANAGER: { fr: 'Responsable de l’alternance', en: 'Alternance manager' },
    SECRETARIAT: { fr: 'Secrétariat pédagogique (celui du site de l’alternant(e))', en: 'Programme secretariat (of the alternant’s site)' },
    INTERNSHIP_SECRETARIAT: { fr: 'Secrétariat des stages de la MIAGE', en: 'MIAGE internship office' },
    DIRECTION: { fr: 'Direction de la MIAGE', en: 'MIAGE direction' },
    CFA: { fr: 'CFA FORMASUP Méditerranée', en: 'CFA FORMASUP Méditerranée (apprentice training centre)' },
    SFCA: { fr: 'SFCA de la FEG', en: 'SFCA (continuing education office of the FEG)' },
    DDETS: { fr: 'DDETS (ex-DIRECCTE)', en: 'DDETS (labour administration, formerly DIRECCTE)' },
  },
  intermediaries: {
    COMPANY_TUTOR: { fr: 'Tuteur professionnel', en: 'Company tutor' },
    HR_CONTACT: { fr: 'Service RH de l’organisme d’accueil', en: 'HR department of the host organisation' },
  },
  routes: [
    // Tableau 8: company tutors and HR contacts.
    {
      asker: 'COMPANY',
      need: 'PEDAGOGICAL_REQUEST',
      mode: 'DIRECT',
      contacts: [{ role: 'MANAGER' }],
      note: {
        fr: 'Par exemple une dispense exceptionnelle d’assiduité (§4.3.2), au moins 10 jours ouvrables avant le premier jour concerné.',
        en: 'For instance an exceptional exemption from attendance (§4.3.2), at least 10 working days before the first day concerned.',
      },
      ref: T8,
    },
    {
      asker: 'COMPANY',
      need: 'SICK_LEAVE',
      mode: 'DIRECT',
      contacts: [{ role: 'MANAGER' }, { role: 'SECRETARIAT' }],
      note: {
        fr: 'Transmettre l’arrêt de travail visé par l’organisme, par mél aux deux, dans les 10 jours ouvrables après son établissement (§4.3.1).',
        en: 'Send the sick-leave certificate, stamped by the organisation, by e-mail to both within 10 working days of its issue (§4.3.1).',
      },
      ref: T8,
    },
    {
      asker: 'COMPANY',
      need: 'ADMIN_TRAINING',
      mode: 'DIRECT',
      contacts: [{ role: 'SECRETARIAT' }],
      note: { fr: 'Par exemple un justificatif des dates d’examens.', en: 'For instance a certificate of the exam dates.' },
      ref: T8,
    },
    {
      asker: 'COMPANY',
      need: 'MISSION_VALIDATION',
      mode: 'DIRECT',
      contacts: [{ role: 'MANAGER' }],
      note: { fr: 'Avant le début du contrat ou de la convention.', en: 'Before the contract or agreement starts.' },
      ref: T8,
    },
    {
      asker: 'COMPANY',
      need: 'SIGNED_CONTRACT',
      mode: 'DIRECT',
      contacts: SIGNED_CONTRACT_CONTACTS,
      note: { fr: 'Après signature du contrat ou de la convention de stage.', en: 'After the contract or internship agreement is signed.' },
      ref: T8,
    },
    {
      asker: 'COMPANY',
      need: 'PROBLEM_AT_OPA',
      mode: 'ESCALATION',
      contacts: ESCALATION,
      note: { fr: 'Dans cet ordre, en passant au suivant si besoin.', en: 'In this order, moving on to the next if needed.' },
      ref: T8,
    },
    {
      asker: 'COMPANY',
      need: 'TUTOR_CHANGE',
      mode: 'DIRECT',
      contacts: TUTOR_CHANGE_CONTACTS,
      note: {
        fr: 'Pour un contrat d’apprentissage, tout changement de tuteur professionnel exige un avenant au contrat.',
        en: 'For an apprenticeship contract, any change of company tutor requires an amendment to the contract.',
      },
      ref: '§3.1 (Attention), Tableau 9',
    },
    {
      asker: 'COMPANY',
      need: 'EARLY_TERMINATION',
      mode: 'DIRECT',
      contacts: [{ role: 'MANAGER' }],
      note: { fr: 'Voir la procédure de rupture (§5).', en: 'See the rupture procedure (§5).' },
      ref: T8,
    },
    // Tableau 9: alternants.
    {
      asker: 'ALTERNANT',
      need: 'PEDAGOGICAL_REQUEST',
      mode: 'DIRECT',
      contacts: [],
      through: { by: 'COMPANY_TUTOR', contacts: [{ role: 'MANAGER' }] },
      note: {
        fr: 'Personne : c’est à votre tuteur professionnel de prendre contact avec le responsable de l’alternance.',
        en: 'Nobody: your company tutor contacts the alternance manager.',
      },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'SICK_LEAVE',
      mode: 'DIRECT',
      contacts: [],
      through: { by: 'HR_CONTACT', contacts: [{ role: 'MANAGER' }, { role: 'SECRETARIAT' }] },
      note: {
        fr: 'Personne : transmettez votre arrêt de travail à votre organisme d’accueil dans les 48 h ouvrées ; son service RH le transmet visé. Un arrêt envoyé par vous-même est ignoré (§4.3.1).',
        en: 'Nobody: send your sick-leave certificate to your host organisation within 48 business hours; its HR department forwards it, stamped. A certificate you send yourself is ignored (§4.3.1).',
      },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'ADMIN_TRAINING',
      mode: 'DIRECT',
      contacts: [],
      through: { by: 'COMPANY_TUTOR', contacts: [{ role: 'SECRETARIAT' }] },
      note: {
        fr: 'Personne : c’est à votre tuteur professionnel de prendre contact avec le secrétariat pédagogique (demande concernant la formation et votre organisme d’accueil).',
        en: 'Nobody: your company tutor contacts the programme secretariat (a request about the training and your host organisation).',
      },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'ADMIN_TRAINING_NOT_OPA',
      mode: 'DIRECT',
      contacts: [{ role: 'SECRETARIAT' }],
      note: { fr: 'Par exemple un certificat de scolarité.', en: 'For instance a certificate of enrolment.' },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'MISSION_VALIDATION',
      mode: 'DIRECT',
      contacts: [{ role: 'MANAGER' }],
      note: { fr: 'Avant le début du contrat ou de la convention.', en: 'Before the contract or agreement starts.' },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'SIGNED_CONTRACT',
      mode: 'DIRECT',
      contacts: SIGNED_CONTRACT_CONTACTS,
      note: { fr: 'Après signature du contrat.', en: 'After the contract is signed.' },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'PROBLEM_AT_OPA',
      mode: 'ESCALATION',
      contacts: ESCALATION,
      note: {
        fr: 'Notamment avec votre tuteur professionnel. Dans cet ordre, en passant au suivant si besoin.',
        en: 'In particular with your company tutor. In this order, moving on to the next if needed.',
      },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'TUTOR_CHANGE',
      mode: 'DIRECT',
      contacts: TUTOR_CHANGE_CONTACTS,
      note: { fr: 'Modification, ajout ou suppression d’un tuteur professionnel.', en: 'A company tutor changed, added or removed.' },
      ref: T9,
    },
    {
      asker: 'ALTERNANT',
      need: 'EARLY_TERMINATION',
      mode: 'DIRECT',
      contacts: [{ role: 'MANAGER' }],
      note: { fr: 'Voir la procédure de rupture (§5).', en: 'See the rupture procedure (§5).' },
      ref: T9,
    },
  ],
};
