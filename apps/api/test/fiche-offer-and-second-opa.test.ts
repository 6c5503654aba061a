import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpSink } from '@alternance/smtp-sink';
import { Offer } from '../src/modules/offers/offer.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS, validFiche } from './support/fixtures.js';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

// §3.2 « vous DEVREZ en indiquer la référence … (afin que nous puissions la supprimer) » and
// §3.1 « Remarque sur la possibilité d'avoir 2 tuteurs professionnels » (the contract « sur 2 organismes »).
const SAVE = `mutation($id: ID, $version: Int, $input: MissionInput!) { saveMissionDraft(id: $id, version: $version, input: $input) { mission { ${MISSION_FIELDS} organisation { siret } workOrganisation { name siret } tutor2 { email organisation { siret } } } findings { code } errors { code field message } } }`;
const ACTION = (name: string, args = '') => `mutation($id: ID!${args.includes('version') ? ', $version: Int!' : ''}) { ${name}(id: $id${args}) { mission { ${MISSION_FIELDS} } findings { code severity field message } errors { code field message } } }`;
const PUBLISH = `mutation($input: OfferInput!) { publishOffer(input: $input) { offer { id reference state organisation { name siret } } errors { code field message } } }`;

function linkIn(text: string): string {
  const match = /\/lien\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no personal link in: ${text}`);
  return match[1]!;
}

describe.each(DIALECTS)('the offer a fiche names, and the OPA where the alternant works (%s)', (dialect) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let manager: Auth;

  beforeAll(async () => {
    smtp = new SmtpSink();
    const smtpUrl = await smtp.start();
    t = await createTestApp({ dialect, today: '2026-07-01', smtpUrl });
    await t.createUser('MANAGER', `manager-o-${dialect}@miage.example`);
    manager = { cookie: await t.login(`manager-o-${dialect}@miage.example`) };
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  async function validate(m: { id: string; version: number }, suffix: string, extraConfirming: string[] = []) {
    let current = (await t.gql(ACTION('requestMissionConfirmations', ', version: $version'), { id: m.id, version: m.version }, manager)).data.requestMissionConfirmations.mission;
    await t.app.mail.deliverDue();
    for (const to of [`tuteur${suffix}@calanques.example`, `rh${suffix}@calanques.example`, ...extraConfirming]) {
      const auth = { cookie: (await t.post('/auth/link', { token: linkIn(smtp.to(to).at(-1)!.text) })).cookie! };
      current = (await t.gql(ACTION('confirmMission'), { id: current.id }, auth)).data.confirmMission.mission;
    }
    expect(current.state).toBe('CONFIRMED');
    return (await t.gql(ACTION('validateMission', ', version: $version'), { id: current.id, version: current.version }, manager)).data.validateMission;
  }

  it('publishes an offer with its OPA by SIRET from the office, names the field of a bad SIRET, and a fiche of that OPA must then give its reference', async () => {
    const bad = await t.gql(PUBLISH, { input: { reference: `OPA-${dialect}-0`, title: 'Offre', organisation: { name: 'Calanques Offres', siret: '123' } } }, manager);
    expect(bad.data.publishOffer.errors).toEqual([expect.objectContaining({ field: 'input.organisation.siret', message: expect.stringContaining('SIRET') })]);
    const published = await t.gql(PUBLISH, { input: { reference: `OPA-${dialect}-1`, title: 'Offre', organisation: { name: 'Calanques Offres', siret: '611 111 111 11111' } } }, manager);
    expect(published.data.publishOffer.errors).toEqual([]);
    expect(published.data.publishOffer.offer.organisation).toEqual({ name: 'Calanques Offres', siret: '61111111111111' });

    const { auth: student } = await createStudent(t);
    const m = (await t.gql(SAVE, { input: validFiche('p1', '61111111111111') }, student)).data.saveMissionDraft.mission;
    const submitted = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission;
    expect(submitted.findings.map((f: { code: string }) => f.code)).toEqual(['OFFER_REFERENCE_REQUIRED']);
  });

  it('warns on a reference that names no published offer, and closes on validation an offer published without an OPA that the fiche names', async () => {
    const em = t.orm.em.fork();
    await em.persistAndFlush(Object.assign(new Offer(), { reference: `SANSOPA-${dialect}`, title: 'Offre sans OPA' }));
    const { auth: student } = await createStudent(t);
    let m = (await t.gql(SAVE, { input: { ...validFiche('u1', '62222222222222'), offerReference: `SANSOPA-${dialect}-X` } }, student)).data.saveMissionDraft.mission;
    const submitted = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission;
    expect(submitted.findings).toEqual([expect.objectContaining({ code: 'OFFER_REFERENCE_UNKNOWN', severity: 'WARNING', message: expect.stringContaining('ne correspond à aucune offre') })]);
    // Returned, the student corrects the reference: the warning is gone and the offer is withdrawn on validation.
    m = (await t.gql(`mutation($id: ID!, $version: Int!) { returnMission(id: $id, version: $version, comment: "Référence de l’offre ?") { mission { id version } } }`, { id: submitted.mission.id, version: submitted.mission.version }, manager)).data.returnMission.mission;
    m = (await t.gql(SAVE, { id: m.id, version: m.version, input: { offerReference: ` sansopa-${dialect} ` } }, student)).data.saveMissionDraft.mission;
    const again = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission;
    expect(again.findings).toEqual([]);
    const validated = await validate(again.mission, 'u1');
    expect(validated.errors).toEqual([]);
    expect((await t.orm.em.fork().findOneOrFail(Offer, { reference: `SANSOPA-${dialect}` })).state).toBe('CLOSED');
  });

  it('warns on the reference of another OPA’s offer, and does not close it', async () => {
    await t.gql(PUBLISH, { input: { reference: `AUTRE-${dialect}`, title: 'Offre', organisation: { name: 'Autre OPA', siret: '63333333333333' } } }, manager);
    const { auth: student } = await createStudent(t);
    const m = (await t.gql(SAVE, { input: { ...validFiche('a1', '64444444444444'), offerReference: `AUTRE-${dialect}` } }, student)).data.saveMissionDraft.mission;
    const submitted = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission;
    expect(submitted.findings).toEqual([expect.objectContaining({ code: 'OFFER_REFERENCE_UNKNOWN', message: expect.stringContaining('Autre OPA') })]);
    const refused = await validate(submitted.mission, 'a1');
    expect(refused.errors.map((e: { code: string }) => e.code)).toEqual(['OFFER_REFERENCE_UNKNOWN']);
    expect((await t.orm.em.fork().findOneOrFail(Offer, { reference: `AUTRE-${dialect}` })).state).toBe('PUBLISHED');
  });

  it('records the OPA where the alternant works with tutor 2 in it, asks tutor 2 to confirm, and names the fields of what is wrong', async () => {
    const { auth: student } = await createStudent(t);
    // A tutor without an OPA: the message names the tutor and what to fill first, not a field path.
    const orphan = await t.gql(SAVE, { input: { tutor1: { firstName: 'A', lastName: 'B', email: 'a@b.example' } } }, student);
    expect(orphan.data.saveMissionDraft.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'tutor1', message: 'Tuteur en entreprise : renseignez d’abord l’OPA qui l’emploie (raison sociale et SIRET).' }]);
    // Dates read by people: the DFC before the DDC names both in words.
    const order = await t.gql(SAVE, { input: { startDate: '2026-09-03', endDate: '2026-09-01' } }, student);
    expect(order.data.saveMissionDraft.errors).toEqual([expect.objectContaining({ field: 'endDate', message: 'DFC (date de fin du contrat) : 2026-09-01 précède DDC (date de début du contrat) (2026-09-03).' })]);
    // The second OPA is another one than the signing OPA.
    const same = await t.gql(SAVE, { input: { ...validFiche('s1', '65555555555555'), workOrganisation: { name: 'Pareil', siret: '65555555555555' } } }, student);
    expect(same.data.saveMissionDraft.errors.map((e: { field: string }) => e.field)).toEqual(['workOrganisation.siret']);

    let m = (await t.gql(SAVE, { input: { ...validFiche('s1', '65555555555555'), workOrganisation: { name: 'Filiale Marseille', siret: '66666666666666' } } }, student)).data.saveMissionDraft.mission;
    expect(m.workOrganisation).toEqual({ name: 'Filiale Marseille', siret: '66666666666666' });
    // Without tutor 2, the second OPA has no one: submitting names the field.
    const missing = await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student);
    expect(missing.data.submitMission.errors).toEqual([expect.objectContaining({ code: 'MISSING_VALUE', field: 'tutor2' })]);
    m = (await t.gql(SAVE, { id: m.id, version: m.version, input: { tutor2: { firstName: 'Paul', lastName: 'Second', email: 'tuteur2s1@filiale.example' } } }, student)).data.saveMissionDraft.mission;
    expect(m.tutor2).toEqual({ email: 'tuteur2s1@filiale.example', organisation: { siret: '66666666666666' } });
    m = (await t.gql(ACTION('submitMission', ', version: $version'), { id: m.id, version: m.version }, student)).data.submitMission.mission;
    const validated = await validate(m, 's1', ['tuteur2s1@filiale.example']);
    expect(validated.errors).toEqual([]);
    expect(validated.mission.confirmations.map((c: { party: string }) => c.party).sort()).toEqual(['COMPANY_TUTOR_1', 'COMPANY_TUTOR_2', 'HR_CONTACT']);
  });
});
