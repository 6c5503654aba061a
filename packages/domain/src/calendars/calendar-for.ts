import type { CalendarDefinition, ReferenceData } from '../reference-data/reference-data.js';
import { generateCalendar } from './generate-calendar.js';
import type { GeneratedCalendar } from './generated-calendar.js';

interface CalendarCache {
  definitions: Map<string, CalendarDefinition>;
  generated: Map<string, GeneratedCalendar>;
}

const cache = new WeakMap<ReferenceData, CalendarCache>();

/**
 * The generated calendar `code` (case-insensitive) of the reference data, with its Whit
 * Monday setting; null for an unknown code. Each calendar is generated once per
 * ReferenceData object, on first use: a roster of thousands of rows reuses it.
 * Throws a RangeError when the stored definition is unreadable (see generateCalendar).
 */
export function calendarFor(referenceData: ReferenceData, code: string): GeneratedCalendar | null {
  let entry = cache.get(referenceData);
  if (!entry) {
    entry = { definitions: new Map(referenceData.calendars.map((c) => [c.code.trim().toUpperCase(), c])), generated: new Map() };
    cache.set(referenceData, entry);
  }
  const key = code.trim().toUpperCase();
  let calendar = entry.generated.get(key);
  if (!calendar) {
    const definition = entry.definitions.get(key);
    if (!definition) return null;
    calendar = generateCalendar(definition, { whitMondayHoliday: referenceData.settings.whitMondayHoliday });
    entry.generated.set(key, calendar);
  }
  return calendar;
}
