import * as functions from './functions.js';

/** Custom function id (functions.json) → implementation. A test checks it against the generated metadata. */
export const FUNCTIONS_BY_ID: Readonly<Record<string, (...args: never[]) => unknown>> = {
  DDC_MIN: functions.ddcMin,
  DDC_MAX: functions.ddcMax,
  DFC_MIN: functions.dfcMin,
  DFC_MAX: functions.dfcMax,
  CHECK: functions.check,
  CHECK_ROWS: functions.checkRowsFunction,
  MIN_PAY: functions.minPay,
  MIN_PAY_ROWS: functions.minPayRows,
  HOURS: functions.hours,
  HOURS_ROWS: functions.hoursRows,
  COST: functions.cost,
  COST_ROWS: functions.costRows,
  UNBILLED_HOURS: functions.unbilledHoursFunction,
  UNBILLED_HOURS_ROWS: functions.unbilledHoursRows,
};

/** Associates every custom function with its id; does nothing outside Excel (a browser, the tests). */
export function registerFunctions(runtime: Pick<typeof CustomFunctions, 'associate'> | undefined = globalThis.CustomFunctions): boolean {
  if (!runtime) return false;
  for (const [id, implementation] of Object.entries(FUNCTIONS_BY_ID)) runtime.associate(id, implementation as (...args: unknown[]) => unknown);
  return true;
}
