import {
  contractHoursAndCost,
  contractWindows,
  minimumPaySchedule,
  type ContractHoursAndCost,
  type DateWindow,
} from '@alternance/domain';
import { serialOfIso } from '../roster/excel-serial.js';
import { referenceDataInUse } from '../reference/reference-data-in-use.js';
import { invalidValue } from './function-error.js';
import { isOmitted, readCohort, readContractType, readDate, readOptionalNumber } from './read-args.js';


type Bound = 'startDate' | 'endDate';

/**
 * A bound of the type window of Tableau 5 as an Excel date serial, '' when the window is
 * open on that side (a CSTAGEALT's DFC has no minimum).
 */
export function windowBound(cohortArg: unknown, contractArg: unknown, bound: Bound, side: keyof DateWindow): number | string {
  const cohort = readCohort(cohortArg);
  const contract = readContractType(contractArg, ['CAPP', 'CPRO', 'CSTAGEALT']);
  const date = contractWindows(cohort, contract, referenceDataInUse().data)[bound][side];
  return date === null ? '' : (serialOfIso(date) ?? '');
}

/** Minimum monthly gross pay on `date` of a CAPP or CPRO (§4.2, Tableaux 6–7), in euros. */
export function minimumPayOn(cohortArg: unknown, contractArg: unknown, birthArg: unknown, dateArg: unknown, smcArg?: unknown): number {
  const cohort = readCohort(cohortArg);
  const contractType = readContractType(contractArg, ['CAPP', 'CPRO']) as 'CAPP' | 'CPRO';
  const birthDate = readDate(birthArg, 'Date de naissance');
  const date = readDate(dateArg, 'Date');
  const smcMonthly = isOmitted(smcArg) ? undefined : readOptionalNumber(smcArg, 'SMC');
  if (date <= birthDate) throw invalidValue('La date doit suivre la date de naissance.');
  try {
    const [segment] = minimumPaySchedule({ cohort: cohort.code, contractType, birthDate, startDate: date, endDate: date, smcMonthly }, { referenceData: referenceDataInUse().data });
    if (!segment) throw new RangeError('aucun barème');
    return segment.monthlyMinimumGross;
  } catch (error) {
    if (error instanceof RangeError) throw invalidValue(`Salaire minimum non calculable : ${error.message}`);
    throw error;
  }
}

function hoursAndCost(cohortArg: unknown, contractType: 'CAPP' | 'CPRO', ddcArg: unknown, dfcArg: unknown): ContractHoursAndCost {
  const cohort = readCohort(cohortArg);
  const startDate = readDate(ddcArg, 'DDC');
  const endDate = readDate(dfcArg, 'DFC');
  if (endDate < startDate) throw invalidValue('La DFC précède la DDC.');
  const figures = contractHoursAndCost({ cohort: cohort.code, contractType, startDate, endDate }, { referenceData: referenceDataInUse().data });
  if (!figures) throw invalidValue(`Heures non calculables pour la formation ${cohort.code} (calendrier ou tarifs absents).`);
  return figures;
}

/** Training hours billable to the OPCO between DDC and DFC (§2.3, §2.5). */
export function billableHours(cohort: unknown, ddc: unknown, dfc: unknown): number {
  // Hours do not depend on the contract type, only the cost does.
  return hoursAndCost(cohort, 'CAPP', ddc, dfc).billableHours;
}

/** Training hours followed between the DDF and a later DDC, never paid (§3.3.2 remark). */
export function unbilledHours(cohort: unknown, ddc: unknown, dfc: unknown): number {
  return hoursAndCost(cohort, 'CAPP', ddc, dfc).unbilledHours;
}

/** Cost billed to the OPCO for a CAPP or CPRO, in euros. */
export function billedCost(cohort: unknown, contract: unknown, ddc: unknown, dfc: unknown): number {
  const contractType = readContractType(contract, ['CAPP', 'CPRO']) as 'CAPP' | 'CPRO';
  return hoursAndCost(cohort, contractType, ddc, dfc).cost;
}
