import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, gqlAs, screenshot, signIn } from './browser';

// The manager's journal (« Journal d'audit ») reads every action in words: an action the API writes
// (apps/api/src/modules/audit/audit-actions.ts) showed as « Action « send rupture request link » » before.
const journey = browserJourney();
const { newPage } = journey;

describe('the manager’s audit log in words, in Chromium', () => {
  it('an action the office just did reads in French in the log and in its filter, never as its code', async () => {
    const data = await gqlAs<{ contracts: { id: string; status: string; ruptures: unknown[]; student: { firstName: string; lastName: string }; mission: { organisation: { name: string } | null } }[] }>(
      journey.api.url,
      'query { contracts(first: 100, filter: { contractType: "CAPP" }) { id status ruptures { id } student { firstName lastName } mission { organisation { name } } } }',
    );
    const contract = data.contracts.find((c) => c.status === 'ACTIVE' && c.ruptures.length === 0);
    expect(contract).toBeDefined();
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/contrats/${contract!.id}`);
    // Tableau 8: the manager sends the company's contacts the link to ask for a rupture (SEND_RUPTURE_REQUEST_LINK).
    await w.page.locator('[data-testid="send-rupture-link"]').click();
    await w.page.getByText(/Lien envoyé à \d+ contact\(s\)/).waitFor();

    await w.page.goto(`${journey.api.url}/journal`);
    const rows = w.page.locator('[data-testid="audit-list"] tbody tr');
    await rows.first().waitFor();
    // The demo's own office work (its conventions and checklists, ticked on their days up to 2 March 2026) may fill the
    // first page on this journey's earlier day: the action just done is read through the filter below.
    const table = (await w.page.locator('[data-testid="audit-list"] tbody').textContent()) ?? '';
    expect(table).not.toMatch(/Action « |SEND_RUPTURE_REQUEST_LINK|RECORD_TRAINING_AGREEMENT|\bDONE\b/);
    // The filter offers the actions written so far, each in words.
    const options = await w.page.locator('#audit-action option').allTextContents();
    expect(options).toContain('Lien de demande de rupture envoyé');
    expect(options.filter((o) => /^Action « |^[A-Z_]+$/.test(o))).toEqual([]);
    await w.page.locator('#audit-action').selectOption('SEND_RUPTURE_REQUEST_LINK');
    await w.page.waitForURL(/action=SEND_RUPTURE_REQUEST_LINK/);
    await expect.poll(() => rows.count()).toBe(1);
    // The contract by its name, « <student> — <OPA> », not « Contrat » and a short id.
    const name = `${contract!.student.firstName} ${contract!.student.lastName} — ${contract!.mission.organisation!.name}`;
    expect(await rows.first().textContent()).toContain(`Lien de demande de rupture envoyé`);
    expect(await rows.first().textContent()).toContain(`Contrat — ${name}`);
    expect(await rows.first().textContent()).not.toContain(contract!.id.slice(0, 8));
    await screenshot(w.page, '75-journal-en-mots');
    await expectAccessible(w, 'audit log in words');
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
