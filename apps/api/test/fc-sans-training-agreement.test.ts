import { describe, expect, it } from 'vitest';
import { DIALECTS } from './support/databases.js';
import { createStudent } from './support/fixtures.js';
import { missionAwaitingConfirmation, validate } from './support/journey.js';
import { mailedApp } from './support/mailed-app.js';

/**
 * §2.1.1 note 5, §2.1.2 note 7: « La formation des étudiant(e)s en formation continue (FC) est
 * TOUJOURS régie par une convention de formation, qu'il y ait une immersion professionnelle ou
 * pas » — an FC student validated without a contract (FC-SANS) is told the SFCA's convention de
 * formation is due before the training starts; an FI-SANS one has nothing to do.
 */
describe.each(DIALECTS)('a validated SANS fiche’s notice follows the student’s status (%s)', (dialect) => {
  const app = mailedApp({ dialect, today: '2025-07-01' });
  const sans = { contractType: 'SANS', title: 'Année sans contrat (professionnalisation validée)' };

  async function validatedSans(status: 'FI' | 'FC', cohort: string, repeating = false) {
    const { auth, email } = await createStudent(app.t, { status, cohort, repeating, professionalisationValidated: true });
    // Nobody to confirm a SANS fiche: asking for the confirmations confirms it at once (§3.3.3).
    const m = await missionAwaitingConfirmation(app.t, auth, app.manager, sans);
    expect(m.state).toBe('CONFIRMED');
    const validated = await validate(app.t, app.manager, m.id, m.version);
    expect(validated.errors).toEqual([]);
    expect(validated.mission.contract).toBeNull();
    await app.t.app.mail.deliverDue();
    return app.smtp.to(email).map((x) => x.text).find((text) => text.includes('est validée'))!;
  }

  it('FC-SANS: the SFCA convention de formation, by the day before the DDF', async () => {
    const text = await validatedSans('FC', 'MASTER-2025');
    expect(text).toContain('Avant le début de la formation (01/09/2025) :');
    expect(text).toContain('- Étudiant(e) en formation continue sans contrat : convention de formation avec le SFCA de la FEG, avant le début de la formation — au plus tard le 31/08/2025');
  });

  it('FI-SANS (an M2 repeater, note 3): no item', async () => {
    const text = await validatedSans('FI', 'M2-2025', true);
    expect(text).toBeDefined();
    expect(text).not.toContain('convention de formation');
    expect(text).not.toContain('Avant le début');
  });
});
