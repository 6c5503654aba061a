import type { IsoDate } from './iso-date.js';

/** `dd/mm/yyyy`, as French users read dates. */
export function formatDateFr(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Euros with a comma and a narrow no-break space for thousands: 1 801,80 €. */
export function formatEuros(amount: number): string {
  const [int, dec] = amount.toFixed(2).split('.');
  return `${(int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${dec ?? '00'} €`;
}

export function formatHours(hours: number): string {
  return `${(Math.round(hours * 100) / 100).toString().replace('.', ',')} h`;
}
