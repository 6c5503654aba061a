import { describe, expect, it } from 'vitest';
import { mountWithApp } from '../test-support/mount-app';
import CalendarYearGrid from './calendar-year-grid.vue';
import { weeksOf, type Day } from './half-day-kinds';

// Monday 6 to Sunday 19 October 2025: Monday–Tuesday training, Wednesday–Friday company (M1, Figure 4).
const days: Day[] = Array.from({ length: 14 }, (_, i) => {
  const date = `2025-10-${String(6 + i).padStart(2, '0')}`;
  const wd = i % 7;
  const kind = wd < 2 ? 'TRAINING' : wd < 5 ? 'COMPANY' : 'REST';
  return { date, am: kind, pm: kind };
});

describe('weeksOf', () => {
  it('lays the days out Monday to Sunday, padding the first week', () => {
    const weeks = weeksOf([{ date: '2025-10-08', am: 'COMPANY', pm: 'COMPANY' }]);
    expect(weeks).toHaveLength(1);
    expect(weeks[0]!.monday).toBe('2025-10-06');
    expect(weeks[0]!.days.map((d) => d?.date ?? null)).toEqual([null, null, '2025-10-08', null, null, null, null]);
  });
});

describe('calendar year grid (issue 11 §1)', () => {
  it('shows each half-day with its text code and a full label, and selects a range with Space then Shift + arrows', async () => {
    const wrapper = await mountWithApp(CalendarYearGrid, { props: { days, label: 'M1', selectable: true } });
    const wednesdayAm = wrapper.get('[data-date="2025-10-08"][data-half="AM"]');
    expect(wednesdayAm.text()).toContain('E');
    expect(wednesdayAm.find('.sr-only').text()).toContain('Entreprise');
    expect(wrapper.findAll('[role="row"]')).toHaveLength(3);
    await wednesdayAm.trigger('keydown', { key: ' ' });
    await wednesdayAm.trigger('keydown', { key: 'ArrowRight', shiftKey: true });
    const grid = wrapper.findComponent(CalendarYearGrid);
    const events = grid.emitted('select') as unknown[][];
    expect(events.at(-1)![0]).toEqual({ from: { date: '2025-10-08', half: 'AM' }, to: { date: '2025-10-08', half: 'PM' }, count: 2 });
    expect(wrapper.findAll('[aria-selected="true"]')).toHaveLength(2);
    // Down moves one week: Shift + ↓ extends to the next Wednesday morning.
    await wrapper.get('[data-date="2025-10-08"][data-half="PM"]').trigger('keydown', { key: 'ArrowDown', shiftKey: true });
    expect((grid.emitted('select') as unknown[][]).at(-1)![0]).toMatchObject({ to: { date: '2025-10-15', half: 'PM' }, count: 16 });
    await wrapper.get('[data-date="2025-10-08"][data-half="AM"]').trigger('keydown', { key: 'Escape' });
    expect((grid.emitted('select') as unknown[][]).at(-1)![0]).toBeNull();
  });

  it('is read-only without selectable', async () => {
    const wrapper = await mountWithApp(CalendarYearGrid, { props: { days, label: 'M1' } });
    await wrapper.get('[data-date="2025-10-08"][data-half="AM"]').trigger('click');
    expect(wrapper.findComponent(CalendarYearGrid).emitted('select')).toBeUndefined();
  });
});
