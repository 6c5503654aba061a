import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { DIALECTS } from './support/databases.js';
import { createStudent, MISSION_FIELDS, validFiche } from './support/fixtures.js';
import { confirmAs, linkSession, missionAwaitingConfirmation, validate } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';

const GRANT = `mutation($id: ID!, $version: Int!, $reason: String) { grantDerogation(id: $id, version: $version, reason: $reason) { mission { ${MISSION_FIELDS} derogationReason derogationBy derogationOn derogationPossible } errors { code field message } } }`;
const codes = (m: { findings: { code: string; severity: string }[] }) => m.findings.map((f) => `${f.code}:${f.severity.toLowerCase()}`);

/**
 * §2.1.2: « vous devrez suivre le M2 MIAGE avec un nouveau contrat d'alternance (sauf exceptions
 * dérogatoires) »; a classic status « ce ne sera pas possible pour le M2, sauf dérogations
 * exceptionnelles ». The manager's derogation, with its reason, admits the fiche.
 */
describe.each(DIALECTS)('the manager’s M2 derogation (%s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2026-07-01' });
  // A classic internship in M2 (FI-CSTAGE): not admissible in Tableau 4's M2 tracks.
  const stage = (suffix: string) => ({ ...validFiche(suffix, '62345678901234'), contractType: 'CSTAGE', monthlyGrossPay: 700, hoursPerDay: 7, startDate: '2027-03-01', endDate: '2027-06-30' });

  async function confirmedStage(suffix: string) {
    const { auth } = await createStudent(app.t, { status: 'FI', cohort: 'M2-2026' });
    const fiche = stage(suffix);
    const m = await missionAwaitingConfirmation(app.t, auth, app.manager, fiche);
    await confirmAs(app.t, await linkSession(app.t, app.smtp, fiche.tutor1.email), m.id);
    const confirmed = await confirmAs(app.t, await linkSession(app.t, app.smtp, fiche.hrContact.email), m.id);
    expect(confirmed.mission.state).toBe('CONFIRMED');
    // The office's reading: a company contact's answer carries no findings (they are the office's).
    const read = await app.t.gql(`query($id: ID!) { mission(id: $id) { ${MISSION_FIELDS} } }`, { id: m.id }, app.manager);
    return { mission: read.data.mission, student: auth };
  }

  it('without a derogation, PROGRAM_CONTRACT_NOT_ALLOWED blocks the validation; with one, it is an accepted warning and the fiche is validated', async () => {
    const { mission } = await confirmedStage('d1');
    expect(codes(mission), JSON.stringify(mission.findings)).toContain('PROGRAM_CONTRACT_NOT_ALLOWED:error');
    const blocked = await validate(app.t, app.manager, mission.id, mission.version);
    expect(blocked.errors.map((e: { code: string }) => e.code)).toContain('PROGRAM_CONTRACT_NOT_ALLOWED');

    const granted = (await app.t.gql(GRANT, { id: mission.id, version: mission.version, reason: 'Reprise d’études après un congé maladie long, accord de la direction' }, app.manager)).data.grantDerogation;
    expect(granted.errors).toEqual([]);
    expect(granted.mission).toMatchObject({ derogationReason: 'Reprise d’études après un congé maladie long, accord de la direction', derogationOn: '2026-07-01', derogationPossible: true });
    expect(granted.mission.derogationBy).toBeTruthy();
    expect(codes(granted.mission)).not.toContain('PROGRAM_CONTRACT_NOT_ALLOWED:error');
    expect(codes(granted.mission)).toContain('PROGRAM_CONTRACT_DEROGATION:warning');

    const validated = await validate(app.t, app.manager, mission.id, granted.mission.version);
    expect(validated.errors).toEqual([]);
    expect(validated.mission.state).toBe('VALIDATED');
    const events = await app.t.orm.em.fork().find(AuditEvent, { entityId: mission.id, action: { $in: ['GRANT_DEROGATION', 'VALIDATE'] } }, { orderBy: { at: 'asc' } });
    expect(events.map((e) => [e.action, e.comment])).toEqual([
      ['GRANT_DEROGATION', 'Reprise d’études après un congé maladie long, accord de la direction'],
      ['VALIDATE', expect.stringContaining('PROGRAM_CONTRACT_DEROGATION')],
    ]);
    // Closed: the derogation no longer changes.
    const late = (await app.t.gql(GRANT, { id: mission.id, version: validated.mission.version, reason: null }, app.manager)).data.grantDerogation;
    expect(late.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
  });

  it('withdrawn (null), the error is back; a blank reason is refused on `reason`', async () => {
    const { mission } = await confirmedStage('d2');
    const blank = (await app.t.gql(GRANT, { id: mission.id, version: mission.version, reason: '   ' }, app.manager)).data.grantDerogation;
    expect(blank.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reason' })]);
    const granted = (await app.t.gql(GRANT, { id: mission.id, version: mission.version, reason: 'Cas exceptionnel' }, app.manager)).data.grantDerogation;
    const withdrawn = (await app.t.gql(GRANT, { id: mission.id, version: granted.mission.version, reason: null }, app.manager)).data.grantDerogation;
    expect(withdrawn.mission).toMatchObject({ derogationReason: null, derogationBy: null, derogationOn: null });
    expect(codes(withdrawn.mission)).toContain('PROGRAM_CONTRACT_NOT_ALLOWED:error');
  });

  it('refused where the guide foresees none (an M2 apprenticeship), and to anyone but the manager', async () => {
    const { auth } = await createStudent(app.t, { status: 'FI', cohort: 'M2-2026' });
    const m = await missionAwaitingConfirmation(app.t, auth, app.manager, validFiche('d3', '72345678901234'));
    const capp = (await app.t.gql(GRANT, { id: m.id, version: m.version, reason: 'Sans objet' }, app.manager)).data.grantDerogation;
    expect(capp.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'contractType', message: expect.stringContaining('§2.1.2') })]);
    const byStudent = await app.t.gql(GRANT, { id: m.id, version: m.version, reason: 'Moi-même' }, auth);
    expect(JSON.stringify(byStudent)).toContain('FORBIDDEN');
  });
});
