import { seedLifecycleDemo } from './demo-lifecycle.js';
import type { EntityManager } from '@mikro-orm/core';
import { addDays, addMonths, checkContract, minDate, contractChecklist, wishChoices, type MissionState, type ReferenceData } from '@alternance/domain';
import { User } from '../modules/auth/auth.entities.js';
import { ReferenceSection } from '../modules/reference-data/reference-section.entity.js';
import { hashPassword } from '../modules/auth/secrets.js';
import { ChecklistItem, Contract } from '../modules/contracts/contract.entities.js';
import { findingCodesColumn, missionFindings } from '../modules/missions/mission-rules.js';
import { Mission, MissionConfirmation } from '../modules/missions/mission.entities.js';
import { Offer } from '../modules/offers/offer.entity.js';
import { CompanyTutor, HrContact, Organisation, Student } from '../modules/people/people.entities.js';
import { StudentCalendar } from '../modules/calendars/calendar.entities.js';
import { seedDemoVisits } from './demo-visits.js';
import { seedDemoFcConventions } from './demo-fc-conventions.js';
import { DEMO_PASSWORD, DEMO_STUDENT_ACCOUNTS, DEMO_USERS, demoStudentEmail } from './demo-accounts.js';
import { seedDemoAbsences } from './demo-absences.js';
import { seedDemoLivrets } from './demo-livrets.js';
import { seedDemoIntegration, type DemoPartnerTokens } from './demo-integration.js';
import { publishDemoCalendars, recordDemoOfficeWork, signDemoContracts } from './demo-year-running.js';
import { demoMailDomain } from './demo-mail-domain.js';

const FIRST = ['Léa', 'Hugo', 'Chloé', 'Lucas', 'Manon', 'Nathan', 'Camille', 'Enzo', 'Inès', 'Louis', 'Sarah', 'Yanis', 'Emma', 'Rayan', 'Jade', 'Théo', 'Lina', 'Adam', 'Zoé', 'Mehdi'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Garcia', 'Roux', 'Fontaine', 'Chevalier', 'Robin', 'Benali', 'Nguyen', 'Faure', 'Giraud', 'Mercier', 'Blanc', 'Guerin', 'Boyer'];
/**
 * The n-th demo student's last name, unique with the first name `FIRST[n % 20]`: plain for the first 20, then
 * hyphenated — the third twenty takes another second name than the second (they were homonyms of it before).
 */
export function demoLastName(n: number): string {
  const base = LAST[(n * 7) % LAST.length]!;
  if (n <= LAST.length) return base;
  return `${base}-${LAST[(n <= 2 * LAST.length ? n : n * 3 + 1) % LAST.length]!}`;
}
const COMPANIES = [
  ['Provence Logiciels', 'OPCO Atlas'],
  ['Calanques Data', 'OPCO Atlas'],
  ['Banque du Midi', 'OPCO Atlas'],
  ['Hôpital Numérique Sud', 'OPCO Santé'],
  ['Rhône Énergies', 'OPCO 2i'],
  ['Azur Transports', 'OPCO Mobilités'],
  ['Cité Assurances', 'OPCO Atlas'],
  ['Massilia Commerce', 'OPCO Commerce'],
] as const;

/** OPAs with an offer still published during the campaign (§3.2), no mission of the demo at them. */
const OPEN_OFFER_COMPANIES = [
  ['Sainte-Victoire Conseil', 'OPCO Atlas', '12345678999901'],
  ['Littoral Numérique', 'OPCO Atlas', '12345678999919'],
  ['Garrigue Informatique', 'OPCO 2i', '12345678999927'],
] as const;
const OPEN_OFFER_TITLES = ['applications web', 'décisionnel', 'intégration ERP'] as const;
const OPEN_OFFER_COHORTS = [null, 'MASTER-2025', 'L3I-2025'] as const;
const OPEN_OFFER_TYPES = ['CAPP', null, 'CAPP'] as const;

/** Deterministic pseudo-random numbers: the demo is the same on every machine. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const TYPES_BY_COHORT: Record<string, string[]> = {
  'L3G-2025': ['CSTAGE', 'SANS'],
  'L3I-2025': ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE'],
  'MASTER-2025': ['CAPP', 'CPRO', 'CSTAGEALT'],
  'M2-2025': ['CAPP', 'CPRO', 'CSTAGEALT'],
  'M2-2026': ['CAPP', 'CAPP', 'CPRO', 'CSTAGEALT'],
};

/** How many missions of each state: every workflow state is represented. */
const STATES: [MissionState, number][] = [
  ['DRAFT', 7],
  ['SUBMITTED', 9],
  ['RETURNED', 4],
  ['CONFIRMATION_REQUESTED', 7],
  ['ERROR_REPORTED', 3],
  ['CONFIRMED', 5],
  ['VALIDATED', 23],
  ['REJECTED', 2],
];

/**
 * A fictitious programme: about 60 students across every cohort and contract type, their
 * companies, tutors and HR contacts, offers, and missions in every workflow state — a few
 * deliberately with rule findings (late request, pay under the minimum, missing work permit).
 */
/**
 * §6.2 (Tableau 10) names the people in charge; the guide's defaults keep the services only.
 * The demo names its own fictitious manager and direction (never the guide's people), so that
 * "Qui contacter ?" shows whom to write to, as it will once the manager fills them in.
 */
async function seedDemoDirectory(em: EntityManager, data: ReferenceData, users: User[]): Promise<void> {
  const section = await em.findOne(ReferenceSection, { key: 'directory' });
  if (!section) return;
  const person = (role: 'MANAGER' | 'DIRECTION') => users.find((u) => u.role === role)!;
  section.data = data.directory.map((entry) =>
    entry.role === 'MANAGER' || entry.role === 'DIRECTION'
      ? { ...entry, name: `${person(entry.role).displayName} — ${entry.name}`, email: person(entry.role).email }
      : entry,
  );
}

/**
 * When the demo's offers were published: in June 2025, more than the diffusion's days before the
 * demo's day (FIXED_TODAY=2025-07-01), so that starting the demo mails no one its old offers (§3.2).
 */
const demoPublishedAt = (i: number): Date => new Date(Date.UTC(2025, 5, 2 + i, 8, 0, 0));

export async function seedDemo(em: EntityManager, data: ReferenceData): Promise<{ students: number; missions: number; partnerTokens: DemoPartnerTokens }> {
  const random = prng(20_250_901);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const users = DEMO_USERS.map((u) => Object.assign(new User(), { ...u, passwordHash }));
  em.persist(users);
  await seedDemoDirectory(em, data, users);
  const academicTutor = users.find((u) => u.role === 'ACADEMIC_TUTOR')!;

  const organisations = COMPANIES.map(([name, opco], i) => Object.assign(new Organisation(), { name, opco, siret: `${(12_345_678_900_000 + i * 1_117).toString().padStart(14, '0')}`, address: `${10 + i} rue de la République, 13001 Marseille` }));
  em.persist(organisations);
  const tutors = organisations.flatMap((organisation, i) =>
    [0, 1].map((k) => Object.assign(new CompanyTutor(), { organisation, firstName: FIRST[(i * 2 + k + 5) % FIRST.length]!, lastName: LAST[(i * 3 + k + 7) % LAST.length]!, email: `tuteur${i + 1}-${k + 1}@${demoMailDomain(organisation.name)}.example`, jobTitle: k ? 'Cheffe de projet' : 'Responsable informatique' })),
  );
  const hrContacts = organisations.map((organisation, i) => Object.assign(new HrContact(), { organisation, firstName: FIRST[(i + 11) % FIRST.length]!, lastName: LAST[(i + 13) % LAST.length]!, email: `rh@${demoMailDomain(organisation.name)}.example` }));
  em.persist([...tutors, ...hrContacts]);

  const offers = organisations.slice(0, 6).map((organisation, i) => Object.assign(new Offer(), { reference: `OFF-2025-${String(i + 1).padStart(3, '0')}`, title: `Alternance — ${['développement', 'données', 'MOA', 'SI santé', 'cloud', 'ERP'][i]}`, description: 'Offre diffusée par la MIAGE.', organisation, cohort: i % 2 ? 'M2-2026' : null, contractType: 'CAPP', publishedAt: demoPublishedAt(i) }));
  em.persist(offers);
  // §3.2 « diffusion au fil de l'eau »: offers still open during the campaign, at OPAs that have no
  // demo mission yet — the six above are closed as the missions naming them are validated, so a
  // student on a day of the campaign (FIXED_TODAY=2025-07-01) would otherwise find none to check.
  const openOrganisations = OPEN_OFFER_COMPANIES.map(([name, opco, siret], i) => Object.assign(new Organisation(), { name, opco, siret, address: `${30 + i} boulevard Longchamp, 13001 Marseille` }));
  em.persist(openOrganisations);
  em.persist(
    openOrganisations.map((organisation, i) =>
      Object.assign(new Offer(), { reference: `OFF-2025-${String(offers.length + i + 1).padStart(3, '0')}`, title: `Alternance — ${OPEN_OFFER_TITLES[i]}`, description: 'Offre diffusée par la MIAGE.', organisation, cohort: OPEN_OFFER_COHORTS[i], contractType: OPEN_OFFER_TYPES[i], publishedAt: demoPublishedAt(offers.length + i) }),
    ),
  );

  const cohorts = data.cohorts.filter((c) => TYPES_BY_COHORT[c.code]);
  const states = STATES.flatMap(([state, n]) => Array.from({ length: n }, () => state));
  let n = 0;
  for (const state of states) {
    n += 1;
    const cohort = cohorts[n % cohorts.length]!;
    const contractType = pick(TYPES_BY_COHORT[cohort.code]!);
    const status = contractType === 'CPRO' || contractType === 'SANS' ? 'FC' : 'FI';
    const foreign = n % 9 === 0;
    const student = Object.assign(new Student(), {
      firstName: FIRST[n % FIRST.length]!,
      lastName: demoLastName(n),
      email: n <= DEMO_STUDENT_ACCOUNTS ? demoStudentEmail(n) : `etudiant.demo${n}@etu.example`,
      birthDate: `${1998 + (n % 7)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`,
      status,
      nationality: foreign ? 'Marocaine' : 'Française',
      foreign,
      aptObtained: foreign && n % 2 === 0,
      aptObtainedOn: foreign && n % 2 === 0 ? '2025-06-20' : null,
      cohort: cohort.code,
      // Spread over the cohort's groups (M1 Aix/Marseille, M2 2ID/ISIE), the site being the group's (§2.6, Tableau 4).
      ...demoPlacement(data, cohort.groups, contractType, n),
      // §1.2, §2.4: most students stated a wish (track in a Master/M2, site in M1); a few did not.
      ...demoWish(data, cohort.code, n),
      professionalisationValidated: contractType === 'SANS',
      // The demo academic tutor follows every other validated alternant (§4.6): only those are theirs to see.
      academicTutor: state === 'VALIDATED' && n % 2 === 0 ? academicTutor : null,
    });
    if (n <= DEMO_STUDENT_ACCOUNTS) {
      student.user = Object.assign(new User(), { email: student.email, displayName: `${student.firstName} ${student.lastName}`, role: 'STUDENT' as const, passwordHash });
      em.persist(student.user);
    }
    em.persist(student);

    const windows = checkContract({ cohort: cohort.code, status, contractType }, { referenceData: data }).windows;
    const startDate = contractType === 'CSTAGE' ? addDays(cohort.dff, -120) : (windows.startDate.min && windows.startDate.min > cohort.ddf ? windows.startDate.min : cohort.ddf);
    const latestEnd = contractType === 'CSTAGE' ? addDays(cohort.dff, -30) : (windows.endDate.min ?? windows.endDate.max ?? cohort.dff);
    // A work-study internship lasts one year at most, date to date (Tableau 5).
    const endDate = contractType === 'CSTAGEALT' ? minDate(latestEnd, addDays(addMonths(startDate, 12), -1)) : latestEnd;
    const orgIndex = n % organisations.length;
    const organisation = organisations[orgIndex]!;
    const mission = Object.assign(new Mission(), {
      student,
      state,
      cohort: cohort.code,
      group: cohort.code.startsWith('L3I') ? (contractType === 'CSTAGE' ? 'CLASSIC' : 'ALTERNANCE') : null,
      contractType,
      startDate,
      endDate,
      // One in eight is paid under the minimum: PAY_BELOW_MINIMUM on purpose.
      monthlyGrossPayCents: contractType === 'CAPP' || contractType === 'CPRO' ? (n % 8 === 0 ? 70_000 : 210_000 + (n % 5) * 10_000) : null,
      hoursPerDay: contractType.startsWith('CSTAGE') ? 7 : null,
      // Most CPRO before 30 carry their reason and most work-study internships their approval; a few don't, on purpose.
      cproReason: contractType === 'CPRO' && n % 5 !== 0 ? 'OPA signataire de CPRO uniquement' : null,
      stageAltApproved: contractType === 'CSTAGEALT' ? n % 5 !== 0 : null,
      title: `Mission ${contractType} chez ${organisation.name}`,
      context: 'Équipe de développement et d’exploitation du système d’information.',
      objectives: 'Concevoir, développer et déployer des évolutions du SI.',
      deliverables: 'Spécifications, code, documentation, rapport de fin de mission.',
      organisation: contractType === 'SANS' ? null : organisation,
      tutor1: contractType === 'SANS' ? null : tutors[orgIndex * 2]!,
      tutor2: n % 4 === 0 && contractType !== 'SANS' ? tutors[orgIndex * 2 + 1]! : null,
      hrContact: contractType === 'SANS' ? null : hrContacts[orgIndex]!,
      offerReference: orgIndex < 6 && state === 'VALIDATED' && n % 3 === 0 ? offers[orgIndex]!.reference : null,
    });
    if (state !== 'DRAFT') {
      // One in ten asked too late: VALIDATION_LEAD_TIME on purpose; the others a month before the DDC.
      mission.requestDate = addDays(startDate, n % 10 === 0 ? -3 : -35);
      // In its state since a few days after the request, varied so that "À traiter" has an order.
      mission.stateSince = new Date(`${addDays(mission.requestDate, (n * 7) % 23)}T08:00:00Z`);
    }
    if (state === 'RETURNED') mission.returnComment = 'Merci de préciser les livrables et le second tuteur.';
    if (state === 'REJECTED') mission.rejectionReason = 'Mission sans rapport avec la formation.';
    em.persist(mission);
    if (['CONFIRMATION_REQUESTED', 'ERROR_REPORTED', 'CONFIRMED', 'VALIDATED'].includes(state) && mission.tutor1 && mission.hrContact) {
      const asked = new Date(`${addDays(mission.requestDate!, 2)}T09:00:00Z`);
      const parties = [
        { party: 'COMPANY_TUTOR_1' as const, subjectType: 'COMPANY_TUTOR' as const, person: mission.tutor1 },
        ...(mission.tutor2 ? [{ party: 'COMPANY_TUTOR_2' as const, subjectType: 'COMPANY_TUTOR' as const, person: mission.tutor2 }] : []),
        { party: 'HR_CONTACT' as const, subjectType: 'HR_CONTACT' as const, person: mission.hrContact },
      ];
      parties.forEach((p, i) => {
        const confirmed = state === 'CONFIRMED' || state === 'VALIDATED' || (state === 'CONFIRMATION_REQUESTED' && i === 0);
        const erred = state === 'ERROR_REPORTED' && i === 0;
        em.persist(
          Object.assign(new MissionConfirmation(), {
            mission,
            party: p.party,
            subjectType: p.subjectType,
            subjectId: p.person.id,
            email: p.person.email,
            requestedAt: asked,
            confirmedAt: confirmed ? new Date(asked.getTime() + 86_400_000) : null,
            errorComment: erred ? 'La date de début est le 15 et non le 1er.' : null,
            errorReportedAt: erred ? new Date(asked.getTime() + 86_400_000) : null,
          }),
        );
      });
    }
    if (state === 'VALIDATED') mission.validationDate = addDays(mission.requestDate!, 6);
    if (state !== 'DRAFT') {
      const findings = await missionFindings(em, mission, data);
      mission.findings = findings;
      mission.findingCodes = findingCodesColumn(findings);
    }
    if (state === 'VALIDATED' && contractType !== 'SANS') {
      const contract = Object.assign(new Contract(), { mission, student, contractType, startDate, endDate, monthlyGrossPayCents: mission.monthlyGrossPayCents, hoursPerDay: mission.hoursPerDay });
      em.persist(contract);
      const items = contractChecklist({ contractType: contractType as 'CAPP', foreign, status, validationDate: mission.validationDate!, startDate }, { referenceData: data });
      for (const t of items) {
        // An APT recorded already is that step done at the validation, as validateMission does it (§3.4, note 26);
        // the office ticks every other step on the day it was done (recordDemoOfficeWork).
        const done = t.code === 'WORK_PERMIT' && student.aptObtained;
        em.persist(Object.assign(new ChecklistItem(), { contract, code: t.code, label: t.label, labelEn: t.labelEn, responsible: t.responsible, dueDate: t.dueDate, sansDelai: t.sansDelai, mandatory: t.mandatory, originals: t.originals ?? null, ref: t.ref, done, doneAt: done ? new Date(`${mission.validationDate}T12:00:00Z`) : null }));
      }
      const offer = offers.find((o) => o.reference === mission.offerReference);
      if (offer) {
        Object.assign(offer, { state: 'CLOSED', closedAt: new Date(`${mission.validationDate}T12:00:00Z`) });
        mission.offer = offer;
      }
    }
  }
  // §2.1.2 « sauf exceptions dérogatoires »: a classic internship submitted in M2, awaiting the manager's derogation.
  n += 1;
  await seedDerogationCandidate(em, data, n, organisations[0]!, tutors[0]!, hrContacts[0]!);
  n = await seedDemoFcConventions(em, data, n, organisations[1]!, tutors[2]!, hrContacts[1]!);
  await em.flush();
  await seedDemoCalendars(em, data);
  // Issue 12: tutors' visits of the year (§4.6).
  await seedDemoVisits(em, data);
  await em.flush();
  // Livret d'alternance (issue 12 §3): one per validated alternant, at various completion levels.
  await seedDemoLivrets(em, data);
  // Absences in their justification states (issue 11 §3), after the livrets so that the
  // alternant who signs in (alternant.livret@…) reads theirs under « Mes absences ».
  await seedDemoAbsences(em, data);
  await em.flush();
  // Issue 13: a rupture in progress and a tutor changed by an avenant (no year closed before it ends).
  await seedLifecycleDemo(em);
  // Issue 14: partner tokens, identifiers, the change feed and a webhook's delivery log.
  const partnerTokens = await seedDemoIntegration(em);
  // The year as it runs on the demo's day: its calendars published before it began (§2.2.2), its
  // contracts signed by the CFA/SFCA and deposited at the OPCO (§3.4) — last, through the services'
  // own writes (which bump the contracts' versions beside the unit of work).
  await publishDemoCalendars(em, data);
  // The conventions de formation received and the checklists' steps ticked, each on its day (§2.1.1 note 5, §3.4).
  await recordDemoOfficeWork(em, data);
  await signDemoContracts(em);
  return { students: n, missions: n, partnerTokens };
}

/**
 * Issue 11: one M1 alternant of the demo has an individual calendar (a Wednesday in training
 * to catch up a course), so the student record shows one and their figures differ from the cohort's.
 */
async function seedDemoCalendars(em: EntityManager, data: ReferenceData): Promise<void> {
  const contract = await em.findOne(Contract, { student: { cohort: 'MASTER-2025' }, contractType: { $in: ['CAPP', 'CPRO'] } }, { populate: ['student'], orderBy: { student: { lastName: 'asc' } } });
  if (!contract || !data.calendars.some((c) => c.code === 'M1-2025')) return;
  em.persist(Object.assign(new StudentCalendar(), { student: contract.student, code: 'M1-2025', exceptions: [{ date: '2025-11-12', half: 'DAY', kind: 'TRAINING', label: 'Calendrier individuel' }] }));
  await em.flush();
}

/** A demo student's group among the cohort's (an L3I non-alternant in the classic one) and that group's site (§2.6, Tableau 4). */
/**
 * An M2 student who asks for a classic internship (FI-CSTAGE): PROGRAM_CONTRACT_NOT_ALLOWED until the
 * manager grants the derogation the guide allows (§2.1.2) — the mission page's « Dérogation » panel.
 */
async function seedDerogationCandidate(em: EntityManager, data: ReferenceData, n: number, organisation: Organisation, tutor1: CompanyTutor, hrContact: HrContact): Promise<void> {
  const cohort = data.cohorts.find((c) => c.code === 'M2-2025');
  if (!cohort) return;
  const student = Object.assign(new Student(), {
    firstName: 'Inès',
    lastName: 'Dérogation-Demo',
    email: `etudiant.demo${n}@etu.example`,
    birthDate: '2001-03-14',
    status: 'FI' as const,
    nationality: 'Française',
    cohort: cohort.code,
    group: cohort.groups[0] ?? null,
    site: data.groups.find((g) => g.code === cohort.groups[0])?.site ?? null,
  });
  em.persist(student);
  const mission = Object.assign(new Mission(), {
    student,
    state: 'SUBMITTED' as MissionState,
    cohort: cohort.code,
    contractType: 'CSTAGE',
    startDate: addDays(cohort.dff, -150),
    endDate: addDays(cohort.dff, -30),
    hoursPerDay: 7,
    title: `Stage de fin d’année chez ${organisation.name}`,
    context: 'Reprise d’études après une longue interruption, sans alternance possible cette année.',
    objectives: 'Analyser et documenter le système d’information.',
    deliverables: 'Rapport de stage, documentation.',
    organisation,
    tutor1,
    hrContact,
    requestDate: '2025-06-20',
    stateSince: new Date('2025-06-20T08:00:00Z'),
  });
  em.persist(mission);
  const findings = await missionFindings(em, mission, data);
  mission.findings = findings;
  mission.findingCodes = findingCodesColumn(findings);
}

/** Two in three students of a cohort with choices wish a track and, in M1, a site; every fifth wish differs from the placement's spread. */
function demoWish(data: ReferenceData, cohort: string, n: number): { trackWish: string | null; siteWish: string | null; wishedOn: string | null } {
  const { tracks, sites } = wishChoices(cohort, data);
  if (n % 3 === 0 || (tracks.length === 0 && sites.length === 0)) return { trackWish: null, siteWish: null, wishedOn: null };
  const shift = n % 5 === 0 ? 1 : 0;
  return {
    trackWish: tracks.length ? tracks[(n + shift) % tracks.length]!.code : null,
    siteWish: sites.length ? sites[(n + shift) % sites.length]!.code : null,
    wishedOn: '2025-05-20',
  };
}

function demoPlacement(data: ReferenceData, groups: readonly string[], contractType: string, n: number): { group: string | null; site: string | null } {
  const classic = contractType === 'CSTAGE' || contractType === 'SANS';
  const fitting = groups.filter((g) => (classic ? !/ALT/.test(g) : !/CLASSIC/.test(g)));
  const code = fitting.length ? fitting[n % fitting.length]! : (groups[0] ?? null);
  const group = code === null ? null : (data.groups.find((g) => g.code === code) ?? null);
  return { group: group?.code ?? code, site: group?.site ?? null };
}
