import { describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS, validFiche } from './support/fixtures.js';
import { confirmAs, linkSession, missionAwaitingConfirmation, validate } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';

const codes = (m: { findings: { code: string; severity: string; field: string | null }[] }) => m.findings.map((f) => `${f.code}:${f.severity.toLowerCase()}`);

/**
 * §2.2: the classic rhythm ends with an internship « d'une durée d'au moins 8 semaines »; note 11:
 * « La MIAGE privilégie cependant les stages longs, d'une durée d'environ 4 mois ». An M1 student's
 * end-of-year classic internship (FI-CSTAGE, Tableau 4) through the fiche's journey.
 */
describe.each(DIALECTS)('the classic internship’s length on the fiche (§2.2, %s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2025-07-01' });
  const stage = (suffix: string, endDate: string) => ({ ...validFiche(suffix, '72345678901234'), contractType: 'CSTAGE', monthlyGrossPay: 700, hoursPerDay: 7, startDate: '2026-04-20', endDate });

  async function confirmed(suffix: string, endDate: string) {
    const { auth } = await createStudent(app.t, { status: 'FI', cohort: 'MASTER-2025', group: 'M1-AIX', site: 'FORBIN' });
    const fiche = stage(suffix, endDate);
    const m = await missionAwaitingConfirmation(app.t, auth, app.manager, fiche);
    await confirmAs(app.t, await linkSession(app.t, app.smtp, fiche.tutor1.email), m.id);
    await confirmAs(app.t, await linkSession(app.t, app.smtp, fiche.hrContact.email), m.id);
    return (await app.t.gql(`query($id: ID!) { mission(id: $id) { ${MISSION_FIELDS} } }`, { id: m.id }, app.manager)).data.mission;
  }

  it('six weeks: an error on the DFC that refuses the validation', async () => {
    const mission = await confirmed('ci1', '2026-05-31');
    const finding = mission.findings.find((f: { code: string }) => f.code === 'CLASSIC_INTERNSHIP_TOO_SHORT');
    expect(finding).toMatchObject({ severity: 'ERROR', field: 'endDate', ref: '§2.2' });
    expect(finding.message).toContain('au moins 8 semaines');
    const refused = await validate(app.t, app.manager, mission.id, mission.version);
    expect(refused.errors.map((e: { code: string }) => e.code)).toContain('CLASSIC_INTERNSHIP_TOO_SHORT');
  });

  it('three months: only the note 11 info, which blocks nothing — validated', async () => {
    const mission = await confirmed('ci2', '2026-07-17');
    expect(codes(mission)).toContain('CLASSIC_INTERNSHIP_SHORTER_THAN_PREFERRED:info');
    expect(codes(mission)).not.toContain('CLASSIC_INTERNSHIP_TOO_SHORT:error');
    const validated = await validate(app.t, app.manager, mission.id, mission.version, false);
    expect(validated.errors).toEqual([]);
    expect(validated.mission.state).toBe('VALIDATED');
    // §4.2.3, for a classic internship every jour ouvré is at the host organisation: 4,50 € × 7 h a day.
    const read = await app.t.gql(`query($id: ID!) { contract(id: $id) { gratification { fteDays due hoursPerDay hourlyMinimum months { month companyDays minimum } } } }`, { id: validated.mission.contract.id }, app.manager);
    expect(read.data.contract.gratification).toEqual({
      fteDays: 60,
      due: true,
      hoursPerDay: 7,
      hourlyMinimum: 4.5,
      months: [
        { month: '2026-04', companyDays: 9, minimum: 283.5 },
        { month: '2026-05', companyDays: 17, minimum: 535.5 },
        { month: '2026-06', companyDays: 22, minimum: 693 },
        { month: '2026-07', companyDays: 12, minimum: 378 },
      ],
    });
  });
});
