import type { ContractType } from '../../contracts/contract-input.js';
import { isEmploymentContract } from '../../contracts/status-contract-pairs.js';
import { formatDateFr } from '../../dates/format-date.js';
import { addDays, isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';
import { InputError } from '../../findings/input-error.js';

export interface NewContractAfterRuptureInput {
  /**
   * The broken contract: its type, OPA, exact last day and, when known, the DFC it had before the
   * rupture (`plannedEndDate`). A contract starting after that DFC does not finish what the broken
   * one was to cover: it is a later training year's contract, under no rule of §5.
   */
  previous: { contractType: ContractType | string; opaSiret: string; lastDay: IsoDate; plannedEndDate?: IsoDate | null };
  next: { contractType: ContractType | string; opaSiret: string; startDate: IsoDate };
}

export interface NewContractAfterRuptureCheck {
  findings: WorkflowFinding[];
  /** The day after the broken contract's last day: no waiting period (§5). */
  earliestStart: IsoDate;
}

/** SIREN (9 digits) of a SIRET or SIREN, spaces and dots ignored; null when unreadable. */
function siren(value: string): string | null {
  const digits = value.replace(/[\s.]/g, '');
  return /^\d{9}(\d{5})?$/.test(digits) ? digits.slice(0, 9) : null;
}

/**
 * A new contract after a rupture (§5): same type (CAPP→CAPP, CPRO→CPRO:
 * NEW_CONTRACT_TYPE_MUST_MATCH), at a different OPA (NEW_CONTRACT_SAME_OPA), from the day
 * after the last day at the earliest (DDC_TOO_EARLY otherwise). The OPA is compared by
 * SIREN, the legal entity that signs: another establishment of the same company is the
 * same OPA. The type and OPA rules are those of contracts; after a work-study internship
 * only the start date is checked. It still needs a new mission validation (§3).
 * §5 speaks of the contract signed « afin de terminer sa formation »: one starting after the
 * broken contract's planned DFC (an L3I apprentice's Master contract, say) is not concerned.
 */
export function checkNewContractAfterRupture(input: NewContractAfterRuptureInput): NewContractAfterRuptureCheck {
  const { previous, next } = input;
  if (!isIsoDate(previous.lastDay)) throw new InputError('previous.lastDay', `not an ISO date: ${String(previous.lastDay)}`);
  if (!isIsoDate(next.startDate)) throw new InputError('next.startDate', `not an ISO date: ${String(next.startDate)}`);
  const findings: WorkflowFinding[] = [];
  const earliestStart = addDays(previous.lastDay, 1);
  if (previous.plannedEndDate != null) {
    if (!isIsoDate(previous.plannedEndDate)) throw new InputError('previous.plannedEndDate', `not an ISO date: ${String(previous.plannedEndDate)}`);
    if (next.startDate > previous.plannedEndDate) return { findings, earliestStart };
  }
  if (isEmploymentContract(previous.contractType as ContractType)) {
    if (next.contractType !== previous.contractType) {
      findings.push(
        workflowFinding(
          'NEW_CONTRACT_TYPE_MUST_MATCH',
          { field: 'contractType' },
          {
            fr: `Après la rupture d’un contrat ${previous.contractType}, le nouveau contrat doit être du même type (${previous.contractType}), pas ${next.contractType}.`,
            en: `After breaking a ${previous.contractType} contract, the new one must be of the same type (${previous.contractType}), not ${next.contractType}.`,
          },
        ),
      );
    }
    const before = siren(previous.opaSiret);
    const after = siren(next.opaSiret);
    if (before === null) throw new InputError('previous.opaSiret', `not a SIRET or SIREN: ${previous.opaSiret}`);
    if (after === null) throw new InputError('next.opaSiret', `not a SIRET or SIREN: ${next.opaSiret}`);
    if (before === after) {
      findings.push(
        workflowFinding(
          'NEW_CONTRACT_SAME_OPA',
          { subject: 'next.opaSiret' },
          {
            fr: `Après une rupture, le nouveau contrat doit être signé avec un autre organisme professionnel d’accueil (même SIREN ${before}).`,
            en: `After a rupture, the new contract must be with another host organisation (same SIREN ${before}).`,
          },
        ),
      );
    }
  }
  if (next.startDate < earliestStart) {
    findings.push(
      workflowFinding(
        'DDC_TOO_EARLY',
        { field: 'startDate' },
        {
          fr: `Le nouveau contrat ne peut commencer qu’à partir du ${formatDateFr(earliestStart)}, lendemain du dernier jour du contrat rompu.`,
          en: `The new contract can start on ${formatDateFr(earliestStart)} at the earliest, the day after the broken contract's last day.`,
        },
        { min: earliestStart, max: null },
      ),
    );
  }
  return { findings, earliestStart };
}

/**
 * The last day `ContractInput.afterRuptureLastDay` takes for a fiche (§5), when the fiche replaces
 * the broken contract: the same training (cohort), starting no later than the broken contract's
 * planned DFC (« afin de terminer sa formation »: a later year's contract is a fiche like any other).
 * Undefined otherwise, or without a broken contract.
 */
export function replacedContractLastDay(
  previous: { cohort: string; lastDay: IsoDate | null; plannedEndDate: IsoDate | null } | null,
  next: { cohort: string; startDate: IsoDate | null },
): IsoDate | undefined {
  if (!previous?.lastDay || previous.cohort !== next.cohort) return undefined;
  if (next.startDate && previous.plannedEndDate && next.startDate > previous.plannedEndDate) return undefined;
  return previous.lastDay;
}
