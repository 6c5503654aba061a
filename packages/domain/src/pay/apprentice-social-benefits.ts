import { addDays, isIsoDate, isoFromParts, parts, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import { changesWithin, inForce } from '../reference-data/in-force.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { smicMonthlyCents } from './smic-monthly.js';

/** « tant que celui-ci (celle-ci) ne touche pas un salaire dépassant 55 % du SMIC » (§4.2.1). */
export const FAMILY_ALLOWANCE_SMIC_PERCENT = 55;

export const APPRENTICE_SOCIAL_BENEFITS_REF = '§4.2.1';

/** One calendar year of the contract and its income-tax exemption ceiling (§4.2.1). */
export interface IncomeTaxExemptionYear {
  year: number;
  /** The contract's days in this year (inclusive). */
  from: IsoDate;
  to: IsoDate;
  /** Hourly SMIC the year's ceiling is priced at: the one in force on 1 January (or on the first day the data knows). */
  smicHourly: number;
  /** Annual SMIC: hourly × weekly hours × 52, in euros, to the cent (35 h × 52 = 1 820 h, §4.2.1). */
  annualSmic: number;
  /** Share of the year worked, in days (« au prorata de la période travaillée »), 1 for a full year. */
  share: number;
  /** Pay exempt from income tax this year: the annual SMIC prorated, to the cent. */
  ceiling: number;
  /** The agreed pay over the same days (monthly × 12 × share), to the cent; null without an agreed pay. */
  agreedPay: number | null;
  /** What exceeds the ceiling — « seul l'excédent est imposable » — to the cent; null without an agreed pay. */
  taxableExcess: number | null;
}

/** A stretch of constant SMIC and the family-allowance pay threshold it gives (§4.2.1). */
export interface FamilyAllowanceThreshold {
  from: IsoDate;
  to: IsoDate;
  smicHourly: number;
  /** 55 % of the monthly SMIC for full time, in euros, to the cent. */
  monthlyThreshold: number;
  /** The agreed monthly gross pay stays within it (the family may keep the allowances); null without an agreed pay. */
  agreedWithin: boolean | null;
}

export interface ApprenticeSocialBenefits {
  /**
   * « Le salaire net est égal au salaire brut » (§4.2.1): true for a contract that started before
   * the law's limit (reference data `apprenticeFullExemptionUntil`); after it the exemption of the
   * employee's contributions is no longer total and the payslip tells the net.
   */
  netEqualsGross: boolean;
  fullExemptionUntil: IsoDate;
  incomeTax: IncomeTaxExemptionYear[];
  familyAllowance: FamilyAllowanceThreshold[];
  familyAllowancePercent: number;
  ref: string;
}

export interface ApprenticeSocialBenefitsInput {
  contractType: string;
  /** DDC. */
  startDate: IsoDate;
  /** DFC. */
  endDate: IsoDate;
  /** Agreed monthly gross pay, euros; null when not known yet. */
  monthlyGrossPay?: number | null | undefined;
}

const cents = (euros: number) => Math.round(euros * 100);
const euros = (c: number) => Math.round(c) / 100;
const lastOf = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const firstOf = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const days = (from: IsoDate, to: IsoDate) => (toDayNumber(to) as number) - (toDayNumber(from) as number) + 1;

/**
 * The social benefits of an apprentice's pay (§4.2.1, « Les apprenti(e)s disposent des avantages
 * sociaux suivants »): net = gross within the law's limit, pay exempt from income tax up to the
 * annual SMIC (prorated over a year not fully worked; only the excess is taxable), and the family
 * allowances kept while the pay does not exceed 55 % of the SMIC. Null for any other contract: the
 * guide lists no such benefit for a CPRO (§4.2.2 lists the employer's) or an internship (§4.2.3).
 * Amounts are rounded to the cent, as the guide writes the SMIC's (151,67 h, 4,35 €).
 * O(calendar years + SMIC changes of the contract).
 */
export function apprenticeSocialBenefits(input: ApprenticeSocialBenefitsInput, referenceData: ReferenceData): ApprenticeSocialBenefits | null {
  if (input.contractType !== 'CAPP') return null;
  if (!isIsoDate(input.startDate)) throw new InputError('startDate', `not an ISO date: ${String(input.startDate)}`);
  if (!isIsoDate(input.endDate)) throw new InputError('endDate', `not an ISO date: ${String(input.endDate)}`);
  if (input.endDate < input.startDate) throw new InputError('endDate', 'the DFC precedes the DDC');
  const pay = input.monthlyGrossPay ?? null;
  if (pay !== null && !(Number.isFinite(pay) && pay >= 0)) throw new InputError('monthlyGrossPay', `not an amount: ${String(pay)}`);
  const legal = referenceData.legal;
  const smic = legal.smicHourly;
  const smicOn = (day: IsoDate): number => {
    const known = inForce(smic, day) ?? inForce(smic, [...smic].sort((a, b) => (a.from < b.from ? -1 : 1))[0]?.from ?? day);
    if (known === null) throw new InputError('referenceData.legal.smicHourly', 'no SMIC is known');
    return known;
  };

  const incomeTax: IncomeTaxExemptionYear[] = [];
  for (let year = parts(input.startDate)[0]; year <= parts(input.endDate)[0]; year += 1) {
    const jan1 = isoFromParts(year, 1, 1);
    const dec31 = isoFromParts(year, 12, 31);
    const from = lastOf(input.startDate, jan1);
    const to = firstOf(input.endDate, dec31);
    const share = days(from, to) / days(jan1, dec31);
    const smicHourly = smicOn(jan1);
    const annualSmicCents = cents(smicHourly * legal.weeklyHours * 52);
    const ceilingCents = Math.round(annualSmicCents * share);
    const agreedCents = pay === null ? null : Math.round(cents(pay) * 12 * share);
    incomeTax.push({
      year,
      from,
      to,
      smicHourly,
      annualSmic: euros(annualSmicCents),
      share,
      ceiling: euros(ceilingCents),
      agreedPay: agreedCents === null ? null : euros(agreedCents),
      taxableExcess: agreedCents === null ? null : euros(Math.max(0, agreedCents - ceilingCents)),
    });
  }

  const familyAllowance: FamilyAllowanceThreshold[] = [];
  const starts = [input.startDate, ...changesWithin(smic, input.startDate, input.endDate)];
  for (const [i, from] of starts.entries()) {
    const next = starts[i + 1];
    const to = next ? addDays(next, -1) : input.endDate;
    const smicHourly = smicOn(from);
    const thresholdCents = Math.round((smicMonthlyCents(smicHourly, legal.weeklyHours) * FAMILY_ALLOWANCE_SMIC_PERCENT) / 100);
    familyAllowance.push({ from, to, smicHourly, monthlyThreshold: euros(thresholdCents), agreedWithin: pay === null ? null : cents(pay) <= thresholdCents });
  }

  return {
    netEqualsGross: input.startDate < legal.apprenticeFullExemptionUntil,
    fullExemptionUntil: legal.apprenticeFullExemptionUntil,
    incomeTax,
    familyAllowance,
    familyAllowancePercent: FAMILY_ALLOWANCE_SMIC_PERCENT,
    ref: APPRENTICE_SOCIAL_BENEFITS_REF,
  };
}
