import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { reactive } from 'vue';
import { fakeFetch, mountWithApp } from '../test-support/mount-app';
import FichePanel from './fiche-form-panel.vue';

const student = { cohort: 'MASTER-2025', status: 'FI', birthDate: '2003-05-10', repeating: false, professionalisationValidated: false, foreign: false, aptObtained: false };
const mission = { id: 'm1', version: 3, state: 'DRAFT', contractType: 'CAPP', startDate: '2025-09-01', endDate: '2027-09-30', monthlyGrossPay: 2000, title: 'Mission' };

let fake: ReturnType<typeof fakeFetch>;
let saveReply: unknown;
beforeEach(() => {
  saveReply = { data: { saveMissionDraft: { errors: [], mission: { id: 'm1', version: 4, state: 'DRAFT' } } } };
  fake = fakeFetch({
    '/graphql': (body) => {
      const query = String((body as { query: string }).query);
      if (query.includes('ReferenceDataForRules')) return { json: { data: { referenceData: [] } } };
      return { json: saveReply };
    },
  });
  vi.stubGlobal('fetch', fake.fetchImpl);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('fiche form', () => {
  it('checks the rules in the browser as the DDC changes', async () => {
    // A day of the 2025 campaign (§3.3.1): the deadline is the one of the request, not the campaign's end.
    vi.useFakeTimers({ now: new Date('2025-07-01T10:00:00Z'), toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const wrapper = mountWithApp(FichePanel, { props: { student, mission } });
    await flushPromises();
    const live = () => wrapper.find('aside').text();
    expect(live()).not.toContain('START_DATE');
    expect(wrapper.find('[data-testid="windows"]').text()).toBe('Fenêtres du guide pour ce contrat (Tableau 5) : DDC du 01/06/2025 au 31/10/2025 ; DFC du 03/09/2027 au 03/11/2027.');
    // Tableau 5 « Durée » and notes 23–24: a Master entered in M1 is a 2-year contract; the M1 ends on 02/09/2026.
    expect(wrapper.find('[data-testid="contract-length"]').text()).toBe('Durée du contrat : 2 ans (Tableau 5). Pour information, le M1 se termine le 02/09/2026 (inclus) et le M2 débute le 03/09/2026 (notes 23–24).');
    // By when to submit, before anything is sent (§3.3: 10 jours ouvrables before the DDC; §3.3.1: the campaign's closing).
    const deadline = () => wrapper.find('[data-testid="fiche-deadline"]').text();
    expect(deadline()).toContain('20/08/2025');
    expect(deadline()).toContain('10 jours ouvrables');
    expect(deadline()).toContain('31/10/2025');
    await wrapper.find('#fiche-startDate').setValue('2025-05-31');
    const codes = wrapper.findAll('aside li').map((li) => li.attributes('data-code'));
    expect(codes.some((c) => c?.startsWith('START_DATE') || c?.includes('DDC'))).toBe(true);
    expect(wrapper.find('#fiche-startDate-msg').exists()).toBe(true);
    await wrapper.find('#fiche-startDate').setValue('2025-06-01');
    expect(wrapper.find('#fiche-startDate-msg').exists()).toBe(false);
    await wrapper.find('#fiche-contractType').setValue('CSTAGEALT');
    expect(wrapper.find('[data-testid="contract-length"]').text()).toContain('entre 6 et 12 mois, chaque année du Master');
    // A work-study internship's DFC has no first day (Tableau 5): no « du … » left on the screen.
    expect(wrapper.find('[data-testid="windows"]').text()).toBe('Fenêtres du guide pour ce contrat (Tableau 5) : DDC du 01/09/2025 au 31/10/2025 ; DFC au plus tard le 03/09/2027.');
    // A classic internship has no window of Tableau 5: nothing is said rather than « du … au … ».
    await wrapper.find('#fiche-contractType').setValue('CSTAGE');
    expect(wrapper.find('[data-testid="windows"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('says once the campaign has closed that the fiche can no longer be submitted (§3.3.1)', async () => {
    vi.useFakeTimers({ now: new Date('2025-11-03T10:00:00Z'), toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const wrapper = mountWithApp(FichePanel, { props: { student, mission } });
    await flushPromises();
    expect(wrapper.find('[data-testid="fiche-deadline"]').text()).toBe('La campagne de validation est close depuis le 31/10/2025 (§3.3.1) : cette fiche ne peut plus être soumise. Voyez le responsable de l’alternance.');
    wrapper.unmount();
    // A fiche asked for in the campaign and returned for corrections is sent again as the same request (§3.3.3).
    const returned = mountWithApp(FichePanel, { props: { student, mission: { ...mission, state: 'RETURNED', requestDate: '2025-10-20' } } });
    await flushPromises();
    expect(returned.find('[data-testid="fiche-deadline"]').text()).not.toContain('close');
    returned.unmount();
  });

  it('holds a new contract after a rupture to its own bounds (§5): no campaign, no DDC window of Tableau 5', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-02T10:00:00Z'), toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const replacing = { ...mission, startDate: '2026-03-16', endDate: '2027-09-03', afterRuptureLastDay: '2026-03-13' };
    const wrapper = mountWithApp(FichePanel, { props: { student, mission: replacing } });
    await flushPromises();
    expect(wrapper.find('[data-testid="windows"]').text()).toContain('terminé le 13/03/2026 (§5) : il peut commencer dès le lendemain');
    expect(wrapper.find('[data-testid="fiche-deadline"]').text()).toContain('hors campagne (§5)');
    const codes = () => wrapper.findAll('aside li').map((li) => li.attributes('data-code'));
    expect(codes()).not.toContain('DDC_TOO_LATE');
    // The same fiche replacing nothing: Tableau 5's DDC window says it is too late.
    const plain = mountWithApp(FichePanel, { props: { student, mission: { ...replacing, afterRuptureLastDay: null } } });
    await flushPromises();
    expect(plain.findAll('aside li').map((li) => li.attributes('data-code'))).toContain('DDC_TOO_LATE');
    plain.unmount();
    wrapper.unmount();
  });

  it('sends the version it read, and on a conflict explains it and keeps the input', async () => {
    saveReply = { data: { saveMissionDraft: { errors: [{ code: 'CONFLICT', message: 'Conflit', field: null }], mission: null } } };
    const wrapper = mountWithApp(FichePanel, { props: { student, mission } });
    await flushPromises();
    await wrapper.find('#fiche-title').setValue('Mon nouveau titre');
    await wrapper.find('[data-action="SAVE_DRAFT"]').trigger('click');
    await flushPromises();
    const save = fake.calls.find((c) => String((c.body as { query: string }).query).includes('SaveMissionDraft'));
    expect((save?.body as { variables: { id: string; version: number } }).variables).toMatchObject({ id: 'm1', version: 3, input: { title: 'Mon nouveau titre' } });
    expect(wrapper.find('[data-testid="conflict"]').text()).toContain('Vos saisies sont conservées');
    expect((wrapper.find('#fiche-title').element as HTMLInputElement).value).toBe('Mon nouveau titre');
    wrapper.unmount();
  });

  it('after « keep mine », waits for the latest version before saving again, then sends it with the input kept', async () => {
    saveReply = { data: { saveMissionDraft: { errors: [{ code: 'CONFLICT', message: 'Conflit', field: null }], mission: null } } };
    const props = reactive({ student, mission });
    const wrapper = mountWithApp(FichePanel, { props });
    await flushPromises();
    await wrapper.find('#fiche-title').setValue('Mon nouveau titre');
    await wrapper.find('[data-action="SAVE_DRAFT"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-action="KEEP_MINE"]').trigger('click');
    expect(wrapper.findComponent(FichePanel).emitted('reload')).toHaveLength(1);
    const saveButton = () => wrapper.find('[data-action="SAVE_DRAFT"]');
    expect(saveButton().attributes('disabled')).toBeDefined();
    // The parent's reload brings the version the other editor saved.
    saveReply = { data: { saveMissionDraft: { errors: [], mission: { id: 'm1', version: 5, state: 'DRAFT' } } } };
    props.mission = { ...mission, version: 4, title: 'Titre de l’autre' };
    await flushPromises();
    expect(saveButton().attributes('disabled')).toBeUndefined();
    await saveButton().trigger('click');
    await flushPromises();
    const saves = fake.calls.filter((c) => String((c.body as { query: string }).query).includes('SaveMissionDraft'));
    expect((saves.at(-1)?.body as { variables: unknown }).variables).toMatchObject({ version: 4, input: { title: 'Mon nouveau titre' } });
    wrapper.unmount();
  });

  it('proposes the hours per day of the contract type picked, until the user types their own (§4.2.3)', async () => {
    const wrapper = mountWithApp(FichePanel, { props: { student, mission: { ...mission, contractType: 'CSTAGEALT', hoursPerDay: 7 } } });
    await flushPromises();
    const hours = () => (wrapper.find('#fiche-hoursPerDay').element as HTMLInputElement).value;
    const pick = async (type: string) => {
      await wrapper.find('#fiche-contractType').setValue(type);
      await flushPromises();
    };
    expect(hours()).toBe('7');
    // An apprenticeship is paid by the month: the internship's 7 does not stay.
    await pick('CAPP');
    expect(hours()).toBe('');
    await pick('CSTAGEALT');
    expect(hours()).toBe('7');
    // Typed by the user: kept whatever the type, even when it is an internship's default.
    await pick('CPRO');
    await wrapper.find('#fiche-hoursPerDay').setValue('7');
    await wrapper.find('#fiche-hoursPerDay').trigger('blur');
    await flushPromises();
    await pick('CSTAGEALT');
    await pick('CAPP');
    expect(hours()).toBe('7');
    wrapper.unmount();
  });

  it('shows an API error next to the field it names', async () => {
    saveReply = { data: { saveMissionDraft: { errors: [{ code: 'BAD_USER_INPUT', message: 'Adresse e-mail invalide.', field: 'tutor1.email' }], mission: null } } };
    const wrapper = mountWithApp(FichePanel, { props: { student, mission } });
    await flushPromises();
    await wrapper.find('[data-action="SAVE_DRAFT"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('#fiche-tutor1-email-msg').text()).toBe('Adresse e-mail invalide.');
    expect(wrapper.find('#fiche-tutor1-email').attributes('aria-invalid')).toBe('true');
    // issue 9 §4: a summary at the top names the field, and the field gets the focus.
    const summary = wrapper.find('[data-testid="form-error-summary"]');
    expect(summary.text()).toContain('Le formulaire contient une erreur');
    expect(summary.find('a[href="#fiche-tutor1-email"]').text()).toContain('Adresse e-mail invalide.');
    expect(document.activeElement?.id).toBe('fiche-tutor1-email');
    wrapper.unmount();
  });
});
