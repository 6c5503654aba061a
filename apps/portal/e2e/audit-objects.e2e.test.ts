import { describe, expect, it } from 'vitest';
import { browserJourney, expectAccessible, screenshot, signIn } from './browser';

// The manager's journal names each object (« Organisme d’accueil — <name> », not « Organisme d’accueil
// f042377c »), on the demo's own day (README: 2 March 2026), whose start sends no past month's statement again.
const journey = browserJourney({ today: '2026-03-02' });
const { newPage } = journey;

describe('the manager’s journal names its objects, on the demo’s day, in Chromium', () => {
  it('names each object of the journal: the past months’ absence statements by their OPA’s name (§4.3.4), none sent again at the demo’s start', async () => {
    const w = await newPage();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/journal?action=ABSENCE_STATEMENT`);
    const rows = w.page.locator('[data-testid="audit-list"] tbody tr');
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toMatch(/Organisme d’accueil — \S/);
      expect(text).not.toMatch(/Organisme d’accueil [0-9a-f]{8}/);
      // Sent at each month's turn by the seeded service, not again on the demo's day.
      expect(text).not.toContain('complément');
      expect(text).not.toContain('02/03/2026');
    }
    await screenshot(w.page, '76-journal-objets-nommes');
    await expectAccessible(w, 'audit log with named objects');
  });

  it('shows no console error on any page it opened', () => {
    expect(journey.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
