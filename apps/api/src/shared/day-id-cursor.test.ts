import { describe, expect, it } from 'vitest';
import { dayIdCursor, readDayIdCursor } from './day-id-cursor.js';

describe('day-and-id cursors', () => {
  it('are the base64url of the JSON pair, as the cursors clients already hold', () => {
    const id = '39dbc9da-baa3-4148-9b0a-aa32f7d89826';
    expect(dayIdCursor('2025-09-01', id)).toBe(Buffer.from(JSON.stringify(['2025-09-01', id])).toString('base64url'));
    expect(readDayIdCursor(dayIdCursor('2025-09-01', id), 'd’un contrat')).toEqual({ day: '2025-09-01', id });
    // Values that would need a JSON escape still go through JSON.
    expect(dayIdCursor('2025"09', 'é\\')).toBe(Buffer.from(JSON.stringify(['2025"09', 'é\\'])).toString('base64url'));
  });
});
