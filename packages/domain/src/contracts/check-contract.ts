import { fromDayNumber, isIsoDate, monthsBetweenParts, monthsBetweenPartsHundredths, type IsoDate } from '../dates/iso-date.js';
import { dayOfIso, MONTH_TABLE_FIRST_YEAR, MONTH_TABLE_MONTHS, monthStartTable } from '../dates/civil-days.js';
import { formatDateFr, formatEuros, formatHours } from '../dates/format-date.js';
import { lazyFinding, plainFinding, type FindingText } from '../findings/lazy-finding.js';
import { makeFinding } from '../findings/make-finding.js';
import { billableHoursOf, cohortHoursPriceable, contractHoursAndCost } from '../hours/contract-hours-and-cost.js';
import { checkAgreedPay } from '../pay/check-agreed-pay.js';
import { checkGratification, gratificationBelowMinimum, type InternshipGratificationInput } from '../pay/internship-gratification.js';
import { payBelowMinimumOfParts, tryMinimumPaySchedule, type MinimumPayInput } from '../pay/minimum-pay-schedule.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import type { ReferenceData } from '../reference-data/reference-data.js';
import { checkTrainingHoursMinimum } from '../training-minimum/training-hours-minimum.js';
import { checkApt, type AptInput } from '../workflow/checklist/check-apt.js';
import { checkAdmissibility } from './check-admissibility.js';
import { checkContractChoice } from './check-contract-choice.js';
import { checkEndDate } from './check-end-date.js';
import { checkClassicInternship } from './check-classic-internship.js';
import { checkStartDate } from './check-start-date.js';
import { checkValidationRequest } from './check-validation-request.js';
import { emptyFacts, invalidValue, isAbsent, missingValue, readFactsInto, type ContractFacts } from './contract-facts.js';
import type { ContractCheck, ContractInput, Finding } from './contract-input.js';
import { contractBounds, contractWindows, type ContractBounds } from './contract-windows.js';
import { isAlternanceContract } from './status-contract-pairs.js';

export interface CheckOptions {
  referenceData?: ReferenceData | undefined;
  /**
   * The day the check is made (Paris). Rules that depend on it (APT_MISSING: only from the
   * DDC on, §3.4 note 26) stay silent without it.
   */
  today?: IsoDate | undefined;
}

const OPEN_WINDOWS: ContractCheck['windows'] = { startDate: { min: null, max: null }, endDate: { min: null, max: null } };

/**
 * Every contract rule of domain-rules.md §3, §4, §8 and §9 on one contract. Never
 * throws: unreadable input yields MISSING_VALUE / INVALID_VALUE findings naming the field.
 */
export function checkContract(input: ContractInput, options?: CheckOptions): ContractCheck {
  const check = checkRow(input, options);
  releaseRowFindings();
  // One contract (a fiche, a mission saved by the API): plain findings with their messages
  // worded, as entities' JSON columns and their change tracking expect; only a roster's
  // checkContracts keeps them worded on demand.
  const findings = check.findings;
  for (let i = 0; i < findings.length; i++) findings[i] = plainFinding(findings[i] as Finding);
  return check;
}

/** {@link checkContract} without emptying the shared findings buffer: checkContracts empties it once, at the end. */
export function checkRow(input: ContractInput, options?: CheckOptions): ContractCheck {
  const data = options?.referenceData ?? defaultReferenceData;
  try {
    return checkReadContract(input, data, options?.today);
  } catch (error) {
    // Last line of defence for reference data edited into an inconsistent state:
    // the row is reported, the roster goes on.
    return {
      findings: [
        makeFinding('INVALID_VALUE', 'cohort', {
          fr: `Contrôle impossible avec les données de référence actuelles : ${String(error)}.`,
          en: `Cannot check against the current reference data: ${String(error)}.`,
        }),
      ],
      windows: OPEN_WINDOWS,
      durationMonths: null,
    };
  }
}

// One facts object for every row: the rules read it during the row's check only (the
// findings keep the values their messages need, never the facts).
const FACTS = emptyFacts();
// The rows' findings are appended here, then each row's are copied into an array of their
// exact length (an array grown by push keeps room for 16 or more). Emptied only now and
// then: setting the length to 0 frees the room, which the next push would allocate again.
const FOUND: Finding[] = [];

/** Empties the findings buffer, so that it keeps no finding (nor the reference data they name) after a check. */
export function releaseRowFindings(): void {
  FOUND.length = 0;
}

function checkReadContract(input: ContractInput, data: ReferenceData, today: IsoDate | undefined): ContractCheck {
  const findings = FOUND;
  if (findings.length > 4096) findings.length = 0;
  const first = findings.length;
  const facts = FACTS;
  readFactsInto(input, data, facts, findings);
  requireFields(facts, input, findings);
  // The windows and their day numbers, found once for the row's rules.
  const bounds = facts.cohort === null ? null : contractBounds(facts.cohort, facts.contractType, data);
  const windows = bounds !== null ? bounds.windows : facts.cohort === null ? OPEN_WINDOWS : contractWindows(facts.cohort, facts.contractType, data);
  // Each rule appends to the row's one list: no array per rule, no spread.
  checkAdmissibility(facts, data, findings);
  checkContractChoice(facts, data, findings);
  if (isAlternanceContract(facts.contractType)) {
    checkStartDate(facts, bounds, data, findings);
    checkEndDate(facts, bounds, data, findings);
    checkValidationRequest(facts, data, findings, bounds === null ? null : bounds.lookups);
    checkMoneyAndHours(facts, prolongedFromDay(input, facts), bounds, data, findings);
    const apt = facts.foreign ? checkApt(aptFacts(input, facts, findings), today) : null;
    if (apt) findings.push(apt);
    if (input.afterRuptureLastDay !== undefined) replacementOf(input.afterRuptureLastDay, findings, first);
  } else if (facts.contractType === 'CSTAGE') {
    // §2.2: the classic internship, « d'une durée d'au moins 8 semaines » (note 11: about 4 months preferred).
    checkClassicInternship(facts, findings);
  }
  const { startDay, endDay } = facts;
  const durationMonths = startDay !== null && endDay !== null && endDay >= startDay ? durationOf(facts, endDay) : null;
  return { findings: rowFindings(findings, first), windows, durationMonths };
}

/** A foreign student's APT facts (§3.4, note 26): the row's, with the day it was obtained when readable (else reported). */
function aptFacts(input: ContractInput, facts: ContractFacts, findings: Finding[]): AptInput {
  const on = input.aptObtainedOn;
  if (on !== undefined && on !== null && !isIsoDate(on)) findings.push(invalidValue('aptObtainedOn', on, { fr: 'une date AAAA-MM-JJ', en: 'a YYYY-MM-DD date' }));
  return { contractType: facts.contractType, foreign: facts.foreign, aptObtained: facts.aptObtained, aptObtainedOn: isIsoDate(on) ? on : null, startDate: facts.startDate };
}

/** Rules a new contract after a rupture is not held to (§5, ContractInput.afterRuptureLastDay). */
const NOT_FOR_REPLACEMENT = new Set(['OUTSIDE_CAMPAIGN', 'DDC_TOO_LATE']);

/**
 * A contract replacing one broken (§5): its row's findings from `first` on, without those of
 * the campaign and of Tableau 5's DDC window; an unreadable last day is said, and nothing dropped.
 */
function replacementOf(lastDay: unknown, findings: Finding[], first: number): void {
  if (!isIsoDate(lastDay)) {
    findings.push(makeFinding('INVALID_VALUE', 'afterRuptureLastDay', { fr: `Dernier jour du contrat rompu illisible : ${String(lastDay)}.`, en: `Unreadable last day of the broken contract: ${String(lastDay)}.` }));
    return;
  }
  let kept = first;
  for (let i = first; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (!NOT_FOR_REPLACEMENT.has(f.code)) findings[kept++] = f;
  }
  findings.length = kept;
}

/**
 * The row's findings, from `first` on, in an array of their exact length. Most rows have
 * none or one: an array literal, allocated inline, instead of a call to `slice`.
 */
export function rowFindings(found: Finding[], first: number): Finding[] {
  const count = found.length - first;
  if (count === 0) return [];
  if (count === 1) return [found[first] as Finding];
  if (count === 2) return [found[first] as Finding, found[first + 1] as Finding];
  return found.slice(first);
}

/**
 * DDC→DFC in months to the hundredth. A function of its own, so that the months are
 * rounded where they are computed: one number boxed for the result, not one more on return.
 */
function durationOf(facts: ContractFacts, endDay: number): number {
  const s = facts.startParts;
  const e = facts.endParts;
  const sd = s[2];
  const ed = e[2];
  const index = (e[0] - MONTH_TABLE_FIRST_YEAR) * 12 + e[1] - 1;
  // In hundredths, a whole number (not boxed), divided here: one number boxed for the result.
  if (index < 1 || index + 2 > MONTH_TABLE_MONTHS) return monthsBetweenPartsHundredths(s[0], s[1], sd, e[0], e[1], endDay) / 100;
  // monthsBetweenParts' arithmetic from the end's day of the month, which the row read with it:
  // the anchor (the DDC's day in the DFC's month, clamped) is after the DFC exactly when its day
  // is, and the fraction's two terms are differences of month lengths — the same whole numbers,
  // so the same quotient, without the anchors' day numbers.
  const starts = monthStartTable();
  const first = starts[index] as number;
  const length = (starts[index + 1] as number) - first;
  const clamped = sd < length ? sd : length;
  let whole = (e[0] - s[0]) * 12 + (e[1] - s[1]);
  let elapsed: number;
  let span: number;
  if (whole > 0 && clamped > ed) {
    // The anchor falls in the month before: one whole month less.
    whole -= 1;
    const before = first - (starts[index - 1] as number);
    const clampedBefore = sd < before ? sd : before;
    elapsed = before + ed - clampedBefore;
    span = before + clamped - clampedBefore;
  } else {
    const next = (starts[index + 2] as number) - (starts[index + 1] as number);
    elapsed = ed - clamped;
    span = length + (sd < next ? sd : next) - clamped;
  }
  return Math.round((whole + elapsed / span) * 100) / 100;
}

/** monthsBetweenDays(startDay, endDay) from the dates' parts, read with them: the DFC is not before the DDC. */
function monthsOf(facts: ContractFacts, endDay: number): number {
  const s = facts.startParts;
  const e = facts.endParts;
  return monthsBetweenParts(s[0], s[1], s[2], e[0], e[1], endDay);
}

/** Dates without which no date rule can run, and the birth date that the age and pay rules need. */
function requireFields(facts: ContractFacts, input: ContractInput, findings: Finding[]): void {
  if (!isAlternanceContract(facts.contractType)) return;
  // An unreadable value was reported as INVALID_VALUE already: only absent ones are missing
  // (a readable date is never absent: its field is read again only when it was not).
  const raw = input as Partial<ContractInput> | null;
  if (facts.startDay === null && isAbsent(raw?.startDate)) findings.push(missingValue('startDate'));
  if (facts.endDay === null && isAbsent(raw?.endDate)) findings.push(missingValue('endDate'));
  if ((facts.contractType === 'CAPP' || facts.contractType === 'CPRO') && facts.birthDay === null && isAbsent(raw?.birthDate)) findings.push(missingValue('birthDate'));
}

const optionsByData = new WeakMap<ReferenceData, { referenceData: ReferenceData }>();
// The last one, compared by identity before the WeakMap: a roster asks with the same reference data on every row.
let lastOptions: { referenceData: ReferenceData } | null = null;
/** The options object the pay and hours functions take, one per reference data (not one per row). */
function optionsOf(data: ReferenceData): { referenceData: ReferenceData } {
  if (lastOptions !== null && lastOptions.referenceData === data) return lastOptions;
  let options = optionsByData.get(data);
  if (!options) optionsByData.set(data, (options = { referenceData: data }));
  lastOptions = options;
  return options;
}

/** The first prolonged day of an extended contract (§4.5) as a day number, when it falls inside the contract. */
function prolongedFromDay(input: ContractInput, facts: ContractFacts): number | null {
  const day = input.extension ? dayOfIso(input.extension.from) : null;
  return day !== null && facts.startDay !== null && facts.endDay !== null && day > facts.startDay && day <= facts.endDay ? day : null;
}

/** Pay (§4.2; +15 points on the prolonged days, §4.2.1), unpaid training of a late CPRO (§3.3.2) and the training minimum of a repeated year (§4.5). */
function checkMoneyAndHours(facts: ContractFacts, extendedFromDay: number | null, bounds: ContractBounds | null, data: ReferenceData, findings: Finding[]): void {
  const { cohort, contractType, startDate, endDate, birthDate, startDay } = facts;
  // A read date has its day number: compared as numbers, not texts.
  if (cohort === null || startDate === null || endDate === null || (facts.endDay as number) < (startDay as number)) return;
  const options = optionsOf(data);

  if (contractType === 'CAPP' || contractType === 'CPRO') {
    const ddfDay = bounds?.ddfDay ?? null;
    const lateCpro = contractType === 'CPRO' && (ddfDay !== null ? (startDay as number) > ddfDay : startDate > cohort.ddf);
    // The hours are computed for the training minimum of a repeated year only; a late
    // CPRO's unbilled hours are computed when its message is read.
    if (lateCpro && cohortHoursPriceable(cohort, data)) {
      findings.push(lazyFinding('CPRO_LATE_START', 'startDate', CPRO_LATE, { cohort: cohort.code, ddf: cohort.ddf, startDate, endDate, options }, { min: null, max: cohort.ddf }));
    }
    // §4.5's minimum is for a NEW contract of the repeated year: a contract prolonged by an
    // avenant (its repeated year) is the same contract going on, whose hours were its first year's.
    const newContractOfRepeatedYear = facts.repeating && extendedFromDay === null;
    // The billable hours alone (contractHoursAndCost's, without its years' objects).
    const billableHours = newContractOfRepeatedYear ? billableHoursOf(cohort, facts.startDay as number, facts.endDay as number, data) : null;
    if (newContractOfRepeatedYear && billableHours !== null) {
      const finding = checkTrainingHoursMinimum(
        { contractType, contractMonths: monthsOf(facts, facts.endDay as number), remainingTrainingHours: billableHours },
        data,
      );
      if (finding) findings.push(finding);
    }
    const { birthDay, endDay, monthlyGrossPay } = facts;
    // Most rows are paid at least the minimum: answered from the prices on the days where
    // they may change, without the schedule; the schedule is built when the message is read.
    if (
      birthDate !== null &&
      birthDay !== null &&
      startDay !== null &&
      endDay !== null &&
      monthlyGrossPay !== null &&
      payBelowMinimumOfParts(cohort, contractType, facts.birthParts, startDay, facts.startParts, endDay, facts.endParts, facts.smcMonthly, facts.previousRatePercent, Math.round(monthlyGrossPay * 100), data, extendedFromDay, facts.higherEducationDiploma, facts.disabilityExtraYear)
    ) {
      const args: PayBelow = {
        cohort: cohort.code,
        contractType,
        birthDate,
        startDate,
        endDate,
        smcMonthly: facts.smcMonthly,
        previousRatePercent: facts.previousRatePercent,
        monthlyGrossPay,
        extendedFromDay,
        higherEducationDiploma: facts.higherEducationDiploma,
        disabilityExtraYear: facts.disabilityExtraYear,
        options,
      };
      findings.push(lazyFinding('PAY_BELOW_MINIMUM', 'monthlyGrossPay', PAY_BELOW, args));
    }
  }
  if (contractType === 'CSTAGEALT' && facts.monthlyGrossPay !== null && facts.startDay !== null && facts.endDay !== null) {
    const pay = facts.monthlyGrossPay;
    // Decided from the calendars' prefix sums; the months are built when the message is read.
    if (gratificationBelowMinimum(cohort, facts.startDay, facts.endDay, facts.hoursPerDay, Math.round(pay * 100), data)) {
      const input: GratificationArgs['input'] = { cohort: cohort.code, startDate, endDate, monthlyGrossPay: pay };
      if (facts.hoursPerDay !== null) input.hoursPerDay = facts.hoursPerDay;
      findings.push(lazyFinding('GRATIFICATION_BELOW_MINIMUM', 'monthlyGrossPay', GRATIFICATION_BELOW, { input, options }));
    }
  }
}

interface LateCpro {
  cohort: string;
  ddf: IsoDate;
  startDate: IsoDate;
  endDate: IsoDate;
  options: { referenceData: ReferenceData };
}

/** The unbilled hours of a late CPRO (§3.3.2 remark): non-null, the cohort was checked priceable. */
function unbilled(a: LateCpro): { unbilledHours: number; unbilledCost: number } {
  return contractHoursAndCost({ cohort: a.cohort, contractType: 'CPRO', startDate: a.startDate, endDate: a.endDate }, a.options) ?? { unbilledHours: Number.NaN, unbilledCost: Number.NaN };
}

const CPRO_LATE: FindingText<LateCpro> = {
  fr: (a) => {
    const hours = unbilled(a);
    return `Le contrat de professionnalisation débute le ${formatDateFr(a.startDate)}, après la DDF (${formatDateFr(a.ddf)}) : ${formatHours(hours.unbilledHours)} de formation (${formatEuros(hours.unbilledCost)}) ne seront jamais financées.`;
  },
  en: (a) => {
    const hours = unbilled(a);
    return `The professionalisation contract starts on ${a.startDate}, after the training start (${a.ddf}): ${hours.unbilledHours} training hours (€${hours.unbilledCost.toFixed(2)}) will never be paid for.`;
  },
};

interface PayBelow {
  cohort: string;
  contractType: 'CAPP' | 'CPRO';
  birthDate: IsoDate;
  startDate: IsoDate;
  endDate: IsoDate;
  smcMonthly: number | null;
  previousRatePercent: number | null;
  monthlyGrossPay: number;
  /** Day number of the prolongation's first day (§4.2.1), null without one. */
  extendedFromDay: number | null;
  /** The +15-point additions of §4.2.1 and note 27. */
  higherEducationDiploma: boolean;
  disabilityExtraYear: boolean;
  options: { referenceData: ReferenceData };
}

/** The schedule's first segment below the pay, worded by checkAgreedPay (non-null: payBelowMinimum said so). */
function payFinding(a: PayBelow): Finding | null {
  const payInput: MinimumPayInput = { cohort: a.cohort, contractType: a.contractType, birthDate: a.birthDate, startDate: a.startDate, endDate: a.endDate };
  if (a.smcMonthly !== null) payInput.smcMonthly = a.smcMonthly;
  if (a.previousRatePercent !== null) payInput.previousRatePercent = a.previousRatePercent;
  if (a.extendedFromDay !== null) payInput.extendedFrom = fromDayNumber(a.extendedFromDay);
  if (a.higherEducationDiploma || a.disabilityExtraYear) payInput.additions = { higherEducationDiploma: a.higherEducationDiploma, disabilityExtraYear: a.disabilityExtraYear };
  const schedule = tryMinimumPaySchedule(payInput, a.options);
  return schedule && checkAgreedPay(schedule, a.monthlyGrossPay);
}

const PAY_BELOW: FindingText<PayBelow> = {
  fr: (a) => payFinding(a)?.message ?? '',
  en: (a) => payFinding(a)?.messageEn ?? '',
};

interface GratificationArgs {
  input: InternshipGratificationInput & { monthlyGrossPay: number };
  options: { referenceData: ReferenceData };
}

const GRATIFICATION_BELOW: FindingText<GratificationArgs> = {
  fr: (a) => checkGratification(a.input, a.options)?.message ?? '',
  en: (a) => checkGratification(a.input, a.options)?.messageEn ?? '',
};
