import { isIsoDate, type IsoDate } from '../dates/iso-date.js';

/** Where a validated contract stands on a given day (§3.4, §5). */
export type ContractPhase = 'UPCOMING' | 'RUNNING' | 'ENDED' | 'BROKEN';

export interface ContractPhaseInput {
  /** Broken by a rupture (§5): that is all there is to say of it. */
  broken: boolean;
  /** DDC. */
  startDate: IsoDate;
  /** DFC (inclusive). */
  endDate: IsoDate;
}

/**
 * A validated contract before its DDC is not running yet — the time of §3.4 « Et après
 * validation ? », when the steps of Figure 15 are due « avant la date de début du
 * contrat » —, it runs from its DDC to its DFC (both inclusive), then it has ended.
 * A broken one is BROKEN whatever the day. `today` is the programme's day (Paris).
 * Unreadable dates never say UPCOMING nor ENDED: the contract is taken as running.
 */
export function contractPhase(input: ContractPhaseInput, today: IsoDate): ContractPhase {
  if (input.broken) return 'BROKEN';
  if (!isIsoDate(today)) return 'RUNNING';
  if (isIsoDate(input.startDate) && today < input.startDate) return 'UPCOMING';
  if (isIsoDate(input.endDate) && today > input.endDate) return 'ENDED';
  return 'RUNNING';
}
