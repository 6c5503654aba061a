import { toDayNumber } from '@alternance/domain';

/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Excel date serial of an ISO date (from 1900-03-01 on, where the 1900 system is exact); null when not a date. */
export function serialOfIso(iso: string): number | null {
  const day = toDayNumber(iso);
  return day === null ? null : day + UNIX_EPOCH_SERIAL;
}
