// Bench data: contracts shaped like a real programme (cohorts, types, two tutors for one in four).
import { checkContract } from '@alternance/domain';
import { Contract } from '../dist/modules/contracts/contract.entities.js';
import { Mission } from '../dist/modules/missions/mission.entities.js';
import { CompanyTutor, HrContact, Organisation, Student } from '../dist/modules/people/people.entities.js';

const TYPES = ['CAPP', 'CAPP', 'CPRO', 'CSTAGEALT'];

export async function seedContracts(orm, data, count) {
  const em = orm.em.fork();
  const organisations = Array.from({ length: 50 }, (_, i) => Object.assign(new Organisation(), { name: `OPA ${i}`, siret: String(10_000_000_000_000 + i) }));
  const tutors = organisations.flatMap((organisation, i) => [0, 1].map((k) => Object.assign(new CompanyTutor(), { organisation, firstName: `Tuteur${k}`, lastName: `OPA${i}`, email: `t${k}@opa${i}.example` })));
  const hr = organisations.map((organisation, i) => Object.assign(new HrContact(), { organisation, firstName: 'RH', lastName: `OPA${i}`, email: `rh@opa${i}.example` }));
  em.persist([...organisations, ...tutors, ...hr]);
  const cohorts = data.cohorts.filter((c) => c.code !== 'L3G-2025');
  for (let i = 0; i < count; i++) {
    const cohort = cohorts[i % cohorts.length];
    const contractType = TYPES[i % TYPES.length];
    const status = contractType === 'CPRO' ? 'FC' : 'FI';
    const w = checkContract({ cohort: cohort.code, status, contractType }, { referenceData: data }).windows;
    const startDate = cohort.ddf;
    const endDate = w.endDate.min ?? w.endDate.max ?? cohort.dff;
    const student = Object.assign(new Student(), { firstName: `Prénom${i}`, lastName: `Nom${i}`, email: `s${i}@etu.example`, birthDate: `200${i % 6}-0${1 + (i % 9)}-1${i % 10}`, status, cohort: cohort.code });
    const o = i % organisations.length;
    const mission = Object.assign(new Mission(), { student, state: 'VALIDATED', cohort: cohort.code, contractType, startDate, endDate, organisation: organisations[o], tutor1: tutors[o * 2], tutor2: i % 4 === 0 ? tutors[o * 2 + 1] : null, hrContact: hr[o], title: 'Mission', requestDate: '2025-06-01', validationDate: '2025-06-10' });
    em.persist([student, mission, Object.assign(new Contract(), { mission, student, contractType, startDate, endDate, monthlyGrossPayCents: 200_000 })]);
  }
  await em.flush();
}

/** Checker inputs like a roster's: about one in five with a problem. */
export function rosterInputs(n) {
  return Array.from({ length: n }, (_, i) => ({
    cohort: ['MASTER-2025', 'M2-2025', 'L3I-2025', 'M2-2026'][i % 4],
    status: i % 7 === 0 ? 'FC' : 'FI',
    contractType: i % 7 === 0 ? 'CPRO' : 'CAPP',
    birthDate: `200${i % 6}-05-1${i % 10}`,
    requestDate: '2025-07-01',
    startDate: i % 5 === 0 ? '2025-01-15' : '2025-09-01',
    endDate: '2026-08-31',
    monthlyGrossPay: i % 9 === 0 ? 900 : 2000,
  }));
}
