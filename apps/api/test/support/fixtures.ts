import { checkContract } from '@alternance/domain';
import { Offer } from '../../src/modules/offers/offer.entity.js';
import { Organisation, Student } from '../../src/modules/people/people.entities.js';
import type { Auth, TestApp } from './test-app.js';

let n = 0;

/** A student with an account, signed in. */
export async function createStudent(t: TestApp, overrides: Partial<Student> = {}): Promise<{ student: Student; auth: Auth; email: string }> {
  const user = await t.createUser('STUDENT');
  const em = t.orm.em.fork();
  const student = Object.assign(new Student(), {
    firstName: 'Camille',
    lastName: `Durand${++n}`,
    email: user.email,
    birthDate: '2002-05-10',
    status: 'FI',
    cohort: 'M2-2026',
    user,
    ...overrides,
  });
  await em.persistAndFlush(student);
  return { student, auth: { cookie: await t.login(user.email) }, email: user.email };
}

export async function publishOffer(t: TestApp, reference: string, siret: string): Promise<Offer> {
  const em = t.orm.em.fork();
  const organisation = (await em.findOne(Organisation, { siret })) ?? Object.assign(new Organisation(), { siret, name: 'OPA des offres' });
  const offer = Object.assign(new Offer(), { reference, title: 'Offre MIAGE', organisation });
  await em.persistAndFlush([organisation, offer]);
  return offer;
}

const windows = checkContract({ cohort: 'M2-2026', status: 'FI', contractType: 'CAPP' }).windows;

/** A complete CAPP fiche for M2-2026 that satisfies every rule when asked on 2026-07-01. */
export function validFiche(suffix = '1', siret = '12345678901234') {
  return {
    contractType: 'CAPP',
    startDate: '2026-09-03',
    endDate: windows.endDate.min ?? '2027-09-03',
    monthlyGrossPay: 2500,
    title: 'Développement d’une plateforme de données',
    context: 'Équipe data',
    objectives: 'Concevoir et livrer',
    deliverables: 'Code, documentation',
    organisation: { name: 'Calanques Data', siret, opco: 'OPCO Atlas' },
    tutor1: { firstName: 'Julie', lastName: 'Tutrice', email: `tuteur${suffix}@calanques.example`, jobTitle: 'Cheffe de projet' },
    hrContact: { firstName: 'Rémi', lastName: 'RH', email: `rh${suffix}@calanques.example` },
  };
}

export const MISSION_FIELDS = 'id version state requestDate validationDate returnComment findings { code severity field message ref } confirmations { party email confirmedAt errorComment }';
