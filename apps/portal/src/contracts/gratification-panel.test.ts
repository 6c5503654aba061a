import { afterEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '../test-support/mount-app';
import GratificationPanel from './gratification-panel.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

// An M1 classic internship 2026-04-20 → 2026-07-17, as the API computes it (§4.2.3: 4,50 € × 7 h × jours ouvrés).
const classic = {
  fteDays: 60,
  due: true,
  hoursPerDay: 7,
  hourlyMinimum: 4.5,
  months: [
    { month: '2026-04', companyDays: 9, minimum: 283.5 },
    { month: '2026-05', companyDays: 17, minimum: 535.5 },
    { month: '2026-06', companyDays: 22, minimum: 693 },
    { month: '2026-07', companyDays: 12, minimum: 378 },
  ],
};

describe('the internship’s minimum gratification (§4.2.3)', () => {
  it('tells an intern it is due, how it is counted, and the minimum of each month', () => {
    const wrapper = mountWithApp(GratificationPanel, { props: { gratification: classic, contractType: 'CSTAGE', agreed: 700 } });
    const text = wrapper.text();
    expect(text).toContain('Gratification minimale du stage');
    expect(wrapper.find('[data-testid="gratification-due"]').text()).toContain('Une gratification est due : le stage dure 60 jours équivalent temps complet en entreprise');
    expect(text).toContain('chaque jour ouvré');
    expect(wrapper.find('[data-testid="gratification-formula"]').text()).toMatch(/taux horaire légal \(4,50\s€ de l’heure au début du stage, puis celui en vigueur chaque jour\) × 7 h par jour × jours ouvrés travaillés/);
    const rows = wrapper.findAll('[data-testid="gratification-months"] tbody tr');
    expect(rows.map((r) => r.findAll('th, td').map((c) => c.text()).join(' ').replace(/\s+/g, ' '))).toEqual(['04/2026 9 283,50 €', '05/2026 17 535,50 €', '06/2026 22 693,00 €', '07/2026 12 378,00 €']);
    expect(wrapper.find('[data-testid="gratification-below"]').exists()).toBe(false);
    expect(text).not.toContain('Pas de salaire minimum');
    wrapper.unmount();
  });

  it('warns when the agreed gratification is below a month’s minimum; a CSTAGEALT is counted without training time', () => {
    const wrapper = mountWithApp(GratificationPanel, { props: { gratification: classic, contractType: 'CSTAGEALT', agreed: 600 } });
    expect(wrapper.find('[data-testid="gratification-below"]').text()).toMatch(/600,00\s€ par mois\) est inférieure au minimum/);
    expect(wrapper.text()).toContain('sans le temps passé en formation');
    wrapper.unmount();
  });

  it('says none is required for 8 weeks or less, without a table; and reads in English', () => {
    const short = { ...classic, fteDays: 40, due: false };
    const wrapper = mountWithApp(GratificationPanel, { props: { gratification: short, contractType: 'CSTAGE', agreed: null } });
    expect(wrapper.find('[data-testid="gratification-due"]').text()).toContain('Aucune gratification n’est obligatoire : le stage dure 40 jours');
    expect(wrapper.find('[data-testid="gratification-months"]').exists()).toBe(false);
    wrapper.unmount();
    const en = mountWithApp(GratificationPanel, { locale: 'en', props: { gratification: classic, contractType: 'CSTAGEALT', agreed: null } });
    expect(en.find('[data-testid="gratification-due"]').text()).toContain('A gratification is due: the internship lasts 60 full-time-equivalent days at the company');
    expect(en.text()).toContain('only the company days of the work-study calendar count');
    en.unmount();
  });
});
