/** The six kinds of half-day of an alternance calendar (§2.2.1), in the legend's order. */
export const KINDS = ['TRAINING', 'COMPANY', 'REVISION', 'VACATION', 'PUBLIC_HOLIDAY', 'REST'] as const;
export type Kind = (typeof KINDS)[number];

export interface Day {
  date: string;
  am: Kind;
  pm: Kind;
  period?: string | null;
  label?: string | null;
}

export interface HalfDay {
  date: string;
  half: 'AM' | 'PM';
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Weeks from Monday to Sunday covering the days; null where a cell is outside the calendar. */
export function weeksOf(days: readonly Day[]): { monday: string; days: (Day | null)[]; index: number[] }[] {
  if (days.length === 0) return [];
  const at = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const first = at(days[0]!.date);
  const offset = (new Date(first * 86_400_000).getUTCDay() + 6) % 7;
  const weeks: { monday: string; days: (Day | null)[]; index: number[] }[] = [];
  for (let start = -offset; start < days.length; start += 7) {
    const cells: (Day | null)[] = [];
    const index: number[] = [];
    for (let d = 0; d < 7; d += 1) {
      cells.push(days[start + d] ?? null);
      index.push(start + d);
    }
    weeks.push({ monday: new Date((first + start) * 86_400_000).toISOString().slice(0, 10), days: cells, index });
  }
  return weeks;
}
