import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../dates/iso-date.js';
import { excelSerialToDayNumber } from './excel-serial-to-day-number.js';

const iso = (serial: number): string | null => {
  const day = excelSerialToDayNumber(serial);
  return day === null ? null : fromDayNumber(day);
};

describe('excelSerialToDayNumber', () => {
  it('reads the 1900 date system, fake 29 February included', () => {
    expect(iso(1)).toBe('1900-01-01');
    expect(iso(59)).toBe('1900-02-28');
    expect(iso(60)).toBeNull();
    expect(iso(61)).toBe('1900-03-01');
    expect(iso(25_569)).toBe('1970-01-01');
    expect(iso(45_901)).toBe('2025-09-01');
    expect(iso(2_958_465)).toBe('9999-12-31');
  });

  it('drops the time of day of a fractional serial', () => {
    expect(iso(45_901.99)).toBe('2025-09-01');
    expect(iso(45_901.5)).toBe('2025-09-01');
  });

  it('refuses serials outside Excel’s range', () => {
    expect(iso(0)).toBeNull();
    expect(iso(0.5)).toBeNull();
    expect(iso(-1)).toBeNull();
    expect(iso(2_958_466)).toBeNull();
    expect(iso(Number.NaN)).toBeNull();
    expect(iso(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
