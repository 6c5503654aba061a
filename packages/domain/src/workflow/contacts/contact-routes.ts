import type { ContractType } from '../../contracts/contract-input.js';

/** Who asks (Tableau 8: company tutors and HR contacts; Tableau 9: alternants). */
export type AskerRole = 'COMPANY' | 'ALTERNANT';

export type ContactNeed =
  | 'PEDAGOGICAL_REQUEST'
  | 'SICK_LEAVE'
  | 'ADMIN_TRAINING'
  | 'ADMIN_TRAINING_NOT_OPA'
  | 'MISSION_VALIDATION'
  | 'SIGNED_CONTRACT'
  | 'PROBLEM_AT_OPA'
  | 'TUTOR_CHANGE'
  | 'EARLY_TERMINATION';

/** Roles, never people: the API resolves a role to the person in charge (Tableau 10). */
export type ContactRole = 'ACADEMIC_TUTOR' | 'MANAGER' | 'SECRETARIAT' | 'INTERNSHIP_SECRETARIAT' | 'DIRECTION' | 'CFA' | 'SFCA' | 'DDETS';

/** People at the OPA who make a contact on the alternant's behalf. */
export type IntermediaryRole = 'COMPANY_TUTOR' | 'HR_CONTACT';

export interface Bilingual {
  fr: string;
  en: string;
}

export interface RouteContact {
  role: ContactRole;
  /** Only for these contract types (e.g. the CFA for apprentices); absent: for all. */
  onlyFor?: ContractType[];
  note?: Bilingual;
}

export interface ContactRoute {
  asker: AskerRole;
  need: ContactNeed;
  /** DIRECT: contact the listed roles; ESCALATION: one after the other, in order, until solved. */
  mode: 'DIRECT' | 'ESCALATION';
  /** Whom the asker contacts; empty when someone else does (`through`). */
  contacts: RouteContact[];
  /** "Personne : c'est à votre tuteur professionnel…": the asker contacts nobody; `by` contacts these. */
  through?: { by: IntermediaryRole; contacts: RouteContact[] };
  note: Bilingual;
  ref: string;
}

/** The routing table of §6 (Tableaux 8–10), JSON-serialisable so that it can be stored and edited as data. */
export interface ContactRoutes {
  roles: Record<ContactRole, Bilingual>;
  intermediaries: Record<IntermediaryRole, Bilingual>;
  routes: ContactRoute[];
}
