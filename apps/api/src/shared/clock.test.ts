import { describe, expect, it } from 'vitest';
import { fixedClock, runningClock } from './clock.js';

describe('clocks', () => {
  it('a fixed clock stands at noon UTC of its day', () => {
    expect(fixedClock('2025-07-01').now().toISOString()).toBe('2025-07-01T12:00:00.000Z');
  });

  it('FIXED_TODAY keeps its day but lets time flow, so per-minute windows and idle expiry still end', async () => {
    const clock = runningClock('2025-07-01', Date.now() - 90_000);
    const first = clock.now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2025-07-01T12:01:30Z'));
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
    expect(clock.today()).toBe('2025-07-01');
  });
});
