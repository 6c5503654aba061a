import { checkContracts, defaultReferenceData, minimumPaySchedule } from '@alternance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const QUERY = `query($inputs: [ContractInput!]!) { checkContracts(inputs: $inputs) { durationMonths windows { startDate { min max } endDate { min max } } findings { code severity field message messageEn ref window { min max } } } }`;

describe('rule queries, 1:1 with @alternance/domain (interfaces.md §2)', () => {
  let t: TestApp;
  let user: Auth;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite' });
    user = await t.as('ACADEMIC_TUTOR');
  });
  afterAll(() => t?.close());

  it('checkContracts returns what the domain returns, findings and windows included', async () => {
    const inputs = [
      { cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-02-14', requestDate: '2025-07-01', startDate: '2025-09-01', endDate: '2027-09-03', monthlyGrossPay: 900 },
      { cohort: 'M2-2025', status: 'FC', contractType: 'CAPP', startDate: '2025-01-01' },
      { cohort: 'NOPE', status: '??', contractType: 'CSTAGEALT' },
    ];
    const result = await t.gql(QUERY, { inputs }, user);
    const expected = checkContracts(inputs, { referenceData: defaultReferenceData }).map((c) => ({
      durationMonths: c.durationMonths,
      windows: c.windows,
      findings: c.findings.map((f) => ({ code: f.code, severity: f.severity.toUpperCase(), field: f.field ?? null, message: f.message, messageEn: f.messageEn, ref: f.ref, window: f.window ?? null })),
    }));
    expect(result.data.checkContracts).toEqual(expected);
    expect(result.data.checkContracts[0].windows.startDate).toEqual({ min: '2025-06-01', max: '2025-12-01' });
    expect(result.data.checkContracts[2].findings.map((f: { code: string }) => f.code)).toContain('INVALID_VALUE');
  });

  it('a roster’s large answer (written in pieces, in ASCII) reads as the domain’s checks, with its exact length (issue 15)', async () => {
    const inputs = Array.from({ length: 400 }, (_, i) => ({ cohort: i % 2 ? 'MASTER-2025' : 'L3I-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-02-14', startDate: i % 3 ? '2025-09-01' : '2026-01-15', endDate: '2027-09-03', monthlyGrossPay: 500 + i }));
    const response = await t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', cookie: user.cookie! }, payload: JSON.stringify({ query: QUERY, variables: { inputs } }) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    expect(response.rawPayload.length).toBeGreaterThan(64 * 1024);
    // Every byte is ASCII: `’`, `é` and `€` are sent as their JSON escapes, the same strings once parsed.
    expect(response.rawPayload.every((byte) => byte < 0x80)).toBe(true);
    const expected = checkContracts(inputs, { referenceData: defaultReferenceData }).map((c) => ({
      durationMonths: c.durationMonths,
      windows: c.windows,
      findings: c.findings.map((f) => ({ code: f.code, severity: f.severity.toUpperCase(), field: f.field ?? null, message: f.message, messageEn: f.messageEn, ref: f.ref, window: f.window ?? null })),
    }));
    expect(expected.some((c) => /[\u0080-\uffff]/.test(c.findings.map((f) => f.message).join('')))).toBe(true);
    expect(JSON.parse(response.body).data.checkContracts).toEqual(expected);
  });

  it('checkContracts counts the diploma and disability additions (§4.2.1, note 27) in PAY_BELOW_MINIMUM', async () => {
    // L3I apprentice aged 22 from June 2026: 78 % → 1 456,28 €, + 15 points → 1 736,33 €.
    const base = { cohort: 'L3I-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-03-10', startDate: '2025-09-01', endDate: '2026-07-03', monthlyGrossPay: 1500 };
    const inputs = [base, { ...base, higherEducationDiploma: true }, { ...base, disabilityExtraYear: true }, { ...base, higherEducationDiploma: false, disabilityExtraYear: false }];
    const result = await t.gql(QUERY, { inputs }, user);
    const codes = result.data.checkContracts.map((c: { findings: { code: string }[] }) => c.findings.map((f) => f.code));
    expect(codes).toEqual([[], ['PAY_BELOW_MINIMUM'], ['PAY_BELOW_MINIMUM'], []]);
    expect(result.data.checkContracts[2].findings[0].message).toContain('93 % du SMIC, 21 à 25 ans, 4e année');
  });

  it('minimumPaySchedule returns the domain schedule and names the field of bad input', async () => {
    const input = { cohort: 'MASTER-2025', contractType: 'CAPP', birthDate: '2003-02-14', startDate: '2025-09-01', endDate: '2027-09-03' };
    const result = await t.gql(`query($input: PayInput!) { minimumPaySchedule(input: $input) { from to gridYear ageBracket ratePercent base monthlyMinimumGross } }`, { input }, user);
    expect(result.data.minimumPaySchedule).toEqual(minimumPaySchedule({ ...input, contractType: 'CAPP' }));
    const bad = await t.gql(`query($input: PayInput!) { minimumPaySchedule(input: $input) { from } }`, { input: { ...input, endDate: '2025-01-01' } }, user);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(String(bad.errors?.[0]?.extensions?.field)).toMatch(/^input\./);
  });

  it('uses the reference data of the database: a manager edit changes the answer', async () => {
    const manager = await t.as('MANAGER');
    const sections = await t.gql('{ referenceData { key version data } }', {}, manager);
    const campaigns = sections.data.referenceData.find((s: { key: string }) => s.key === 'campaigns');
    const edited = campaigns.data.map((c: { code: string; closes: string }) => (c.code === '2025' ? { ...c, closes: '2025-06-30' } : c));
    const update = `mutation($data: JSON!, $version: Int!) { updateReferenceSection(key: "campaigns", version: $version, data: $data) { section { version } errors { code field } } }`;
    const saved = await t.gql(update, { data: edited, version: campaigns.version }, manager);
    expect(saved.data.updateReferenceSection).toEqual({ section: { version: campaigns.version + 1 }, errors: [] });
    const stale = await t.gql(update, { data: edited, version: campaigns.version }, manager);
    expect(stale.data.updateReferenceSection.errors).toEqual([{ code: 'CONFLICT', field: 'version' }]);
    const broken = await t.gql(update, { data: { not: 'a list' }, version: campaigns.version + 1 }, manager);
    expect(broken.data.updateReferenceSection.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'data' }]);
    const input = { cohort: 'MASTER-2025', status: 'FI', contractType: 'CAPP', birthDate: '2003-02-14', requestDate: '2025-07-15', startDate: '2025-09-01', endDate: '2027-09-03' };
    const after = await t.gql(QUERY, { inputs: [input] }, user);
    expect(after.data.checkContracts[0].findings.map((f: { code: string }) => f.code)).toContain('OUTSIDE_CAMPAIGN');
    const trail = await t.gql('{ auditEvents(entityType: "ReferenceSection") { action fields } }', {}, manager);
    expect(trail.data.auditEvents).toEqual([{ action: 'UPDATE', fields: ['campaigns'] }]);
  });
});
