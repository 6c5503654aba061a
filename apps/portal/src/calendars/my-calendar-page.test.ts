import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp } from '../test-support/mount-app';
import MyCalendarPage from './my-calendar-page.vue';

// Signed in without a student record: the page's text only, no calendar to load.
vi.mock('../session/use-session', () => ({ useSession: () => ({ viewer: null, loaded: true }) }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('my calendar page (§2.2.1, §2.2.3)', () => {
  it('tells the student a training half-day with no class is a revision half-day, not free time', () => {
    const wrapper = mountWithApp(MyCalendarPage);
    const text = wrapper.find('[data-testid="my-calendar-revision"]').text();
    expect(text).toContain('pas à l’emploi du temps (ADE)');
    expect(text).toContain('n’est pas libre, c’est une demi-journée de révision');
    expect(text).toContain('vacances universitaires se passent au sein de l’organisme d’accueil');
    // Footnotes 13–15: who is told of a change.
    expect(wrapper.text()).toContain('au contact RH de leur organisme d’accueil');
    wrapper.unmount();
  });

  it('in English too', () => {
    const wrapper = mountWithApp(MyCalendarPage, { locale: 'en' });
    expect(wrapper.find('[data-testid="my-calendar-revision"]').text()).toContain('it is a revision half-day');
    wrapper.unmount();
  });
});
