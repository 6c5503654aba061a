import type { Finding } from '../contracts/contract-input.js';
import { formatDateFr } from '../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { makeFinding } from '../findings/make-finding.js';

/**
 * The exact last day of a broken contract, that day included (§5, note 35): required,
 * and within the contract (from its DDC to its DFC) — RUPTURE_LAST_DAY_INVALID otherwise.
 */
export function checkRuptureLastDay(input: { lastDay: IsoDate | null | undefined; startDate: IsoDate; endDate: IsoDate }): Finding | null {
  const { lastDay, startDate, endDate } = input;
  if (!lastDay || !isIsoDate(lastDay)) {
    return makeFinding('RUPTURE_LAST_DAY_INVALID', 'endDate', {
      fr: 'Indiquez la date exacte du dernier jour du contrat (ce jour étant inclus dans le contrat).',
      en: 'Give the exact last day of the contract (that day is included in the contract).',
    });
  }
  if (lastDay < startDate || lastDay > endDate) {
    return makeFinding(
      'RUPTURE_LAST_DAY_INVALID',
      'endDate',
      {
        fr: `Le dernier jour (${formatDateFr(lastDay)}) doit être compris dans le contrat, du ${formatDateFr(startDate)} au ${formatDateFr(endDate)}.`,
        en: `The last day (${formatDateFr(lastDay)}) must fall within the contract, from ${formatDateFr(startDate)} to ${formatDateFr(endDate)}.`,
      },
      { min: startDate, max: endDate },
    );
  }
  return null;
}
