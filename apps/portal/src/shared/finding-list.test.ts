import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../test-support/mount-app';
import FindingList from './finding-list.vue';

const findings = [
  { code: 'PAY_BELOW_MINIMUM', severity: 'WARNING', message: 'Salaire inférieur au minimum', messageEn: 'Pay below the minimum', ref: '§4.2', field: 'monthlyGrossPay' },
  { code: 'START_DATE_OUT_OF_WINDOW', severity: 'ERROR', message: 'DDC hors fenêtre', messageEn: 'Start date out of window', ref: '§3.3.2, Tableau 5', field: 'startDate', window: { min: '2025-06-01', max: '2025-12-01' } },
];

describe('FindingList', () => {
  it('explains each finding: errors first, French message, guide reference and allowed window', () => {
    const wrapper = mountWithApp(FindingList, { props: { findings } });
    const items = wrapper.findAll('li');
    expect(items.map((li) => li.attributes('data-code'))).toEqual(['START_DATE_OUT_OF_WINDOW', 'PAY_BELOW_MINIMUM']);
    expect(items[0]?.text()).toContain('Erreur');
    expect(items[0]?.text()).toContain('DDC hors fenêtre');
    expect(items[0]?.text()).toContain('§3.3.2, Tableau 5');
    expect(items[0]?.text()).toContain('du 01/06/2025 au 01/12/2025');
    wrapper.unmount();
  });

  it('shows no raw rule code to a student or a company contact; the office reads the code beside the words', () => {
    const student = mountWithApp(FindingList, { props: { findings } });
    expect(student.text()).not.toContain('START_DATE_OUT_OF_WINDOW');
    expect(student.text()).not.toContain('PAY_BELOW_MINIMUM');
    expect(student.text()).toContain('guide §3.3.2, Tableau 5');
    student.unmount();
    const office = mountWithApp(FindingList, { props: { findings, codes: true } });
    expect(office.text()).toContain('START_DATE_OUT_OF_WINDOW');
    expect(office.text()).toContain('PAY_BELOW_MINIMUM');
    office.unmount();
  });

  it('speaks English when asked, and says when there is nothing to fix', () => {
    const en = mountWithApp(FindingList, { props: { findings }, locale: 'en' });
    expect(en.text()).toContain('Start date out of window');
    en.unmount();
    const none = mountWithApp(FindingList, { props: { findings: [] } });
    expect(none.text()).toContain('Aucune anomalie.');
    none.unmount();
  });
});
