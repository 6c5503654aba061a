// The add-in's custom functions (namespace ALTERNANCE). custom-functions-metadata reads
// the JSDoc of this file at build time to write functions.json: the tags are the API.
// Every function is synchronous and runs the bundled rules: no network.
import { checkRows, CHECK_COLUMNS } from './check-rows.js';
import { billableHours, billedCost, minimumPayOn, unbilledHours, windowBound } from './contract-functions.js';
import { spill, zipColumns } from './spill-rows.js';

// Parameters are `unknown` (metadata type "any"): Excel passes numbers, text, booleans or
// null, and each argument is read as a roster cell would be. Type aliases are not allowed here.

/**
 * Earliest allowed DDC (contract start) of the contract type in the cohort (Tableau 5), as a date.
 * @customfunction DDC_MIN
 * @param cohort Formation, e.g. MASTER-2025.
 * @param contract Contrat: CAPP, CPRO or CSTAGEALT.
 * @returns Date (format the cell as a date).
 */
export function ddcMin(cohort: unknown, contract: unknown): number | string {
  return windowBound(cohort, contract, 'startDate', 'min');
}

/**
 * Latest allowed DDC (contract start) of the contract type in the cohort (Tableau 5), as a date.
 * @customfunction DDC_MAX
 * @param cohort Formation, e.g. MASTER-2025.
 * @param contract Contrat: CAPP, CPRO or CSTAGEALT.
 * @returns Date (format the cell as a date).
 */
export function ddcMax(cohort: unknown, contract: unknown): number | string {
  return windowBound(cohort, contract, 'startDate', 'max');
}

/**
 * Earliest allowed DFC (contract end) of the contract type in the cohort (Tableau 5); empty when there is none.
 * @customfunction DFC_MIN
 * @param cohort Formation, e.g. MASTER-2025.
 * @param contract Contrat: CAPP, CPRO or CSTAGEALT.
 * @returns Date (format the cell as a date), or empty.
 */
export function dfcMin(cohort: unknown, contract: unknown): number | string {
  return windowBound(cohort, contract, 'endDate', 'min');
}

/**
 * Latest allowed DFC (contract end) of the contract type in the cohort (Tableau 5).
 * @customfunction DFC_MAX
 * @param cohort Formation, e.g. MASTER-2025.
 * @param contract Contrat: CAPP, CPRO or CSTAGEALT.
 * @returns Date (format the cell as a date).
 */
export function dfcMax(cohort: unknown, contract: unknown): number | string {
  return windowBound(cohort, contract, 'endDate', 'max');
}

/**
 * Rule codes of one roster row, or OK.
 * @customfunction CHECK
 * @param cohort Formation.
 * @param status Statut: FI or FC.
 * @param contract Contrat: CAPP, CPRO, CSTAGEALT, CSTAGE or SANS.
 * @param birthDate Date de naissance.
 * @param requestDate Date de demande.
 * @param validationDate Date de validation.
 * @param ddc DDC (contract start).
 * @param dfc DFC (contract end).
 * @param [pay] Salaire brut mensuel.
 * @param [foreign] Étranger (oui/non).
 * @param [apt] APT obtenue (oui/non).
 * @param [repeating] Redoublant (oui/non).
 * @param [professionalisationValidated] Professionnalisation validée (oui/non): with Redoublant, opens the pairs of Tableau 3 kept for them.
 * @param [group] Groupe: CLASSIC or ALTERNANCE.
 * @param [cproReason] Motif CPRO (a CPRO before the age limit needs one).
 * @param [stageAltApproved] Stage en alternance approuvé par le responsable (oui/non).
 * @param [smc] SMC: salaire minimum conventionnel mensuel (€), for the minimum pay.
 * @returns Rule codes separated by commas, or OK.
 */
export function check(
  cohort: unknown, status: unknown, contract: unknown, birthDate: unknown, requestDate: unknown, validationDate: unknown, ddc: unknown, dfc: unknown,
  pay?: unknown, foreign?: unknown, apt?: unknown,
  repeating?: unknown, professionalisationValidated?: unknown, group?: unknown, cproReason?: unknown, stageAltApproved?: unknown, smc?: unknown,
): string {
  return checkRows([[
    cohort, status, contract, birthDate, requestDate, validationDate, ddc, dfc, pay, foreign, apt,
    repeating, professionalisationValidated, group, cproReason, stageAltApproved, smc,
  ]])[0] ?? '';
}

/**
 * Rule codes of every row of a roster: one call for a whole table, one result column.
 * @customfunction CHECK_ROWS
 * @param cohorts Formation column.
 * @param statuses Statut column.
 * @param contracts Contrat column.
 * @param birthDates Date de naissance column.
 * @param requestDates Date de demande column.
 * @param validationDates Date de validation column.
 * @param ddcs DDC column.
 * @param dfcs DFC column.
 * @param [pays] Salaire brut mensuel column.
 * @param [foreigns] Étranger column.
 * @param [apts] APT column.
 * @returns One column of rule codes (OK when none).
 */
export function checkRowsFunction(
  cohorts: unknown[][], statuses: unknown[][], contracts: unknown[][], birthDates: unknown[][], requestDates: unknown[][], validationDates: unknown[][],
  ddcs: unknown[][], dfcs: unknown[][], pays?: unknown[][], foreigns?: unknown[][], apts?: unknown[][],
): string[][] {
  const args = [cohorts, statuses, contracts, birthDates, requestDates, validationDates, ddcs, dfcs, pays, foreigns, apts];
  const { rows } = zipColumns(args.map((range, i) => ({ range, label: CHECK_COLUMNS[i] as string })));
  return checkRows(rows).map((codes) => [codes]);
}

/**
 * Minimum monthly gross pay on a date of a CAPP or CPRO (Tableaux 6–7), for full time.
 * @customfunction MIN_PAY
 * @param cohort Formation.
 * @param contract Contrat: CAPP or CPRO.
 * @param birthDate Date de naissance.
 * @param date The day the minimum applies to.
 * @param [smc] Salaire minimum conventionnel (SMC) of the branch, monthly, in euros.
 * @returns Euros per month.
 */
export function minPay(cohort: unknown, contract: unknown, birthDate: unknown, date: unknown, smc?: unknown): number {
  return minimumPayOn(cohort, contract, birthDate, date, smc);
}

/**
 * Minimum monthly gross pay of every row.
 * @customfunction MIN_PAY_ROWS
 * @param cohorts Formation column (or one cell).
 * @param contracts Contrat column (or one cell).
 * @param birthDates Date de naissance column.
 * @param dates Date column (or one cell).
 * @param [smcs] SMC column (or one cell).
 * @returns One column of euros.
 */
export function minPayRows(cohorts: unknown[][], contracts: unknown[][], birthDates: unknown[][], dates: unknown[][], smcs?: unknown[][]): unknown[][] {
  const rows = zipColumns([
    { range: cohorts, label: 'Formation' }, { range: contracts, label: 'Contrat' }, { range: birthDates, label: 'Date de naissance' },
    { range: dates, label: 'Date' }, { range: smcs, label: 'SMC' },
  ]);
  return spill(rows, ([cohort, contract, birth, date, smc]) => minimumPayOn(cohort, contract, birth, date, smc));
}

/**
 * Training hours billable to the OPCO between DDC and DFC.
 * @customfunction HOURS
 * @param cohort Formation.
 * @param ddc DDC (contract start).
 * @param dfc DFC (contract end).
 * @returns Hours.
 */
export function hours(cohort: unknown, ddc: unknown, dfc: unknown): number {
  return billableHours(cohort, ddc, dfc);
}

/**
 * Billable training hours of every row.
 * @customfunction HOURS_ROWS
 * @param cohorts Formation column (or one cell).
 * @param ddcs DDC column.
 * @param dfcs DFC column.
 * @returns One column of hours.
 */
export function hoursRows(cohorts: unknown[][], ddcs: unknown[][], dfcs: unknown[][]): unknown[][] {
  const rows = zipColumns([{ range: cohorts, label: 'Formation' }, { range: ddcs, label: 'DDC' }, { range: dfcs, label: 'DFC' }]);
  return spill(rows, ([cohort, ddc, dfc]) => billableHours(cohort, ddc, dfc));
}

/**
 * Cost billed to the OPCO for a CAPP or CPRO between DDC and DFC.
 * @customfunction COST
 * @param cohort Formation.
 * @param contract Contrat: CAPP or CPRO.
 * @param ddc DDC (contract start).
 * @param dfc DFC (contract end).
 * @returns Euros.
 */
export function cost(cohort: unknown, contract: unknown, ddc: unknown, dfc: unknown): number {
  return billedCost(cohort, contract, ddc, dfc);
}

/**
 * Billed cost of every row.
 * @customfunction COST_ROWS
 * @param cohorts Formation column (or one cell).
 * @param contracts Contrat column (or one cell).
 * @param ddcs DDC column.
 * @param dfcs DFC column.
 * @returns One column of euros.
 */
export function costRows(cohorts: unknown[][], contracts: unknown[][], ddcs: unknown[][], dfcs: unknown[][]): unknown[][] {
  const rows = zipColumns([
    { range: cohorts, label: 'Formation' }, { range: contracts, label: 'Contrat' }, { range: ddcs, label: 'DDC' }, { range: dfcs, label: 'DFC' },
  ]);
  return spill(rows, ([cohort, contract, ddc, dfc]) => billedCost(cohort, contract, ddc, dfc));
}

/**
 * Training hours followed between the training start (DDF) and a later DDC, which are never paid.
 * @customfunction UNBILLED_HOURS
 * @param cohort Formation.
 * @param ddc DDC (contract start).
 * @param dfc DFC (contract end).
 * @returns Hours.
 */
export function unbilledHoursFunction(cohort: unknown, ddc: unknown, dfc: unknown): number {
  return unbilledHours(cohort, ddc, dfc);
}

/**
 * Unbilled training hours of every row.
 * @customfunction UNBILLED_HOURS_ROWS
 * @param cohorts Formation column (or one cell).
 * @param ddcs DDC column.
 * @param dfcs DFC column.
 * @returns One column of hours.
 */
export function unbilledHoursRows(cohorts: unknown[][], ddcs: unknown[][], dfcs: unknown[][]): unknown[][] {
  const rows = zipColumns([{ range: cohorts, label: 'Formation' }, { range: ddcs, label: 'DDC' }, { range: dfcs, label: 'DFC' }]);
  return spill(rows, ([cohort, ddc, dfc]) => unbilledHours(cohort, ddc, dfc));
}
