import type { EntityManager } from '@mikro-orm/core';
import { isIsoDate, type ReferenceData } from '@alternance/domain';
import { LivretSettings } from './livret.entities.js';

export interface LivretSettingsView {
  cohort: string;
  academicYear: string;
  version: number;
  trainingStart: string;
  soutenance: string;
  firstVisit: string;
  secondVisit: string;
  commonDates: boolean;
  graceDays: number;
  reminderDaysBefore: number;
}

/** `2025-2026` for a training year starting in 2025. */
export const academicYearOf = (ddf: string): string => `${ddf.slice(0, 4)}-${Number(ddf.slice(0, 4)) + 1}`;

/** The training year of a cohort that starts in `academicYear` (a Master cohort has two), or null. */
export function cohortYear(data: ReferenceData, cohort: string, academicYear: string): { ddf: string; dff: string; programme: string } | null {
  const found = data.cohorts.find((c) => c.code === cohort);
  return found?.years.find((y) => academicYearOf(y.ddf) === academicYear) ?? null;
}

/**
 * The livret settings of a cohort's year: the manager's, or derived from the cohort — the
 * soutenance on its DFF, the common visit dates at the end of the usual windows (§4.6:
 * 1st visit January/February, 2nd April/May), a week of grace, reminders a week before.
 */
export async function livretSettingsFor(em: EntityManager, data: ReferenceData, cohort: string, academicYear: string): Promise<LivretSettingsView | null> {
  const year = cohortYear(data, cohort, academicYear);
  if (!year) return null;
  return settingsView(cohort, academicYear, year, await em.findOne(LivretSettings, { cohort, academicYear }));
}

/**
 * The settings of several cohorts' years in one read (keyed `cohort academicYear`, unknown
 * years left out): a student's livrets are one per year (livret.entities.ts), each of its
 * own cohort's year, so reading them one by one costs a query per livret.
 */
export async function livretSettingsForEach(em: EntityManager, data: ReferenceData, keys: { cohort: string; academicYear: string }[]): Promise<Map<string, LivretSettingsView>> {
  const known = keys.flatMap((k) => {
    const year = cohortYear(data, k.cohort, k.academicYear);
    return year ? [{ ...k, year }] : [];
  });
  const views = new Map<string, LivretSettingsView>();
  if (!known.length) return views;
  const stored = await em.find(LivretSettings, { $or: known.map(({ cohort, academicYear }) => ({ cohort, academicYear })) });
  for (const { cohort, academicYear, year } of known) {
    views.set(settingsKey(cohort, academicYear), settingsView(cohort, academicYear, year, stored.find((s) => s.cohort === cohort && s.academicYear === academicYear) ?? null));
  }
  return views;
}

export const settingsKey = (cohort: string, academicYear: string): string => `${cohort} ${academicYear}`;

function settingsView(cohort: string, academicYear: string, year: { ddf: string; dff: string }, stored: LivretSettings | null): LivretSettingsView {
  if (stored) {
    return { cohort, academicYear, version: stored.version, trainingStart: year.ddf, soutenance: stored.soutenance, firstVisit: stored.firstVisit, secondVisit: stored.secondVisit, commonDates: stored.commonDates, graceDays: stored.graceDays, reminderDaysBefore: stored.reminderDaysBefore };
  }
  const next = Number(year.ddf.slice(0, 4)) + 1;
  const firstVisit = `${next}-02-27`;
  const secondVisit = `${next}-05-29`;
  return {
    cohort,
    academicYear,
    version: 0,
    trainingStart: year.ddf,
    soutenance: isIsoDate(year.dff) && year.dff > secondVisit ? year.dff : `${next}-06-30`,
    firstVisit,
    secondVisit,
    commonDates: false,
    graceDays: 7,
    reminderDaysBefore: 7,
  };
}
