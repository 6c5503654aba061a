import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '../test-support/mount-app';
import FiguresPanel from './calendar-figures-panel.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

const figures = {
  billableHours: 544,
  cost: 8231,
  costPerHour: 15.13,
  trainingHalfDays: 158,
  calendars: ['M1-2025 v1'],
  provisional: false,
  revision: { revisionHalfDays: 15, workedDays: 283, entitlementDays: 20, remainingHalfDays: 25 },
};

describe('calendar figures panel: revision and examination leave (§4.4)', () => {
  it('gives a CPRO its worked days and leave, unpaid and taken in the month before the exams (§4.4.2)', () => {
    const wrapper = mountWithApp(FiguresPanel, { props: { contractType: 'CPRO', figures } });
    const text = wrapper.text();
    expect(text).toContain('Jours ouvrables travaillés prévus par le contrat');
    expect(text).toContain('283 jours');
    expect(text).toContain('25 demi-journées');
    expect(wrapper.find('[data-testid="revision-note"]').text()).toContain('non rémunéré, à prendre dans le mois qui précède les examens');
    wrapper.unmount();
  });

  it('tells an apprentice the legal 5 days do not apply at the MIAGE, with no leave figures (§4.4.1)', () => {
    const wrapper = mountWithApp(FiguresPanel, { props: { contractType: 'CAPP', figures: { ...figures, revision: { ...figures.revision, entitlementDays: 0, remainingHalfDays: 0 } } } });
    expect(wrapper.text()).not.toContain('Jours ouvrables travaillés');
    expect(wrapper.find('[data-testid="revision-note"]').text()).toContain('L. 6222-35');
    expect(wrapper.find('[data-testid="revision-note"]').text()).toContain('ne s’applique donc pas');
    wrapper.unmount();
  });

  it('says nothing of leave for an internship, and reads in English', () => {
    const intern = mountWithApp(FiguresPanel, { props: { contractType: 'CSTAGEALT', figures } });
    expect(intern.find('[data-testid="revision-note"]').exists()).toBe(false);
    intern.unmount();
    const en = mountWithApp(FiguresPanel, { locale: 'en', props: { contractType: 'CPRO', figures } });
    expect(en.find('[data-testid="revision-note"]').text()).toContain('Unpaid leave, taken in the month before the exams');
    en.unmount();
  });

  it('shows a company tutor the hours but none of the contract’s financing (§2.5), which the API does not send them', () => {
    const withVolumes = { ...figures, unbilledHours: 40, unbilledCost: 605, volumes: [{ programme: 'M2', name: 'M2 MIAGE', trainingHours: 420, teachingHours: 380, annualCost: 8231 }] };
    const office = mountWithApp(FiguresPanel, { props: { contractType: 'CPRO', figures: withVolumes } });
    expect(office.find('[data-testid="training-cost"]').exists()).toBe(true);
    expect(office.text()).toMatch(/8\s231/);
    office.unmount();
    const tutor = mountWithApp(FiguresPanel, { props: { contractType: 'CPRO', showCost: false, figures: { ...withVolumes, cost: null, costPerHour: null, unbilledHours: null, unbilledCost: null, volumes: [{ ...withVolumes.volumes[0]!, annualCost: null }] } } });
    expect(tutor.find('[data-testid="training-cost"]').exists()).toBe(false);
    expect(tutor.text()).not.toContain('€');
    // Its title does not promise a cost it does not show.
    expect(tutor.text()).toContain('Heures de formation selon le calendrier en vigueur');
    expect(tutor.text()).not.toContain('coût');
    expect(tutor.find('[data-testid="training-hours"]').text()).toContain('544');
    expect(tutor.find('[data-testid="programme-volumes"]').text()).toContain('420');
    tutor.unmount();
  });
});
