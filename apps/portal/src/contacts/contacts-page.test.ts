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

afterEach(() => {
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
});
