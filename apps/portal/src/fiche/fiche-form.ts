import type { ContractInput } from '@alternance/domain';
import type { MissionInput, PersonInput } from '../gql/graphql';

export interface PersonForm {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  jobTitle: string;
}

export interface OrganisationForm {
  name: string;
  siret: string;
  address: string;
  opco: string;
}

/** The fiche de validation as the form edits it: strings for text, null for an empty number. */
export interface FicheForm {
  contractType: string;
  group: string;
  cproReason: string;
  startDate: string;
  endDate: string;
  hoursPerDay: number | null;
  monthlyGrossPay: number | null;
  smcMonthly: number | null;
  previousRatePercent: number | null;
  /** Apprentices (§4.2.1, note 27): +15 points each on the minimum pay. */
  higherEducationDiploma: boolean;
  disabilityExtraYear: boolean;
  stageAltApproved: boolean;
  offerReference: string;
  title: string;
  context: string;
  objectives: string;
  deliverables: string;
  organisation: OrganisationForm;
  /**
   * §3.1 « Remarque sur la possibilité d'avoir 2 tuteurs professionnels »: the contract may be
   * « sur 2 organismes » — the one that signs it (tutor 1's, `organisation`) and the one where
   * the alternant(e) actually works (tutor 2's). Empty: tutor 2 belongs to the signing OPA.
   */
  workOrganisation: OrganisationForm;
  tutor1: PersonForm;
  tutor2: PersonForm;
  hrContact: PersonForm;
}

/** What the domain needs to know about the alternant(e), from their student record. */
export interface StudentFacts {
  cohort: string;
  status: string;
  birthDate?: string | null;
  repeating?: boolean;
  professionalisationValidated?: boolean;
  foreign?: boolean | null;
  aptObtained?: boolean | null;
}

/**
 * The hours per day once the user picks another contract type: the new type's default
 * (`defaultHoursPerDay`, §4.2.3) in place of the previous one's — a 7 proposed for a work-study
 * internship must not stay on an apprenticeship — unless the user typed their own, kept as
 * typed (also a value saved earlier that is not the previous default).
 */
export function hoursPerDayForType(current: number | null, typed: boolean, previousDefault: number | null, nextDefault: number | null): number | null {
  if (typed) return current;
  return current === null || current === previousDefault ? nextDefault : current;
}

const emptyPerson = (): PersonForm => ({ firstName: '', lastName: '', email: '', phone: '', jobTitle: '' });
const emptyOrganisation = (): OrganisationForm => ({ name: '', siret: '', address: '', opco: '' });

export function emptyFiche(): FicheForm {
  return {
    contractType: '',
    group: '',
    cproReason: '',
    startDate: '',
    endDate: '',
    hoursPerDay: null,
    monthlyGrossPay: null,
    smcMonthly: null,
    previousRatePercent: null,
    higherEducationDiploma: false,
    disabilityExtraYear: false,
    stageAltApproved: false,
    offerReference: '',
    title: '',
    context: '',
    objectives: '',
    deliverables: '',
    organisation: emptyOrganisation(),
    workOrganisation: emptyOrganisation(),
    tutor1: emptyPerson(),
    tutor2: emptyPerson(),
    hrContact: emptyPerson(),
  };
}

type Maybe<T> = T | null | undefined;
interface PersonLike {
  firstName: string;
  lastName: string;
  email: string;
  phone?: Maybe<string>;
  jobTitle?: Maybe<string>;
}
interface OrganisationLike {
  name: string;
  siret: string;
  address?: Maybe<string>;
  opco?: Maybe<string>;
}
export interface MissionLike {
  contractType?: Maybe<string>;
  group?: Maybe<string>;
  cproReason?: Maybe<string>;
  startDate?: Maybe<string>;
  endDate?: Maybe<string>;
  hoursPerDay?: Maybe<number>;
  monthlyGrossPay?: Maybe<number>;
  smcMonthly?: Maybe<number>;
  previousRatePercent?: Maybe<number>;
  higherEducationDiploma?: Maybe<boolean>;
  disabilityExtraYear?: Maybe<boolean>;
  stageAltApproved?: Maybe<boolean>;
  offerReference?: Maybe<string>;
  title?: Maybe<string>;
  context?: Maybe<string>;
  objectives?: Maybe<string>;
  deliverables?: Maybe<string>;
  organisation?: Maybe<OrganisationLike>;
  workOrganisation?: Maybe<OrganisationLike>;
  tutor1?: Maybe<PersonLike>;
  tutor2?: Maybe<PersonLike>;
  hrContact?: Maybe<PersonLike>;
}

function organisationForm(o: Maybe<OrganisationLike>): OrganisationForm {
  return o ? { name: o.name, siret: o.siret, address: o.address ?? '', opco: o.opco ?? '' } : emptyOrganisation();
}

function personForm(p: Maybe<PersonLike>): PersonForm {
  return p ? { firstName: p.firstName, lastName: p.lastName, email: p.email, phone: p.phone ?? '', jobTitle: p.jobTitle ?? '' } : emptyPerson();
}

/** What the saved mission holds that the form may empty to remove it (tutor 2 and the second OPA are optional). */
export interface SavedParts {
  tutor2: boolean;
  workOrganisation: boolean;
}
export function savedParts(m: Pick<MissionLike, 'tutor2' | 'workOrganisation'> | null | undefined): SavedParts {
  return { tutor2: Boolean(m?.tutor2), workOrganisation: Boolean(m?.workOrganisation) };
}

/** The form, filled from the mission as the API returned it. */
export function ficheFromMission(m: MissionLike): FicheForm {
  return {
    contractType: m.contractType ?? '',
    group: m.group ?? '',
    cproReason: m.cproReason ?? '',
    startDate: m.startDate ?? '',
    endDate: m.endDate ?? '',
    hoursPerDay: m.hoursPerDay ?? null,
    monthlyGrossPay: m.monthlyGrossPay ?? null,
    smcMonthly: m.smcMonthly ?? null,
    previousRatePercent: m.previousRatePercent ?? null,
    higherEducationDiploma: m.higherEducationDiploma ?? false,
    disabilityExtraYear: m.disabilityExtraYear ?? false,
    stageAltApproved: m.stageAltApproved ?? false,
    offerReference: m.offerReference ?? '',
    title: m.title ?? '',
    context: m.context ?? '',
    objectives: m.objectives ?? '',
    deliverables: m.deliverables ?? '',
    organisation: organisationForm(m.organisation),
    workOrganisation: organisationForm(m.workOrganisation),
    tutor1: personForm(m.tutor1),
    tutor2: personForm(m.tutor2),
    hrContact: personForm(m.hrContact),
  };
}

const filled = (p: PersonForm) => Object.values(p).some((v) => v.trim() !== '');
const typed = (o: OrganisationForm) => Object.values(o).some((v) => v.trim() !== '');

function organisationInput(o: OrganisationForm): NonNullable<MissionInput['organisation']> {
  const input: NonNullable<MissionInput['organisation']> = { name: o.name.trim(), siret: o.siret.replace(/\s+/g, '') };
  if (o.address.trim()) input.address = o.address.trim();
  if (o.opco.trim()) input.opco = o.opco.trim();
  return input;
}

function personInput(p: PersonForm): PersonInput {
  const input: PersonInput = { firstName: p.firstName.trim(), lastName: p.lastName.trim(), email: p.email.trim() };
  if (p.phone.trim()) input.phone = p.phone.trim();
  if (p.jobTitle.trim()) input.jobTitle = p.jobTitle.trim();
  return input;
}

/**
 * The draft to save: empty text and numbers are left out (a draft may be incomplete), a
 * person or an OPA only once something of it is typed, so that the API names what is missing;
 * tutor 2 and the second OPA, once saved, are removed when emptied (`saved`).
 */
export function ficheToMissionInput(f: FicheForm, saved: SavedParts = { tutor2: false, workOrganisation: false }): MissionInput {
  const input: MissionInput = {};
  const text = ['contractType', 'group', 'cproReason', 'offerReference', 'title', 'context', 'objectives', 'deliverables', 'startDate', 'endDate'] as const;
  for (const key of text) {
    const value = f[key].trim();
    if (value) input[key] = value;
  }
  const numbers = ['hoursPerDay', 'monthlyGrossPay', 'smcMonthly', 'previousRatePercent'] as const;
  for (const key of numbers) {
    const value = f[key];
    if (value !== null && Number.isFinite(value)) input[key] = value;
  }
  // §4.2.1, note 27: facts of an apprentice only, so another contract type clears them.
  if (input.contractType) {
    input.higherEducationDiploma = input.contractType === 'CAPP' && f.higherEducationDiploma;
    input.disabilityExtraYear = input.contractType === 'CAPP' && f.disabilityExtraYear;
  }
  // stageAltApproved is the manager's approval (§2.1.2): a student's fiche never sends it.
  if (typed(f.organisation)) input.organisation = organisationInput(f.organisation);
  // The second OPA goes before tutor 2, who belongs to it; emptied, it is removed (tutor 2 is then the signing OPA's).
  if (typed(f.workOrganisation)) input.workOrganisation = organisationInput(f.workOrganisation);
  else if (saved.workOrganisation) input.workOrganisation = null;
  if (filled(f.tutor1)) input.tutor1 = personInput(f.tutor1);
  if (filled(f.tutor2)) input.tutor2 = personInput(f.tutor2);
  else if (saved.tutor2) input.tutor2 = null;
  if (filled(f.hrContact)) input.hrContact = personInput(f.hrContact);
  return input;
}

const opt = <T>(v: T | null | undefined | ''): T | undefined => (v === null || v === '' ? undefined : v);

/** The fiche and the student record as the domain's contract input, for live rule checking. */
export function ficheToContractInput(f: FicheForm, s: StudentFacts, requestDate?: string | null, afterRuptureLastDay?: string | null): ContractInput {
  return {
    // §5: a new contract after a rupture is not held to the campaign nor to Tableau 5's DDC window.
    ...(afterRuptureLastDay ? { afterRuptureLastDay } : {}),
    cohort: s.cohort,
    group: f.group === 'CLASSIC' || f.group === 'ALTERNANCE' ? f.group : undefined,
    status: s.status,
    contractType: f.contractType,
    birthDate: opt(s.birthDate),
    requestDate: opt(requestDate),
    startDate: opt(f.startDate),
    endDate: opt(f.endDate),
    repeating: s.repeating,
    professionalisationValidated: s.professionalisationValidated,
    foreign: s.foreign ?? undefined,
    aptObtained: s.aptObtained ?? undefined,
    monthlyGrossPay: opt(f.monthlyGrossPay),
    cproReason: opt(f.cproReason.trim()),
    stageAltApproved: f.contractType === 'CSTAGEALT' ? f.stageAltApproved : undefined,
    smcMonthly: opt(f.smcMonthly),
    previousRatePercent: opt(f.previousRatePercent),
    higherEducationDiploma: f.contractType === 'CAPP' ? f.higherEducationDiploma : undefined,
    disabilityExtraYear: f.contractType === 'CAPP' ? f.disabilityExtraYear : undefined,
    hoursPerDay: opt(f.hoursPerDay),
  };
}
