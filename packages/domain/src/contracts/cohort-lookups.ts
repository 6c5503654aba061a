import { addDays, toDayNumber, type IsoDate } from '../dates/iso-date.js';
import type { HolidayOptions } from '../holidays/french-public-holidays.js';
import { IdentityMap } from '../reference-data/identity-map.js';
import type { Campaign, Cohort, ReferenceData } from '../reference-data/reference-data.js';

/*
 * What the contract rules ask of the reference data on every roster row, computed once per
 * ReferenceData object and cohort (issue 15: no repeated look-up, no closure, no string per
 * row for an answer that depends on the cohort only).
 */

export interface CohortFacts {
  /** The cohort's validation campaign (§3.3), if the reference data has it. */
  campaign: Campaign | null;
  /** The day before the next training year's DDF: the latest DFC of a student who continues (Tableau 5). */
  dayBeforeNextTraining: IsoDate | null;
  /** The campaign's opening and closing days as day numbers; null without a campaign or when its date is unreadable (then compared as text). */
  opensDay: number | null;
  closesDay: number | null;
}

const byData = new WeakMap<ReferenceData, IdentityMap<Cohort, CohortFacts>>();
const holidayOptions = new WeakMap<ReferenceData, HolidayOptions>();

// A roster is checked against one ReferenceData: the last one is compared by identity before any WeakMap look-up.
let lastData: ReferenceData | null = null;
let lastByCohort: IdentityMap<Cohort, CohortFacts> | null = null;

export function cohortFacts(cohort: Cohort, data: ReferenceData): CohortFacts {
  let byCohort = data === lastData ? lastByCohort : byData.get(data);
  if (!byCohort) byData.set(data, (byCohort = new IdentityMap()));
  lastData = data;
  lastByCohort = byCohort;
  let facts = byCohort.get(cohort);
  if (!facts) byCohort.set(cohort, (facts = computeCohortFacts(cohort, data)));
  return facts;
}

/** Apart from cohortFacts, whose every call would otherwise allocate the context of the closure capturing `cohort`. */
function computeCohortFacts(cohort: Cohort, data: ReferenceData): CohortFacts {
  const campaign = data.campaigns.find((c) => c.code === cohort.campaign) ?? null;
  return {
    campaign,
    dayBeforeNextTraining: cohort.nextTrainingStart === null ? null : addDays(cohort.nextTrainingStart, -1),
    opensDay: campaign === null ? null : toDayNumber(campaign.opens),
    closesDay: campaign === null ? null : toDayNumber(campaign.closes),
  };
}

/** The holiday options of the reference data's settings, as one shared object. */
export function holidayOptionsOf(data: ReferenceData): HolidayOptions {
  if (data === lastOptionsData && lastOptions !== null) return lastOptions;
  let options = holidayOptions.get(data);
  if (!options) holidayOptions.set(data, (options = { whitMondayHoliday: data.settings.whitMondayHoliday }));
  lastOptionsData = data;
  lastOptions = options;
  return options;
}

let lastOptionsData: ReferenceData | null = null;
let lastOptions: HolidayOptions | null = null;
