import { describe, expect, it } from 'vitest';
import { civilFromDay } from '../dates/civil-days.js';
import { toDayNumber } from '../dates/iso-date.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { apprenticeBracketIndex } from './apprentice-age-bracket.js';
import { apprenticeGridYearsOfDay, gridYearOn } from './apprentice-grid-years.js';
import { cproBracketIndex } from './cpro-age-bracket.js';
import { payAgeFromParts } from './pay-age.js';
import { payPlan, plainPriceKeyOn } from './pay-plan.js';
import { indexOn, payTables, plainPriceKey } from './pay-tables.js';

const data = defaultReferenceData;
const tables = payTables(data);

describe('plainPriceKeyOn', () => {
  // The plan keeps the last period of constant SMIC, grid and grid year: DFCs going back and
  // forth across the days where one of them changes must each get their own day's key.
  it('gives the key of each day, across the days where the SMIC, the grid or the grid year change', () => {
    const birth = civilFromDay(toDayNumber('2003-05-17') as number);
    for (const cohort of data.cohorts) {
      for (const capp of [true, false]) {
        const plan = payPlan(data, cohort, capp);
        if (!plan.highestOnDfc) continue;
        const steps = capp ? apprenticeGridYearsOfDay(cohort, toDayNumber(cohort.ddf) as number, data) : [];
        const changes = [...tables.smicMonthlyCents.days, ...(capp ? tables.apprenticeGrid.days : tables.cproGrid.days), ...steps.map((s) => s.fromDay)].filter(Number.isFinite);
        // Each change approached from the day before, then from after, then from far before.
        const days = changes.flatMap((day) => [day - 1, day, day - 1, day + 40, day - 400, day]);
        for (const day of days) {
          const [year, month] = civilFromDay(day);
          const smicIndex = indexOn(tables.smicMonthlyCents, day);
          const gridIndex = capp ? indexOn(tables.apprenticeGrid, day) : indexOn(tables.cproGrid, day);
          const age = payAgeFromParts(birth[0], birth[1], birth[2], year, month);
          const expected =
            smicIndex < 0 || gridIndex < 0
              ? -1
              : capp
                ? plainPriceKey(tables, true, smicIndex, gridIndex, apprenticeBracketIndex(age), gridYearOn(steps, day))
                : plainPriceKey(tables, false, smicIndex, gridIndex, cproBracketIndex(age), 0);
          expect(plainPriceKeyOn(plan, birth, day, year, month), `${cohort.code} ${capp ? 'CAPP' : 'CPRO'} day ${day}`).toBe(expected);
        }
      }
    }
  });
});
