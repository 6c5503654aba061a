import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadViewer } from '../session/use-session';
import { fakeFetch, mountWithApp } from '../test-support/mount-app';
import ProposalsPage from './change-proposals-page.vue';

const mission = {
  id: 'm1',
  version: 7,
  cohort: 'MASTER-2025',
  contractType: 'CAPP',
  startDate: '2025-09-01',
  endDate: '2027-08-31',
  monthlyGrossPay: 1200,
  student: { id: 's1', lastName: 'Durand', firstName: 'Léa' },
};
const pending = { id: 'p1', version: 2, state: 'PENDING', startDate: '2025-09-15', endDate: null, monthlyGrossPay: 1250.5, comment: 'Avenant signé', createdAt: '2025-09-02T08:00:00.000Z', decidedAt: null, mission };

type Body = { query: string; variables: Record<string, unknown> };
let fake: ReturnType<typeof fakeFetch>;
let role: string;
let lists: unknown[][];
let decideReply: unknown;

beforeEach(() => {
  role = 'MANAGER';
  lists = [[pending]];
  decideReply = { errors: [], proposal: { id: 'p1', state: 'ACCEPTED', version: 3 }, mission: { ...mission, version: 8 } };
  fake = fakeFetch({
    '/graphql': (body) => {
      const { query } = body as Body;
      if (query.includes('query Viewer')) return { json: { data: { viewer: { id: 'u1', role, displayName: 'Responsable', email: 'r@univ.fr', studentId: null } } } };
      if (query.includes('query ChangeProposals')) return { json: { data: { changeProposals: lists.length > 1 ? lists.shift() : lists[0] } } };
      if (query.includes('mutation DecideChangeProposal')) return { json: { data: { decideChangeProposal: decideReply } } };
      return { status: 400, json: { errors: [{ message: `unexpected ${query}` }] } };
    },
  });
  vi.stubGlobal('fetch', fake.fetchImpl);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountAs(r: string) {
  role = r;
  await loadViewer();
  const wrapper = mountWithApp(ProposalsPage);
  await flushPromises();
  return wrapper;
}
const sent = (name: string) => fake.calls.filter((c) => (c.body as Body).query.includes(name)).map((c) => (c.body as Body).variables);

describe('change proposals page', () => {
  it('lists pending proposals first and highlights what differs from the mission', async () => {
    const wrapper = await mountAs('MANAGER');
    expect(sent('query ChangeProposals')[0]).toMatchObject({ state: 'PENDING', first: 50, offset: 0 });
    const row = wrapper.find('[data-proposal="p1"]');
    expect(row.text()).toContain('Durand Léa');
    const start = row.find('[data-field="startDate"]');
    expect(start.attributes('data-differs')).toBe('true');
    expect(start.find('del').text()).toContain('01/09/2025');
    expect(start.find('ins').text()).toContain('15/09/2025');
    // No end date proposed: the current one is shown, unchanged.
    const end = row.find('[data-field="endDate"]');
    expect(end.attributes('data-differs')).toBe('false');
    expect(end.text()).toContain('31/08/2027');
    expect(end.text()).toContain('inchangé');
    const pay = row.find('[data-field="monthlyGrossPay"]');
    expect(pay.attributes('data-differs')).toBe('true');
    expect(pay.find('ins').text().replace(/\s/g, ' ')).toMatch(/1 ?250,50/);
    expect(row.text()).toContain('Avenant signé');
    wrapper.unmount();
  });

  it('reloads the list for the state chosen', async () => {
    const wrapper = await mountAs('SECRETARIAT');
    lists = [[{ ...pending, state: 'ACCEPTED' }]];
    await wrapper.find('#proposals-state').setValue('ACCEPTED');
    await flushPromises();
    expect(sent('query ChangeProposals').at(-1)).toMatchObject({ state: 'ACCEPTED', offset: 0 });
    expect(wrapper.find('[data-state="ACCEPTED"]').text()).toBe('Acceptée');
    wrapper.unmount();
  });

  it('lets the manager accept: the mutation gets the proposal id and version, then the list reloads', async () => {
    const wrapper = await mountAs('MANAGER');
    lists = [[]];
    const accept = wrapper.find('[data-proposal="p1"] [data-action="accept"]');
    expect(accept.element.tagName).toBe('BUTTON');
    expect(accept.attributes('aria-label')).toBe('Accepter la proposition pour Durand Léa');
    await accept.trigger('click');
    await flushPromises();
    expect(sent('mutation DecideChangeProposal')).toEqual([{ id: 'p1', version: 2, accept: true }]);
    expect(sent('query ChangeProposals')).toHaveLength(2);
    expect(wrapper.find('[data-testid="notice"]').text()).toContain('Proposition acceptée');
    expect(document.activeElement).toBe(wrapper.find('[data-testid="notice"]').element);
    expect(wrapper.find('[data-proposal="p1"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('sends accept: false on Refuser', async () => {
    decideReply = { errors: [], proposal: { id: 'p1', state: 'REJECTED', version: 3 }, mission };
    const wrapper = await mountAs('MANAGER');
    await wrapper.find('[data-proposal="p1"] [data-action="reject"]').trigger('click');
    await flushPromises();
    expect(sent('mutation DecideChangeProposal')).toEqual([{ id: 'p1', version: 2, accept: false }]);
    expect(wrapper.find('[data-testid="notice"]').text()).toContain('Proposition refusée');
    wrapper.unmount();
  });

  it('explains a CONFLICT in French, applies nothing and reloads the list', async () => {
    decideReply = { errors: [{ code: 'CONFLICT', message: 'La mission a été modifiée depuis cette proposition.', field: 'basedOnVersion' }], proposal: null, mission: null };
    const wrapper = await mountAs('MANAGER');
    await wrapper.find('[data-proposal="p1"] [data-action="accept"]').trigger('click');
    await flushPromises();
    const conflict = wrapper.find('[data-testid="conflict"]');
    expect(conflict.text()).toContain('La mission de Durand Léa a été modifiée depuis cette proposition : rien n’a été appliqué.');
    expect(conflict.find('[role="alert"]').exists()).toBe(true);
    expect(sent('query ChangeProposals')).toHaveLength(2);
    expect(wrapper.find('[data-proposal="p1"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows other payload errors as the API words them', async () => {
    decideReply = { errors: [{ code: 'INVALID_TRANSITION', message: 'Proposition déjà traitée (ACCEPTED).', field: 'state' }], proposal: null, mission: null };
    const wrapper = await mountAs('MANAGER');
    await wrapper.find('[data-proposal="p1"] [data-action="accept"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="notice"]').text()).toContain('Proposition déjà traitée (ACCEPTED).');
    wrapper.unmount();
  });

  it('offers no decision to the secretariat or the direction', async () => {
    for (const r of ['SECRETARIAT', 'DIRECTION']) {
      const wrapper = await mountAs(r);
      expect(wrapper.find('[data-proposal="p1"]').exists()).toBe(true);
      expect(wrapper.find('[data-action="accept"]').exists()).toBe(false);
      expect(wrapper.find('[data-action="reject"]').exists()).toBe(false);
      wrapper.unmount();
    }
  });
});
