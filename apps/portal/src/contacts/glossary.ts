/**
 * The guide's glossary (§7, Tableau 11): the acronyms the guide — and these screens — use.
 * `fr` is the guide's wording; `en` says the same for an English reader.
 */
export interface GlossaryEntry {
  acronym: string;
  fr: string;
  en: string;
}

export interface GlossaryDomain {
  domain: { fr: string; en: string };
  entries: GlossaryEntry[];
}

export const GLOSSARY: readonly GlossaryDomain[] = [
  {
    domain: { fr: 'Statuts d’étudiant(e)s', en: 'Student status' },
    entries: [
      { acronym: 'FC', fr: 'Statut de Formation Continue', en: 'Continuing education status' },
      { acronym: 'FI', fr: 'Statut de Formation Initiale', en: 'Initial education status' },
    ],
  },
  {
    domain: { fr: 'Contrats/conventions', en: 'Contracts and agreements' },
    entries: [
      { acronym: 'FI-CAPP', fr: 'Étudiant(e) en formation initiale, alternant(e) sous contrat d’apprentissage', en: 'Initial education, work-study student under an apprenticeship contract' },
      { acronym: 'FI-CSTAGE', fr: 'Étudiant(e) en formation initiale, non-alternant(e) sous convention de stage', en: 'Initial education, not work-study, under an internship agreement' },
      { acronym: 'FI-CSTAGEALT', fr: 'Étudiant(e) en formation initiale, alternant(e) sous convention de stage', en: 'Initial education, work-study student under an internship agreement' },
      { acronym: 'FI-SANS', fr: 'Étudiant(e) en formation initiale, non-alternant(e) et sans stage (situation vraiment exceptionnelle)', en: 'Initial education, not work-study and no internship (truly exceptional)' },
      { acronym: 'FC-CPRO', fr: 'Étudiant(e) en formation continue, alternant(e) sous contrat de professionnalisation', en: 'Continuing education, work-study student under a professionalisation contract' },
      { acronym: 'FC-CSTAGE', fr: 'Étudiant(e) en formation continue, non-alternant(e) sous convention de stage', en: 'Continuing education, not work-study, under an internship agreement' },
      { acronym: 'FC-CSTAGEALT', fr: 'Étudiant(e) en formation continue, alternant(e) sous convention de stage', en: 'Continuing education, work-study student under an internship agreement' },
      { acronym: 'FC-SANS', fr: 'Étudiant(e) en formation continue, non-alternant(e) et sans stage (situation vraiment exceptionnelle)', en: 'Continuing education, not work-study and no internship (truly exceptional)' },
    ],
  },
  {
    domain: { fr: 'Monde professionnel', en: 'Professional world' },
    entries: [
      { acronym: 'OPA', fr: 'Organisme Professionnel d’Accueil : entreprise, structure publique, …, accueillant un(e) étudiant(e) pour un stage ou une alternance', en: 'Host organisation: a company, public body… hosting a student for an internship or a work-study programme' },
      { acronym: 'OPCO', fr: 'Organisme Professionnel de COmpétences : principal financeur des études des alternants (en contrat d’apprentissage aussi bien qu’en contrat de professionnalisation)', en: 'Skills operator: the main funder of the work-study students’ training (apprenticeship and professionalisation contracts alike)' },
    ],
  },
  {
    domain: { fr: 'Monde institutionnel', en: 'Institutions' },
    entries: [
      { acronym: 'CFA', fr: 'Centre de Formation des Apprentis : le CFA EPURE Méditerranée dans le cas de la MIAGE d’Aix-Marseille', en: 'Apprentice training centre: CFA EPURE Méditerranée for the MIAGE of Aix-Marseille' },
      { acronym: 'SFCA', fr: 'Service Formation Continue et Alternance : service de la FEG dédié à la gestion des étudiants FC et des alternants de la FEG', en: 'Continuing education and work-study office of the FEG, which manages its FC and work-study students' },
      { acronym: 'MIAGE', fr: 'Méthodes Informatiques Appliquées à la Gestion des Entreprises', en: 'Computing methods applied to business management' },
      { acronym: 'MIND', fr: 'Management de l’INnovation et du Digital : département dont fait partie la MIAGE d’Aix-Marseille', en: 'Innovation and digital management: the department the MIAGE of Aix-Marseille belongs to' },
      { acronym: 'FEG', fr: 'Faculté d’Économie et de Gestion : composante de l’université dont fait partie le département MIND (et donc la MIAGE)', en: 'Faculty of economics and management: the part of the university the MIND department (and so the MIAGE) belongs to' },
      { acronym: 'AMU', fr: 'Aix-Marseille Université, dont fait partie la FEG (donc MIND et la MIAGE)', en: 'Aix-Marseille University, which the FEG (and so MIND and the MIAGE) belongs to' },
    ],
  },
  {
    domain: { fr: 'Dates liées aux contrats ou conventions', en: 'Contract and agreement dates' },
    entries: [
      { acronym: 'DDF', fr: 'Date (incluse) de Début de Formation', en: 'Training start date (included)' },
      { acronym: 'DFF', fr: 'Date (incluse) de Fin de Formation', en: 'Training end date (included)' },
      { acronym: 'DDC', fr: 'Date (incluse) de Début du Contrat/de la Convention', en: 'Contract or agreement start date (included)' },
      { acronym: 'DFC', fr: 'Date (incluse) de Fin du Contrat/de la Convention', en: 'Contract or agreement end date (included)' },
    ],
  },
];
