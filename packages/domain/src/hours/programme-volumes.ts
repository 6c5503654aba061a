import type { IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import { defaultReferenceData } from '../reference-data/default-reference-data.js';
import { inForce } from '../reference-data/in-force.js';
import { findCohort, indexReferenceData } from '../reference-data/lookup.js';
import type { ReferenceData } from '../reference-data/reference-data.js';

/** One training year of a cohort with the volumes and cost a contract is drawn up with (§2.3, §2.5). */
export interface ProgrammeVolume {
  programme: string;
  /** The programme's name, e.g. 'M1 MIAGE'. */
  name: string;
  /** The year's DDF and DFF. */
  from: IsoDate;
  to: IsoDate;
  /** Training hours of the year: evaluation, support and teaching (§2.3). */
  trainingHours: number;
  /** Of which teaching hours (§2.3). */
  teachingHours: number;
  /** Cost of the year billed to the OPCO, per contract type (§2.5). */
  annualCost: { CAPP: number; CPRO: number };
}

/**
 * The volumes of each training year of a cohort (§2.3: « ces volumes sont notamment utiles
 * pour l'établissement des contrats/conventions ») and its annual cost (§2.5), as in force at
 * the cohort's DDF — the costs are those « pour les contrats d'alternance débutant en
 * 2025/2026 », so both years of a Master keep the rates of its first, as contractHoursAndCost
 * prices them. A year without rates in force (a classic programme such as L3G) is left out.
 * Throws an InputError naming `cohort` for an unknown cohort.
 */
export function programmeVolumes(input: { cohort: string }, options?: { referenceData?: ReferenceData | undefined }): ProgrammeVolume[] {
  const data = options?.referenceData ?? defaultReferenceData;
  const cohort = typeof input.cohort === 'string' ? findCohort(data, input.cohort) : undefined;
  if (!cohort) throw new InputError('cohort', `unknown cohort ${JSON.stringify(input.cohort)}`);
  const programmes = indexReferenceData(data).programmes;
  const volumes: ProgrammeVolume[] = [];
  for (const year of cohort.years) {
    const programme = programmes.get(year.programme);
    const rates = inForce(programme?.rates ?? [], cohort.ddf);
    if (!programme || !rates) continue;
    volumes.push({
      programme: year.programme,
      name: programme.name,
      from: year.ddf,
      to: year.dff,
      trainingHours: rates.trainingHours,
      teachingHours: rates.teachingHours,
      annualCost: { CAPP: rates.annualCost.CAPP, CPRO: rates.annualCost.CPRO },
    });
  }
  return volumes;
}
