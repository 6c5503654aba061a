import type { EntityManager } from '@mikro-orm/core';
import { cohortYearsUsing, type ReferenceData } from '@alternance/domain';
import { contractIdsByType, recordChangePerContractType } from '../integration/change-fanout.js';
import type { Contract } from '../contracts/contract.entities.js';
import type { Student } from '../people/people.entities.js';
import { AlternanceCalendar } from './calendar.entities.js';

/**
 * An individual calendar change is a calendar change for the partner too (footnotes 13–15):
 * the contracts whose period holds a changed half-day have new training figures. Appended as
 * CALENDAR_PUBLISHED with `individual: true`, once per contract type of those contracts; a
 * change outside every contract touches nothing a partner holds, and appends nothing.
 */
export async function recordIndividualCalendarChange(
  em: EntityManager,
  data: ReferenceData,
  change: { studentCalendarId: string; student: Student; code: string; halfDaysChanged: number },
  affected: readonly Contract[],
  at: Date,
): Promise<void> {
  if (affected.length === 0) return;
  const calendar = await em.findOne(AlternanceCalendar, { code: change.code }, { fields: ['id', 'inForce'] });
  const years = cohortYearsUsing(data, change.code).filter((y) => y.cohort === change.student.cohort);
  await recordChangePerContractType(
    em,
    {
      type: 'CALENDAR_PUBLISHED',
      entityType: 'StudentCalendar',
      entityId: change.studentCalendarId,
      data: {
        calendarCode: change.code,
        calendarId: calendar?.id ?? null,
        cohorts: years.map((y) => ({ cohort: y.cohort, programme: y.programme, ddf: y.ddf, dff: y.dff })),
        version: calendar?.inForce ?? null,
        individual: true,
        studentId: change.student.id,
        halfDaysChanged: change.halfDaysChanged,
      },
    },
    contractIdsByType(affected, affected),
    at,
  );
}
