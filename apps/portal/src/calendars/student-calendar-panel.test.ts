import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { mountWithApp } from '../test-support/mount-app';
import StudentCalendarPanel from './student-calendar-panel.vue';

// One calendar: a company Monday, a training Tuesday with a revision afternoon, a revision Wednesday.
const days = [
  { date: '2026-01-05', am: 'COMPANY', pm: 'COMPANY', period: null, label: null },
  { date: '2026-01-06', am: 'TRAINING', pm: 'REVISION', period: null, label: 'Révisions avant les examens du S1' },
  { date: '2026-01-07', am: 'REVISION', pm: 'REVISION', period: null, label: 'Révisions avant les examens du S1' },
];
vi.mock('../api/graphql-request', () => ({ gqlRequest: vi.fn(async () => ({ studentCalendars: [{ code: 'M1-2025', label: 'M1 MIAGE 2025/2026', version: 0, exceptions: [], days }] })) }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('student calendar panel (§2.2.2, §2.2.3)', () => {
  it('shows the student their own calendar at once, with its revision half-days counted', async () => {
    const wrapper = mountWithApp(StudentCalendarPanel, { props: { studentId: 's1', editable: false, own: true } });
    await flushPromises();
    expect(wrapper.text()).toContain('Mon calendrier d’alternance');
    expect(wrapper.text()).toContain('Aucune demi-journée propre : votre calendrier est celui de votre promotion.');
    expect(wrapper.find('[data-testid="calendar-revision-count"]').text()).toBe('Demi-journées de révision dans ce calendrier : 3 (§2.2.3)');
    // The year grid is open, not folded under the calendar's code.
    expect(wrapper.find('details').attributes('open')).toBeDefined();
    expect(wrapper.find('summary').text()).toBe('Calendrier M1 MIAGE 2025/2026, semaine par semaine');
    expect(wrapper.find('[data-date="2026-01-06"][data-half="PM"]').attributes('data-kind')).toBe('REVISION');
    wrapper.unmount();
  });

  it('keeps the office’s wording and folded grid on a student record it cannot edit', async () => {
    const wrapper = mountWithApp(StudentCalendarPanel, { props: { studentId: 's1', editable: false } });
    await flushPromises();
    expect(wrapper.text()).toContain('Calendrier individuel');
    expect(wrapper.find('details').attributes('open')).toBeUndefined();
    wrapper.unmount();
  });
});
