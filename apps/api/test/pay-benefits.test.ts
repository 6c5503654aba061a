import { describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, validFiche } from './support/fixtures.js';
import { linkSession, validatedMission } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';

const BENEFITS = `query($id: ID!) { contract(id: $id) { id contractType monthlyGrossPay payBenefits {
  netEqualsGross fullExemptionUntil familyAllowancePercent ref
  incomeTax { year from to smicHourly annualSmic share ceiling agreedPay taxableExcess }
  familyAllowance { from to smicHourly monthlyThreshold agreedWithin }
} } }`;

const GRATIFICATION = `query($id: ID!) { contract(id: $id) { id paySegments { from } gratification { fteDays due hoursPerDay hourlyMinimum months { month companyDays minimum } } } }`;

/**
 * §4.2.1 « Les apprenti(e)s disposent des avantages sociaux suivants » — read where the pay is read:
 * the student on their own contract, the office, the HR contact (« pour toute information
 * concernant le contrat », §3.1); not the company tutor (COMPANY_CONTACT_READING, PAY).
 */
describe.each(DIALECTS)('an apprentice’s pay and its social benefits (§4.2.1, %s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });

  it('the student, the office and the HR contact read them, computed from the SMIC; a company tutor reads none', async () => {
    const { t, smtp, manager } = app;
    const { auth: student } = await createStudent(t);
    const fiche = { ...validFiche(`pb-${dialect}`, dialect === 'sqlite' ? '62345678901299' : '72345678901299'), monthlyGrossPay: 1200 };
    const mission = await validatedMission(t, smtp, student, manager, fiche);
    const id = mission.contract.id;

    const own = (await t.gql(BENEFITS, { id }, student)).data.contract;
    expect(own.contractType).toBe('CAPP');
    const b = own.payBenefits;
    // A contract started after 2025-03-01: the exemption of the apprentice's contributions is no longer total.
    expect(b).toMatchObject({ netEqualsGross: false, fullExemptionUntil: '2025-03-01', familyAllowancePercent: 55, ref: '§4.2.1' });
    // 2026: SMIC 12,02 € on 1 January → 21 876,40 € a year; from 2026-09-03 to 2026-12-31, 120 days of 365.
    expect(b.incomeTax[0]).toMatchObject({ year: 2026, from: '2026-09-03', to: '2026-12-31', smicHourly: 12.02, annualSmic: 21876.4, ceiling: 7192.24, agreedPay: 4734.25, taxableExcess: 0 });
    expect(b.incomeTax.at(-1).year).toBe(Number(fiche.endDate.slice(0, 4)));
    // 55 % of 1 867,02 € (SMIC 12,31 € from 2026-06-01) = 1 026,86 €: 1 200 € exceeds it.
    expect(b.familyAllowance[0]).toEqual({ from: '2026-09-03', to: fiche.endDate, smicHourly: 12.31, monthlyThreshold: 1026.86, agreedWithin: false });

    expect((await t.gql(BENEFITS, { id }, manager)).data.contract.payBenefits).toEqual(b);
    const hr = (await t.gql(BENEFITS, { id }, await linkSession(t, smtp, fiche.hrContact.email))).data.contract;
    expect(hr.payBenefits).toEqual(b);
    const tutor = (await t.gql(BENEFITS, { id }, await linkSession(t, smtp, fiche.tutor1.email))).data.contract;
    expect(tutor.id).toBe(id);
    expect(tutor.monthlyGrossPay).toBeNull();
    expect(tutor.payBenefits).toBeNull();
  });

  it('an internship’s minimum gratification (§4.2.3): the student, the office and the HR contact read it; a company tutor reads none; a CAPP has none', async () => {
    const { t, smtp, manager } = app;
    const { auth: student } = await createStudent(t);
    const fiche = {
      ...validFiche(`gr-${dialect}`, dialect === 'sqlite' ? '62345678901288' : '72345678901288'),
      contractType: 'CSTAGEALT',
      monthlyGrossPay: 700,
      hoursPerDay: 7,
      startDate: '2026-09-03',
      endDate: '2027-06-30',
    };
    const mission = await validatedMission(t, smtp, student, manager, fiche);
    const id = mission.contract.id;

    const own = (await t.gql(GRATIFICATION, { id }, student)).data.contract;
    expect(own.paySegments).toEqual([]);
    const g = own.gratification;
    // Over 8 weeks of company days (training left out): due, at 4,50 € an hour for 7 h a day.
    expect(g).toMatchObject({ due: true, hoursPerDay: 7, hourlyMinimum: 4.5 });
    expect(g.fteDays).toBeGreaterThan(40);
    expect(g.months.map((m: { month: string }) => m.month)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    for (const m of g.months) expect(m.minimum).toBeCloseTo(4.5 * 7 * m.companyDays, 2);
    expect(g.months.reduce((sum: number, m: { companyDays: number }) => sum + m.companyDays, 0)).toBe(g.fteDays);

    expect((await t.gql(GRATIFICATION, { id }, manager)).data.contract.gratification).toEqual(g);
    expect((await t.gql(GRATIFICATION, { id }, await linkSession(t, smtp, fiche.hrContact.email))).data.contract.gratification).toEqual(g);
    expect((await t.gql(GRATIFICATION, { id }, await linkSession(t, smtp, fiche.tutor1.email))).data.contract.gratification).toBeNull();

    const capp = await validatedMission(t, smtp, (await createStudent(t)).auth, manager, validFiche(`gc-${dialect}`, dialect === 'sqlite' ? '62345678901277' : '72345678901277'));
    expect((await t.gql(GRATIFICATION, { id: capp.contract.id }, manager)).data.contract.gratification).toBeNull();
  });
});
