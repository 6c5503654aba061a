import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, mountWithApp } from '../test-support/mount-app';
import TutorChangeForm from './tutor-change-form.vue';

type Body = { query: string; variables: { input: Record<string, unknown> } };
let fake: ReturnType<typeof fakeFetch>;
let reply: unknown;

beforeEach(() => {
  reply = { contract: { id: 'c1', version: 4 }, change: { id: 't1', kind: 'REMOVAL' }, errors: [] };
  fake = fakeFetch({ '/graphql': () => ({ json: { data: { changeCompanyTutor: reply } } }) });
  vi.stubGlobal('fetch', fake.fetchImpl);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const props = { contractId: 'c1', version: 3, contractType: 'CAPP', hasTutor2: true };

describe('tutor change form (§3.1)', () => {
  it('marks the avenant’s date required for an apprenticeship only', () => {
    const capp = mountWithApp(TutorChangeForm, { props });
    expect(capp.find('#tc-avenant').attributes('aria-required')).toBe('true');
    expect(capp.text()).toContain('Obligatoire pour un contrat d’apprentissage');
    capp.unmount();
    const cpro = mountWithApp(TutorChangeForm, { props: { ...props, contractType: 'CPRO' } });
    expect(cpro.find('#tc-avenant').attributes('aria-required')).toBe('false');
    cpro.unmount();
  });

  it('removes tutor 2 without a new tutor’s fields, and shows a finding under its field', async () => {
    const wrapper = mountWithApp(TutorChangeForm, { props });
    // Tutor 1 offers no removal: a contract always has one.
    expect(wrapper.find('#tc-action-remove').exists()).toBe(false);
    await wrapper.find('#tc-slot-2').setValue(true);
    await wrapper.find('#tc-action-remove').setValue(true);
    expect(wrapper.find('#tc-email').exists()).toBe(false);
    await wrapper.find('#tc-effective-on').setValue('2026-03-02');
    await wrapper.find('#tc-reason').setValue('Fin de la mission chez le second organisme');
    reply = { contract: null, change: null, errors: [{ code: 'TUTOR_CHANGE_AVENANT_REQUIRED', field: 'input.avenantSignedOn', message: 'Indiquez la date de signature de l’avenant.' }] };
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const input = (fake.calls.at(-1)!.body as Body).variables.input;
    expect(input).toMatchObject({ slot: 2, tutor: null, effectiveOn: '2026-03-02', avenantSignedOn: null });
    expect(wrapper.find('#tc-avenant-msg').text()).toBe('Indiquez la date de signature de l’avenant.');
    expect(wrapper.find('#tc-avenant').attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });
});
