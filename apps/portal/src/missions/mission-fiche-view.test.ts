import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MissionFicheFragment } from '../gql/graphql';
import { fakeFetch, mountWithApp } from '../test-support/mount-app';
import MissionFicheView from './mission-fiche-view.vue';

const base = {
  id: 'm1', state: 'SUBMITTED', version: 1, cohort: 'M2-2026', group: 'M2-ISIE', contractType: 'CAPP', cproReason: null, title: 'Mission', context: '', objectives: '', deliverables: '',
  offerReference: null, requestDate: '2026-07-01', validationDate: null, startDate: '2026-09-03', endDate: '2027-09-03', hoursPerDay: null, monthlyGrossPay: 2000,
  smcMonthly: null, previousRatePercent: null, higherEducationDiploma: false, disabilityExtraYear: false, stageAltApproved: null, returnComment: null, rejectionReason: null,
  student: { id: 's1', firstName: 'Camille', lastName: 'Durand', email: 'c@etu.example', cohort: 'M2-2026', status: 'FI' },
  organisation: null, workOrganisation: null, tutor1: null, tutor2: null, hrContact: null,
};

beforeEach(() => {
  vi.stubGlobal('fetch', fakeFetch({ '/graphql': () => ({ json: { data: { referenceData: [] } } }) }).fetchImpl);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('mission fiche view', () => {
  it('names the M2 track the student is assigned to (§1.2 note 1: the speciality and the mission are read together)', async () => {
    const wrapper = mountWithApp(MissionFicheView, { props: { mission: base as unknown as MissionFicheFragment } });
    await flushPromises();
    expect(wrapper.text()).toContain('M2 MIAGE — parcours ISIE');
    expect(wrapper.text()).not.toContain('M2-ISIE');
    wrapper.unmount();
  });

  it('keeps an unknown group as written', async () => {
    const wrapper = mountWithApp(MissionFicheView, { props: { mission: { ...base, group: 'ancien groupe' } as unknown as MissionFicheFragment } });
    await flushPromises();
    expect(wrapper.text()).toContain('ancien groupe');
    wrapper.unmount();
  });

  it('shows the track followed and wished beside the mission in a cohort with tracks, not in L3I (§1.2, note 1)', async () => {
    const m2 = { ...base, student: { ...base.student, group: 'M2-2ID', trackWish: 'M2-ISIE' } };
    const wrapper = mountWithApp(MissionFicheView, { props: { mission: m2 as unknown as MissionFicheFragment } });
    await flushPromises();
    expect(wrapper.find('[data-testid="mission-track"]').text()).toBe('M2 MIAGE — parcours 2ID · vœu : M2 MIAGE — parcours ISIE');
    wrapper.unmount();
    const l3 = mountWithApp(MissionFicheView, { props: { mission: { ...base, cohort: 'L3I-2025', group: null } as unknown as MissionFicheFragment } });
    await flushPromises();
    expect(l3.find('[data-testid="mission-track"]').exists()).toBe(false);
    l3.unmount();
  });

  it('shows the manager’s M2 derogation with its reason, author and day (§2.1.2), and nothing without one', async () => {
    const granted = { ...base, contractType: 'CSTAGE', derogationReason: 'Reprise d’études', derogationBy: 'Claire Responsable', derogationOn: '2026-07-01' };
    const wrapper = mountWithApp(MissionFicheView, { props: { mission: granted as unknown as MissionFicheFragment } });
    await flushPromises();
    expect(wrapper.find('[data-testid="fiche-derogation"]').text()).toBe('Dérogation accordée par Claire Responsable le 01/07/2026 : « Reprise d’études »');
    wrapper.unmount();
    const none = mountWithApp(MissionFicheView, { props: { mission: base as unknown as MissionFicheFragment } });
    await flushPromises();
    expect(none.find('[data-testid="fiche-derogation"]').exists()).toBe(false);
    none.unmount();
  });
});
