/** Serial of 1970-01-01 in Excel's 1900 date system (which counts a fake 1900-02-29 as serial 60). */
const UNIX_EPOCH_SERIAL = 25_569;
const LAST_SERIAL = 2_958_465; // 9999-12-31

/**
 * Day number (days since 1970-01-01) of an Excel 1900-system serial, or null. Excel
 * believes 1900 was a leap year: serial 60 is a day that never was, and serials
 * before it are one day off (serial 1 = 1900-01-01, 61 = 1900-03-01).
 */
export function excelSerialToDayNumber(serial: number): number | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL || whole === 60) return null;
  return whole < 60 ? whole - UNIX_EPOCH_SERIAL + 1 : whole - UNIX_EPOCH_SERIAL;
}
