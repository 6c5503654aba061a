import type { IsoDate } from './iso-date.js';

/** `dd/mm/yyyy`, as French users read dates. */
export function formatDateFr(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Euros with a comma and a narrow no-break space for thousands: 1 801,80 €. */
export function formatEuros(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const euros = Math.floor(cents / 100);
  const rest = cents - euros * 100;
  return `${amount < 0 && cents > 0 ? '-' : ''}${groupThousands(euros)},${rest < 10 ? '0' : ''}${rest} €`;
}

function groupThousands(n: number): string {
  const text = String(n);
  if (text.length <= 3) return text;
  let out = text.slice(-3);
  for (let end = text.length - 3; end > 0; end -= 3) out = `${text.slice(Math.max(0, end - 3), end)}\u202f${out}`;
  return out;
}

export function formatHours(hours: number): string {
  const rounded = Math.round(Math.abs(hours) * 100) / 100;
  const whole = Math.floor(rounded);
  const decimals = String(Math.round((rounded - whole) * 100)).padStart(2, '0').replace(/0$/, '');
  return `${hours < 0 && rounded > 0 ? '-' : ''}${groupThousands(whole)}${rounded === whole ? '' : `,${decimals}`} h`;
}
