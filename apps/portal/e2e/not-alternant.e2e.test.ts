import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, signIn } from './browser';

// What a student whose mission is not, or no longer, a search for an alternance reads (the demo's
// day, 2 March 2026):
// - §4.7 « un(e) alternant(e) doit tenir à jour un livret d'alternance »: a classic intern's « Mon
//   livret » says the livret concerns the alternants only and nothing is expected of them — not
//   that the manager will open it;
// - §3.2: a student whose mission is validated is no longer mailed the offers: the offers page says
//   so (they come back after a rupture, §5) instead of offering a choice that has no effect.
const journey = browserJourney({ today: '2026-03-02' });
const ALTERNANT = 'alternant.livret@demo.alternance.test';
/** The demo's L3G student with an account: a classic internship (CSTAGE), its fiche still a draft. */
const INTERN = 'etudiant5@demo.alternance.test';

/** The manager validated the intern's fiche (its workflow is tested elsewhere): written straight into the API's SQLite file. */
function validateMissionOf(databasePath: string, email: string): void {
  const require = createRequire(new URL('../../api/package.json', import.meta.url));
  const Database = require('better-sqlite3') as new (path: string) => { prepare(sql: string): { run(...a: unknown[]): { changes: number } }; close(): void };
  const db = new Database(databasePath);
  try {
    const done = db
      .prepare("update mission set state = 'VALIDATED', open_for = null, validation_date = '2026-02-20', version = version + 1 where contract_type = 'CSTAGE' and student_id = (select id from student where email = ?)")
      .run(email);
    if (done.changes !== 1) throw new Error(`no classic internship of ${email} to validate`);
  } finally {
    db.close();
  }
}

describe('a student who is not, or no longer, looking for an alternance, in Chromium', () => {
  it('the alternant whose mission is validated reads that the offer mails stopped, their choice kept, with no choice to make', async () => {
    const { page } = await journey.newPage();
    await signIn(page, journey.api.url, ALTERNANT);
    await page.goto(`${journey.api.url}/offres`);
    const stopped = page.getByTestId('offer-alerts-stopped');
    await stopped.waitFor();
    expect(await stopped.textContent()).toBe(
      'Votre mission est validée : la MIAGE ne vous envoie plus ses offres par mél (§3.2). Elles reprendraient si votre contrat était rompu (§5), selon votre choix enregistré : « Un récapitulatif par jour des nouvelles offres ».',
    );
    expect(await page.getByTestId('offer-alerts-choice').count()).toBe(0);
    expect(await page.getByText('tant que votre mission en alternance n’est pas validée').count()).toBe(0);
    await expectAccessible(page, 'offer-alerts-stopped');
  });

  it('a classic intern’s « Mon livret » says the livret concerns the alternants only, once their internship is validated', async () => {
    const { page } = await journey.newPage();
    await signIn(page, journey.api.url, INTERN);
    await page.goto(`${journey.api.url}/mon-livret`);
    const none = page.getByTestId('livret-none');
    await none.waitFor();
    // Their fiche is a draft: no validated mission yet.
    expect(await none.textContent()).toContain('le responsable de l’alternance l’ouvre une fois votre mission en alternance validée');

    validateMissionOf(journey.api.databasePath, INTERN);
    await page.reload();
    await none.waitFor();
    expect(await none.textContent()).toBe(
      'Le livret d’alternance (§4.7) concerne les alternant(e)s seulement (apprentissage, contrat de professionnalisation, stage alterné). Votre mission n’est pas une alternance (stage classique ou sans contrat) : vous n’avez pas de livret, rien n’est attendu de vous ici.',
    );
    expect(await page.getByText('l’ouvre une fois').count()).toBe(0);
    await expectAccessible(page, 'livret-not-alternant');

    // Validated, the intern is no longer looking either: no offer mail (§3.2).
    await page.goto(`${journey.api.url}/offres`);
    await page.getByTestId('offer-alerts-stopped').waitFor();
  });

  it('no page logged a problem', () => {
    for (const { problems } of journey.pages) expect(problems).toEqual([]);
  });
});
