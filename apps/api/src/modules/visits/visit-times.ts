import type { VisitHalf } from './visit.entity.js';

/** A visit's usual hours, Paris time: the morning 9:00–12:00, the afternoon 14:00–17:00. */
export const HALF_DAY_HOURS: Record<VisitHalf, { start: string; end: string }> = {
  AM: { start: '09:00', end: '12:00' },
  PM: { start: '14:00', end: '17:00' },
};

const parisParts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** The instant of `time` (HH:MM) on `date` in Paris, summer time included. */
export function parisInstant(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // The Paris wall clock at the UTC guess tells the offset (1 or 2 hours) to take off.
  const p = Object.fromEntries(parisParts.formatToParts(guess).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return new Date(guess.getTime() - (wall - guess.getTime()));
}

export function halfDayLabel(half: VisitHalf): string {
  return half === 'AM' ? `matin (${HALF_DAY_HOURS.AM.start.replace(':', ' h ')}–${HALF_DAY_HOURS.AM.end.replace(':', ' h ')})` : `après-midi (${HALF_DAY_HOURS.PM.start.replace(':', ' h ')}–${HALF_DAY_HOURS.PM.end.replace(':', ' h ')})`;
}
