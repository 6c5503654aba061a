import { describe, expect, it } from 'vitest';
import { todayOf } from './use-session';

describe('todayOf (the forms’ default day)', () => {
  it('is the API’s day once the viewer is known (a demo runs on its own day)', () => {
    expect(todayOf({ today: '2026-03-02' }, new Date('2026-12-02T10:00:00Z'))).toBe('2026-03-02');
  });

  it('is the Paris day while nobody is signed in (a personal link), never the UTC date', () => {
    // 23:30 UTC on 1 December is already 2 December in Paris.
    expect(todayOf(null, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
  });
});
