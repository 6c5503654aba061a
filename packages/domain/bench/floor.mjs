// The floor of a roster check (issue 15): the least work any engine must do per row — look
// up the row's cohort window, parse its dates and compare them — by a minimal loop, with no
// findings, no messages, no allocation per row. checkContracts is judged against it
// measured in the same process, so that a slower or busier machine does not change the
// verdict (target: within 10×).

/** Day number of a `YYYY-MM-DD` text, or NaN: the cheapest parse that still checks the digits. */
function dayOf(text) {
  if (typeof text !== 'string' || text.length !== 10) return Number.NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) y = y * 10 + text.charCodeAt(i) - 48;
  const m = (text.charCodeAt(5) - 48) * 10 + text.charCodeAt(6) - 48;
  const d = (text.charCodeAt(8) - 48) * 10 + text.charCodeAt(9) - 48;
  if (m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
  // Days from civil (proleptic Gregorian), integer arithmetic.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function plusMonths(iso, months) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return Math.round(date.getTime() / 864e5);
}

/** Per cohort code and contract type, the DDC and DFC windows as day numbers (built once, outside the timed loop). */
export function floorWindows(data) {
  const windows = new Map();
  for (const cohort of data.cohorts) {
    const byType = {};
    for (const [type, rule] of Object.entries(data.contractDateRules)) {
      byType[type] = {
        startMin: plusMonths(cohort.ddf, -rule.startMonthsBeforeDdf),
        startMax: plusMonths(cohort.ddf, rule.startMonthsAfterDdf),
        endMin: rule.endMinMonthsAfterDff === null ? Number.NEGATIVE_INFINITY : plusMonths(cohort.dff, rule.endMinMonthsAfterDff),
        endMax: plusMonths(cohort.dff, rule.endMaxMonthsAfterDff),
      };
    }
    windows.set(cohort.code, byType);
  }
  return windows;
}

/** The floor: every row's dates parsed and compared with its window; returns a count so that nothing is optimised away. */
export function floorCheck(rows, windows) {
  let outside = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const w = windows.get(row.cohort)?.[row.contractType];
    const start = dayOf(row.startDate);
    const end = dayOf(row.endDate);
    const birth = dayOf(row.birthDate);
    if (w === undefined || !(start >= w.startMin && start <= w.startMax) || !(end >= w.endMin && end <= w.endMax) || !(birth < start)) outside += 1;
  }
  return outside;
}
