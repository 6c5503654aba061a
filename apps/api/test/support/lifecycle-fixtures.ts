import { Contract } from '../../src/modules/contracts/contract.entities.js';
import { Mission } from '../../src/modules/missions/mission.entities.js';
import { CompanyTutor, HrContact, Organisation, Student } from '../../src/modules/people/people.entities.js';
import type { Auth, TestApp } from './test-app.js';

let n = 0;

/** A validated mission and its contract, written as the validation leaves them (the workflow itself is tested elsewhere). */
export async function activeContract(t: TestApp, student: Student, p: { cohort: string; contractType: string; startDate: string; endDate: string; siret?: string }): Promise<{ contract: Contract; tutorEmail: string; hrEmail: string }> {
  const em = t.orm.em.fork();
  const k = ++n;
  const organisation = Object.assign(new Organisation(), { name: `OPA ${k}`, siret: p.siret ?? `9${String(k).padStart(13, '0')}`, opco: 'OPCO Atlas' });
  const tutor1 = Object.assign(new CompanyTutor(), { firstName: 'Tess', lastName: `Tutrice${k}`, email: `tutor${k}-${Date.now()}@opa.example`, organisation });
  const hrContact = Object.assign(new HrContact(), { firstName: 'Hugo', lastName: `RH${k}`, email: `hr${k}-${Date.now()}@opa.example`, organisation });
  const owner = await em.findOneOrFail(Student, student.id);
  const mission = Object.assign(new Mission(), {
    student: owner,
    state: 'VALIDATED',
    cohort: p.cohort,
    contractType: p.contractType,
    startDate: p.startDate,
    endDate: p.endDate,
    monthlyGrossPayCents: 250_000,
    title: 'Développement',
    context: 'Équipe',
    objectives: 'Livrer',
    deliverables: 'Code',
    organisation,
    tutor1,
    hrContact,
    requestDate: '2025-06-01',
    validationDate: '2025-06-15',
  });
  const contract = Object.assign(new Contract(), { mission, student: mission.student, contractType: p.contractType, startDate: p.startDate, endDate: p.endDate, monthlyGrossPayCents: 250_000 });
  await em.persistAndFlush([organisation, tutor1, hrContact, mission, contract]);
  return { contract, tutorEmail: tutor1.email, hrEmail: hrContact.email };
}

/** The manager adds a cohort to the reference data (next year's, for a repeated year). */
export async function addCohort(t: TestApp, manager: Auth, cohort: Record<string, unknown>): Promise<void> {
  const sections = await t.gql('{ referenceData { key version data } }', {}, manager);
  const section = sections.data.referenceData.find((s: { key: string }) => s.key === 'cohorts');
  const r = await t.gql('mutation($v: Int!, $d: JSON!) { updateReferenceSection(key: "cohorts", version: $v, data: $d) { errors { code field message } } }', { v: section.version, d: [...section.data, cohort] }, manager);
  if (r.data?.updateReferenceSection.errors.length) throw new Error(JSON.stringify(r.data.updateReferenceSection.errors));
}

/** A minimal, real PDF (its first bytes are what the upload checks). */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');

export const L3I_2026 = {
  code: 'L3I-2026',
  label: 'L3I MIAGE 2026/2027',
  ddf: '2026-09-01',
  dff: '2027-07-02',
  years: [{ programme: 'L3I', ddf: '2026-09-01', dff: '2027-07-02', calendar: null }],
  groups: ['L3I-ALTERNANCE', 'L3I-CLASSIC'],
  contractMonths: 12,
  validationLagDays: 0,
  campaign: '2026',
  previousYearJuryDate: null,
  nextTrainingStart: null,
  provisional: true,
};
