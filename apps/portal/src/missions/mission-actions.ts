import { MISSION_ACTION_ACTORS, MISSION_TRANSITIONS, type MissionAction, type MissionState } from '@alternance/domain';
import type { Role } from '../gql/graphql';

export type ManagerAction = Extract<MissionAction, 'RETURN' | 'REQUEST_CONFIRMATION' | 'VALIDATE' | 'REJECT'>;

const ORDER: ManagerAction[] = ['REQUEST_CONFIRMATION', 'VALIDATE', 'RETURN', 'REJECT'];

/**
 * The workflow buttons to offer: the domain's transition table says what the state
 * allows and who acts; only the manager acts on a fiche from this page.
 */
export function managerActions(state: string, role: Role | null | undefined): ManagerAction[] {
  if (role !== 'MANAGER') return [];
  const row = MISSION_TRANSITIONS[state as MissionState] as Partial<Record<MissionAction, MissionState>> | undefined;
  if (!row) return [];
  return ORDER.filter((a) => row[a] !== undefined && MISSION_ACTION_ACTORS[a] === 'MANAGER');
}

/** The student may submit from these states (the draft, or a fiche sent back). */
export function studentCanEdit(state: string | null | undefined): boolean {
  return state === undefined || state === null || state === 'DRAFT' || state === 'RETURNED';
}
