import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompanyTutor, HrContact } from '../src/modules/people/people.entities.js';
import { DEMO_DAY } from '../src/seed/demo-absences.js';
import { demoMailDomain } from '../src/seed/demo-mail-domain.js';
import { DIALECTS } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The demo's company tutors and HR contacts are written to at an address made of their company's
// name: « Hôpital Numérique Sud » read `…@hpitalnumriquesud.example`, its accented letters lost.

describe('demoMailDomain', () => {
  it('transliterates the accented letters instead of dropping them', () => {
    expect(demoMailDomain('Hôpital Numérique Sud')).toBe('hopitalnumeriquesud');
    expect(demoMailDomain('Rhône Énergies')).toBe('rhoneenergies');
    expect(demoMailDomain('Cité Assurances')).toBe('citeassurances');
    expect(demoMailDomain('Sainte-Victoire Conseil')).toBe('saintevictoireconseil');
    expect(demoMailDomain('Œuvre 13 Ça')).toBe('uvre13ca');
  });
});

describe.each(DIALECTS)('the demo’s company contacts’ addresses (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect, demo: true, today: DEMO_DAY, pollers: false });
  });
  afterAll(() => t?.close());

  it('keep every letter of the company’s name, transliterated', async () => {
    const em = t.orm.em.fork();
    const tutors = await em.find(CompanyTutor, { organisation: { name: 'Hôpital Numérique Sud' } }, { populate: ['organisation'] });
    // Its two tutors of the demo (a tutor change of the lifecycle demo may add a third, at demo-opa).
    expect(tutors.map((c) => c.email).filter((e) => e.startsWith('tuteur')).sort()).toEqual(['tuteur4-1@hopitalnumeriquesud.example', 'tuteur4-2@hopitalnumeriquesud.example']);
    const hr = await em.find(HrContact, { organisation: { name: 'Rhône Énergies' } });
    expect(hr.map((c) => c.email)).toContain('rh@rhoneenergies.example');
    // No address of the demo's contacts lost a letter: each domain is its company's whole name.
    for (const contact of [...(await em.find(CompanyTutor, {}, { populate: ['organisation'] })), ...(await em.find(HrContact, {}, { populate: ['organisation'] }))]) {
      const domain = /@([^.]+)\.example$/.exec(contact.email)?.[1];
      if (domain && contact.organisation) expect([demoMailDomain(contact.organisation.name), 'demo-opa', 'opa']).toContain(domain);
    }
  });
});
