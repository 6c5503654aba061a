import { formatDateFr } from '../../dates/format-date.js';
import { isIsoDate, toDayNumber, type IsoDate } from '../../dates/iso-date.js';
import { addJoursOuvrables } from '../../holidays/add-jours-ouvrables.js';
import { countJoursOuvrables } from '../../holidays/count-jours-ouvrables.js';
import { addDays } from '../../dates/iso-date.js';
import type { HolidayOptions } from '../../holidays/french-public-holidays.js';
import { defaultReferenceData } from '../../reference-data/default-reference-data.js';
import { workflowDefaults } from '../workflow-defaults.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';
import { InputError } from '../../findings/input-error.js';
import type { ChecklistItem } from './contract-checklist.js';

/** A checklist item with its progress; any code, so that the manager may add items of their own. */
export type ChecklistItemProgress = Pick<ChecklistItem, 'label' | 'labelEn' | 'dueDate'> & Partial<Pick<ChecklistItem, 'sansDelai'>> & { code: string; done: boolean };

/**
 * The last due date the office looks at today (§3.4): an item not done is flagged — due soon or
 * late — exactly when its due date is on or before this day. The warning counts `warnDays`
 * jours ouvrables, as the due dates themselves (« dès validation »: N jours ouvrables after the
 * validation): the contract page, the contracts list's « en retard » filter and the dashboard's
 * count all compare the due dates to this one day.
 */
export function checklistAttentionLimit(today: IsoDate, warnDays: number = workflowDefaults.checklistWarnDays, options: HolidayOptions = { whitMondayHoliday: defaultReferenceData.settings.whitMondayHoliday }): IsoDate {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  if (!Number.isInteger(warnDays) || warnDays < 0) throw new InputError('warnDays', `not a whole number of days: ${String(warnDays)}`);
  return addJoursOuvrables(today, warnDays, options);
}

/**
 * CHECKLIST_OVERDUE (warning, §3.4, Figure 15) for each item not done whose due date is
 * on or before checklistAttentionLimit (`warnDays` jours ouvrables away or less), or past. The finding's subject is
 * the item code; its window ends on the due date. An item « à faire sans délai » (validated on or
 * after the DDC, validatedAfterStart) says so: its due date counts from the validation, and the
 * « avant le début » the guide asks for is not what it is late against.
 */
export function checklistOverdue(items: readonly ChecklistItemProgress[], today: IsoDate, warnDays: number = workflowDefaults.checklistWarnDays, options: HolidayOptions = { whitMondayHoliday: defaultReferenceData.settings.whitMondayHoliday }): WorkflowFinding[] {
  const now = toDayNumber(today);
  if (now === null) throw new InputError('today', `not an ISO date: ${String(today)}`);
  const limit = checklistAttentionLimit(today, warnDays, options);
  const findings: WorkflowFinding[] = [];
  for (const item of items) {
    if (item.done) continue;
    const due = toDayNumber(item.dueDate);
    if (due === null) throw new InputError(`${item.code}.dueDate`, `not an ISO date: ${String(item.dueDate)}`);
    if (item.dueDate > limit) continue;
    const left = due - now;
    // « dans N jour(s) ouvrable(s) »: counted as the warning is (checklistAttentionLimit), tomorrow to the due date.
    const ouvrablesLeft = left < 0 ? 0 : countJoursOuvrables(addDays(today, 1), item.dueDate, options);
    const inDays = { fr: `dans ${ouvrablesLeft} jour(s) ouvrable(s)`, en: `in ${ouvrablesLeft} working day(s)` };
    const late = item.sansDelai
      ? { fr: 'à faire sans délai, le contrat ayant commencé avant la validation de la mission', en: 'to do without delay, the contract having started before the mission was validated' }
      : null;
    const when =
      left < 0
        ? { fr: `en retard depuis le ${formatDateFr(item.dueDate)}`, en: `overdue since ${formatDateFr(item.dueDate)}` }
        : late
          ? { fr: `${late.fr} : au plus tard le ${formatDateFr(item.dueDate)} (${inDays.fr})`, en: `${late.en}: by ${formatDateFr(item.dueDate)} (${inDays.en})` }
          : { fr: `à faire au plus tard le ${formatDateFr(item.dueDate)} (${inDays.fr})`, en: `due by ${formatDateFr(item.dueDate)} (${inDays.en})` };
    if (left < 0 && late) {
      when.fr += ` (${late.fr})`;
      when.en += ` (${late.en})`;
    }
    findings.push(
      workflowFinding(
        'CHECKLIST_OVERDUE',
        { subject: item.code },
        { fr: `${item.label} : ${when.fr}.`, en: `${item.labelEn}: ${when.en}.` },
        { min: null, max: item.dueDate },
      ),
    );
  }
  return findings;
}
