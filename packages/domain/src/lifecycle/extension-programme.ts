import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import type { CohortYear } from '../reference-data/reference-data.js';
import { workflowFinding, type WorkflowFinding } from '../workflow/workflow-finding.js';

export interface ExtensionProgrammeInput {
  /** The years of the contract's own cohort (its mission's), in order: L3I; or M1 then M2; or M2. */
  contractYears: readonly Pick<CohortYear, 'programme' | 'ddf' | 'dff'>[];
  /** The programme the year closure recorded as repeated by this alternant, if any. */
  recordedRepeat?: string | null | undefined;
  /** The day the extension is considered (today). */
  on: IsoDate;
  /** The programme the user typed, if any: it must be the derived one. */
  typedProgramme?: string | null | undefined;
  /** The repeated year's cohort the user named, if any, with the programmes of its years. */
  repeatedCohort?: { code: string; programmes: readonly string[] } | null | undefined;
}

/**
 * The programme whose year an extension repeats (§4.5: one for the L3I, one for the whole
 * Master, M1 only with the OPCO's express agreement) — derived from the contract, never
 * taken from the user, since it decides which of those rules applies:
 * - the year the closure recorded as repeated, when it is one of the contract's cohort;
 * - else the contract's cohort year in progress on `on`, or the last one begun, or the first.
 * EXTENSION_PROGRAMME_MISMATCH (subject `extension.programme`): the user typed another
 * programme; EXTENSION_COHORT_MISMATCH (subject `extension.cohort`): the repeated year's
 * cohort they named has no year of that programme. `programme` is null when the contract's
 * cohort has no year at all (nothing can be derived).
 */
export function extensionProgramme(input: ExtensionProgrammeInput): { programme: string | null; findings: WorkflowFinding[] } {
  if (!isIsoDate(input.on)) throw new InputError('on', `not an ISO date: ${String(input.on)}`);
  const years = input.contractYears;
  const recorded = input.recordedRepeat && years.some((y) => y.programme === input.recordedRepeat) ? input.recordedRepeat : null;
  const current = years.find((y) => y.ddf <= input.on && input.on <= y.dff) ?? [...years].reverse().find((y) => y.ddf <= input.on) ?? years[0];
  const programme = recorded ?? current?.programme ?? null;
  const findings: WorkflowFinding[] = [];
  if (!programme) return { programme, findings };
  const typed = input.typedProgramme?.trim().toUpperCase();
  if (typed && typed !== programme) {
    findings.push(
      workflowFinding(
        'EXTENSION_PROGRAMME_MISMATCH',
        { subject: 'extension.programme' },
        {
          fr: `Année redoublée : le contrat est celui de la ${programme} (sa formation), pas de la ${typed}. Elle décide de la règle du §4.5 (une prorogation pour la L3I, une pour l’ensemble du Master, le M1 seulement avec l’accord exprès de l’OPCO).`,
          en: `Repeated year: the contract is the ${programme}'s (its cohort), not the ${typed}'s. It decides which §4.5 rule applies (one extension for the L3I, one for the whole Master, M1 only with the OPCO's express agreement).`,
        },
      ),
    );
  }
  if (input.repeatedCohort && !input.repeatedCohort.programmes.includes(programme)) {
    findings.push(
      workflowFinding(
        'EXTENSION_COHORT_MISMATCH',
        { subject: 'extension.cohort' },
        {
          fr: `Formation du redoublement : ${input.repeatedCohort.code} n’a pas d’année de ${programme}, l’année que le contrat fait redoubler.`,
          en: `Repeated year's cohort: ${input.repeatedCohort.code} has no ${programme} year, the year the contract repeats.`,
        },
      ),
    );
  }
  return { programme, findings };
}
