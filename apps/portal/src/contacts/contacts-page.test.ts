import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { mountWithApp } from '../test-support/mount-app';
import ContactsPage from './contacts-page.vue';

// The page reads the programme's routing from the API; the guide's table until it answers.
vi.mock('../session/use-reference-data', async () => {
  const { shallowRef } = await import('vue');
  const { defaultReferenceData } = await import('@alternance/domain');
  const data = shallowRef(defaultReferenceData);
  return { useReferenceData: () => data };
});

// The viewer's own case (contactContext): none for the office; set by a test for a student or a company contact.
let context: Record<string, unknown> | null = null;
vi.mock('../api/graphql-request', () => ({ gqlRequest: vi.fn(async () => ({ contactContext: context })) }));

afterEach(() => {
  context = null;
  document.body.innerHTML = '';
});

const choose = async (wrapper: ReturnType<typeof mountWithApp>, id: string, value: string) => {
  await wrapper.find(`#${id}`).setValue(value);
  await nextTick();
};

describe('contacts page (§6.1, Tableaux 8–9)', () => {
  it('tells the two administrative questions of Tableau 9 apart by their examples, and routes each as the guide does', async () => {
    const wrapper = mountWithApp(ContactsPage);
    const options = wrapper.findAll('#contacts-need option').map((o) => o.text());
    expect(options).toContain('Question administrative sur la formation et l’organisme d’accueil (ex. justificatif des dates d’examens)');
    expect(options).toContain('Question administrative sur la formation seule, pas l’organisme d’accueil (ex. certificat de scolarité)');
    expect(options).toContain('Changement de tuteur professionnel (modification, ajout, suppression)');
    // A certificate of enrolment: the student asks the secretariat directly.
    await choose(wrapper, 'contacts-need', 'ADMIN_TRAINING_NOT_OPA');
    expect(wrapper.find('[data-testid="contacts-answer"]').text()).toContain('Secrétariat pédagogique');
    // Proof of exam dates for the OPA: the company tutor asks, not the student.
    await choose(wrapper, 'contacts-need', 'ADMIN_TRAINING');
    expect(wrapper.find('[data-testid="contacts-answer"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Ne contactez personne directement : Tuteur professionnel contacte Secrétariat pédagogique');
    wrapper.unmount();
  });

  it('answers a company tutor for the alternant of their link: their academic tutor named first, the secretariat of the alternant’s site, the apprentice’s lists only (§6.1.1, §6.2)', async () => {
    context = { asker: 'COMPANY', studentFirstName: 'Léa', studentLastName: 'Martin', contractType: 'CAPP', site: 'ILOT-DU-BOIS', academicTutor: { displayName: 'Paul Enseignant', email: 'paul@demo.test' } };
    const wrapper = mountWithApp(ContactsPage);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="contacts-own"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="contacts-own"]').text()).toContain('l’alternance de Léa Martin (Contrat d’apprentissage)');
    // The case is the viewer's: no "who asks" nor contract type to choose.
    expect(wrapper.find('#contacts-asker').exists()).toBe(false);
    await choose(wrapper, 'contacts-need', 'PROBLEM_AT_OPA');
    const answer = wrapper.find('[data-testid="contacts-answer"]').text();
    expect(answer.indexOf('Paul Enseignant')).toBeGreaterThan(-1);
    expect(answer.indexOf('Paul Enseignant')).toBeLessThan(answer.indexOf('Direction de la MIAGE'));
    await choose(wrapper, 'contacts-need', 'SICK_LEAVE');
    expect(wrapper.find('[data-testid="contacts-answer"]').text()).toContain('feg-miage-marseille@univ-amu.fr');
    expect(wrapper.find('[data-testid="contacts-answer"]').text()).not.toContain('feg-miage-aix@univ-amu.fr');
    // §6.2: an apprentice's lists are the MIAGE, the CFA and the institutions — not the SFCA.
    expect(wrapper.find('[data-testid="directory-CFA"]').text()).toContain('04 91 14 04 50');
    expect(wrapper.find('[data-testid="directory-SFCA"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="glossary"]').text()).toContain('Date (incluse) de Fin du Contrat/de la Convention');
    wrapper.unmount();
  });

  it('shows every list to the office, each secretariat with its site, and the manager standing in while no tutor is assigned', async () => {
    const wrapper = mountWithApp(ContactsPage);
    await nextTick();
    expect(wrapper.findAll('[data-testid^="directory-"]').map((g) => g.attributes('data-testid'))).toEqual(['directory-MIAGE', 'directory-SFCA', 'directory-CFA', 'directory-INSTITUTIONAL']);
    expect(wrapper.find('[data-testid="directory-MIAGE"]').text()).toContain('(Marseille)');
    await wrapper.find('#contacts-tutor').setValue(false);
    await choose(wrapper, 'contacts-need', 'PROBLEM_AT_OPA');
    expect(wrapper.find('[data-testid="contacts-answer"]').text()).not.toContain('Tuteur universitaire');
    expect(wrapper.text()).toContain('le responsable de l’alternance en tient le rôle');
    wrapper.unmount();
  });
});
