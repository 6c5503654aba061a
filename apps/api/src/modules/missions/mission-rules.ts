import type { EntityManager } from '@mikro-orm/core';
import {
  applyDerogation,
  checkAlreadyValidated,
  checkContract,
  checkOfferReference,
  checkOfferReferenceKnown,
  ficheTrainingYearStart,
  offerNamedBy,
  offersMatchingFiche,
  type ContractInput,
  type ExistingMission,
  type Finding,
  type IsoDate,
  type ReferenceData,
} from '@alternance/domain';
import { toEuros } from '../../shared/money.js';
import { Offer } from '../offers/offer.entity.js';
import type { Student } from '../people/people.entities.js';
import { calendarInForce } from '../calendars/calendar-in-force.js';
import { Mission } from './mission.entities.js';
import { brokenContractsOf, newContractFindings, replacementLastDay, type BrokenContract } from '../lifecycle/new-contract-rules.js';

const optional = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** The fiche as the domain's contract input (interfaces.md §1). */
export function missionContractInput(mission: Mission, student: Student, overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    cohort: mission.cohort,
    // The domain's group is L3I's CLASSIC/ALTERNANCE choice; reference-data group codes are not that.
    group: mission.group === 'CLASSIC' || mission.group === 'ALTERNANCE' ? mission.group : undefined,
    status: student.status,
    contractType: mission.contractType,
    birthDate: optional(student.birthDate),
    requestDate: optional(mission.requestDate),
    validationDate: optional(mission.validationDate),
    startDate: optional(mission.startDate),
    endDate: optional(mission.endDate),
    afterRuptureLastDay: optional(mission.afterRuptureLastDay),
    repeating: student.repeating,
    professionalisationValidated: student.professionalisationValidated,
    foreign: student.foreign,
    aptObtained: student.aptObtained,
    // §3.4, note 26: an APT obtained on the DDC or later came too late (APT_MISSING).
    aptObtainedOn: optional(student.aptObtainedOn),
    monthlyGrossPay: optional(toEuros(mission.monthlyGrossPayCents)),
    cproReason: optional(mission.cproReason),
    stageAltApproved: optional(mission.stageAltApproved),
    smcMonthly: optional(toEuros(mission.smcMonthlyCents)),
    previousRatePercent: optional(mission.previousRatePercent),
    higherEducationDiploma: mission.higherEducationDiploma,
    disabilityExtraYear: mission.disabilityExtraYear,
    hoursPerDay: optional(mission.hoursPerDay),
    ...overrides,
  };
}

/** Of published offers, those this mission matches: same OPA (by SIRET), and cohort/contract type when the offer names them. */
export function offersMatchingMission(offers: readonly Offer[], mission: Pick<Mission, 'cohort' | 'contractType'>, siret: string | null | undefined): Offer[] {
  const facts = offers.map((o) => ({ offer: o, reference: o.reference, cohort: o.cohort, contractType: o.contractType, organisationSiret: o.organisation?.siret ?? null }));
  return offersMatchingFiche(facts, { cohort: mission.cohort, contractType: mission.contractType, siret }).map((f) => f.offer);
}

/** Published offers this mission matches (see offersMatchingMission). */
export async function matchingPublishedOffers(em: EntityManager, mission: Mission): Promise<Offer[]> {
  if (!mission.organisation) return [];
  const offers = await em.find(Offer, { state: 'PUBLISHED', organisation: { siret: mission.organisation.siret } }, { populate: ['organisation'] });
  return offersMatchingMission(offers, mission, mission.organisation.siret);
}

/** Every published offer, with its OPA: what a reference typed in the fiche may name (§3.2). */
export function publishedOffers(em: EntityManager): Promise<Offer[]> {
  return em.find(Offer, { state: 'PUBLISHED' }, { populate: ['organisation'] });
}

/**
 * The published offer the fiche's reference names, to close when the mission is validated
 * (§3.2 « afin que nous puissions la supprimer »): one the mission matches by its OPA, else
 * one whose OPA was not recorded — never another OPA's offer (OFFER_REFERENCE_UNKNOWN warns of it).
 */
export function offerToClose(mission: Pick<Mission, 'offerReference' | 'cohort' | 'contractType'> & { organisation: { siret: string } | null }, offers: readonly Offer[]): Offer | null {
  const named = offerNamedBy(mission.offerReference, offers);
  if (!named) return null;
  if (!named.organisation) return named;
  return mission.organisation && offersMatchingMission([named], mission, mission.organisation.siret).length ? named : null;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every rule of @alternance/domain that bears on a fiche, from facts already read: the
 * contract rules, the offer reference (§3.2) and a second validation (§3.3), errors first.
 * Pure, so that an import checks thousands of fiches without a query per row.
 */
export function ficheFindings(
  mission: Mission,
  student: Student,
  data: ReferenceData,
  facts: { matchingOffers: readonly Offer[]; otherMissions: readonly ExistingMission[]; publishedOffers?: readonly Offer[] },
  overrides: Partial<ContractInput> = {},
  today?: IsoDate,
): Finding[] {
  // `today`: APT_MISSING speaks only from the DDC on (§3.4, note 26).
  const input = missionContractInput(mission, student, overrides);
  // §2.1.2 « sauf dérogations exceptionnelles »: the manager's recorded derogation turns the M2's refusal into an accepted warning.
  const derogation = mission.derogationReason && mission.derogationBy && mission.derogationOn ? { reason: mission.derogationReason, grantedBy: mission.derogationBy, grantedOn: mission.derogationOn } : null;
  const findings: Finding[] = applyDerogation(checkContract(input, { referenceData: data, today }).findings, { cohort: mission.cohort, status: input.status ?? null, contractType: input.contractType ?? null, derogation }, data);
  const offer = checkOfferReference({ offerReference: mission.offerReference, matchingPublishedOffers: facts.matchingOffers });
  if (offer) findings.push(offer);
  // §3.2: a reference that names no published offer (or another OPA's) would withdraw nothing.
  else if (facts.publishedOffers) {
    const known = checkOfferReferenceKnown({
      offerReference: mission.offerReference,
      siret: mission.organisation?.siret,
      publishedOffers: facts.publishedOffers.map((o) => ({ reference: o.reference, organisationSiret: o.organisation?.siret ?? null, organisationName: o.organisation?.name ?? null })),
    });
    if (known) findings.push(known);
  }
  // §2.1.2: a contract over before this fiche's training year (an M1 work-study internship, an L3I contract) does not block it.
  const already = checkAlreadyValidated(facts.otherMissions, { trainingYearStart: ficheTrainingYearStart(mission.cohort, mission.startDate, data), startDate: mission.startDate });
  if (already) findings.push(already);
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** ficheFindings, reading the facts it needs for one fiche. */
export async function missionFindings(em: EntityManager, mission: Mission, data: ReferenceData, overrides: Partial<ContractInput> = {}, today?: IsoDate, brokenBefore?: BrokenContract | null): Promise<Finding[]> {
  const others = await em.find(Mission, { student: mission.student.id, id: { $ne: mission.id }, state: 'VALIDATED' }, { fields: ['state', 'brokenOn', 'endDate'] });
  // §5: a rupture under way, its last day fixed, ends the contract for the new fiche as a completed one does.
  const brokenContracts = (await brokenContractsOf(em, [mission.student.id])).filter((b) => b.mission.id !== mission.id);
  // Issue 11: the alternant's own calendar (published version + individual half-days) for the hour rules.
  const own = await calendarInForce(em, mission.student.id, data);
  const offers = mission.offerReference?.trim() ? await publishedOffers(em) : [];
  // Issue 13: a new contract after a rupture (§5) — asked for outside the campaign, bounded by the rupture.
  const broken = brokenBefore !== undefined ? brokenBefore : (brokenContracts[0] ?? null);
  const afterRuptureLastDay = replacementLastDay(mission, broken);
  const findings = ficheFindings(
    mission,
    mission.student,
    own,
    { matchingOffers: await matchingPublishedOffers(em, mission), otherMissions: others.map((m) => ({ state: m.state, brokenOn: m.brokenOn ?? brokenContracts.find((b) => b.mission.id === m.id)?.lastDay ?? null, endDate: m.endDate })), publishedOffers: offers },
    afterRuptureLastDay ? { afterRuptureLastDay, ...overrides } : overrides,
    today,
  );
  const lifecycle = await newContractFindings(em, mission, broken);
  return lifecycle.length ? [...findings, ...lifecycle].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]) : findings;
}

/** ",CODE1,CODE2," — lets the missions list filter by rule code with a plain LIKE on both databases. */
export function findingCodesColumn(findings: readonly Finding[]): string {
  return findings.length ? `,${[...new Set(findings.map((f) => f.code))].join(',')},` : '';
}
