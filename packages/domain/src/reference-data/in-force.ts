import type { IsoDate } from '../dates/iso-date.js';
import type { Effective } from './reference-data.js';

/** The value in force on `date`: the entry with the latest `from` not after it, or null before the first one. */
export function inForce<T>(entries: readonly Effective<T>[], date: IsoDate): T | null {
  let best: Effective<T> | null = null;
  for (const entry of entries) {
    if (entry.from <= date && (best === null || entry.from > best.from)) best = entry;
  }
  return best === null ? null : best.value;
}

/** The dates in `(from, to]` on which a new value comes into force, in order. */
export function changesWithin<T>(entries: readonly Effective<T>[], from: IsoDate, to: IsoDate): IsoDate[] {
  return entries
    .map((e) => e.from)
    .filter((d) => d > from && d <= to)
    .sort();
}
