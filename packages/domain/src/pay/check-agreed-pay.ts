import { formatDateFr, formatEuros } from '../dates/format-date.js';
import type { Finding } from '../contracts/contract-input.js';
import { makeFinding } from '../findings/make-finding.js';
import type { PaySegment } from './minimum-pay-schedule.js';

/**
 * PAY_BELOW_MINIMUM (§4.2, Tableaux 6–7) when the agreed monthly gross pay, read as full
 * time (151,67 h a month), is below the minimum of some segment of the schedule; the
 * finding names the first such segment, its amounts and its period. Null when the pay
 * reaches every minimum, or when there is nothing to compare (no segment, no amount).
 * Compared in cents, so 966,21 € meets a minimum of 966,21 €.
 */
export function checkAgreedPay(segments: readonly PaySegment[], monthlyGrossPay: number): Finding | null {
  if (!Number.isFinite(monthlyGrossPay)) return null;
  const payCents = Math.round(monthlyGrossPay * 100);
  let firstIndex = -1;
  for (let i = 0; i < segments.length && firstIndex < 0; i++) {
    if (Math.round((segments[i] as PaySegment).monthlyMinimumGross * 100) > payCents) firstIndex = i;
  }
  if (firstIndex < 0) return null;
  const first = segments[firstIndex] as PaySegment;
  let others = 0;
  for (let i = firstIndex + 1; i < segments.length; i++) if (Math.round((segments[i] as PaySegment).monthlyMinimumGross * 100) > payCents) others += 1;
  const rate = `${String(first.ratePercent).replace('.', ',')} % du ${first.base}`;
  const rateEn = `${first.ratePercent}% of the ${first.base}`;
  const yearFr = first.gridYear === null ? '' : `, ${first.gridYear === 1 ? '1re' : `${first.gridYear}e`} année`;
  const yearEn = first.gridYear === null ? '' : `, year ${first.gridYear}`;
  const ages = first.ageBracket === '<21' ? 'moins de 21 ans' : first.ageBracket === '26+' ? '26 ans et plus' : `${first.ageBracket.replace('-', ' à ')} ans`;
  const agesEn = first.ageBracket === '<21' ? 'under 21' : first.ageBracket === '26+' ? '26 and over' : `aged ${first.ageBracket}`;
  const moreFr = others === 0 ? '' : ` (et ${others} autre${others > 1 ? 's' : ''} période${others > 1 ? 's' : ''})`;
  const moreEn = others === 0 ? '' : ` (and ${others} other period${others > 1 ? 's' : ''})`;
  return makeFinding('PAY_BELOW_MINIMUM', 'monthlyGrossPay', {
    fr:
      `Le salaire brut mensuel convenu (${formatEuros(monthlyGrossPay)} pour un temps plein) est inférieur au minimum de ` +
      `${formatEuros(first.monthlyMinimumGross)} (${rate}, ${ages}${yearFr}) du ${formatDateFr(first.from)} au ${formatDateFr(first.to)}${moreFr}.`,
    en:
      `The agreed monthly gross pay (€${monthlyGrossPay.toFixed(2)} for full time) is below the minimum of ` +
      `€${first.monthlyMinimumGross.toFixed(2)} (${rateEn}, ${agesEn}${yearEn}) from ${first.from} to ${first.to}${moreEn}.`,
  });
}
