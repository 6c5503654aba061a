import type { ContractType } from '../../contracts/contract-input.js';
import type { ContactRole } from './contact-routes.js';

/** The roles the directory names people for; the academic tutor is each alternant's own (§4.6), not a directory entry. */
export type DirectoryRole = Exclude<ContactRole, 'ACADEMIC_TUTOR'>;

/**
 * One line of the list of the main contacts (§6.2, Tableau 10 and §6.2.2–6.2.4): a person or
 * a service, how to reach them. Kept as reference data (section `directory`): the manager
 * writes the people in charge; the guide's service addresses are the defaults.
 */
export interface DirectoryEntry {
  role: DirectoryRole;
  /** The person or the service, as shown ("Secrétariat pédagogique — Aix-en-Provence"). */
  name: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  /**
   * Only for the alternants of this site (a site code): Tableau 10 gives one secretariat per
   * site — Aix-en-Provence for the L3I and M1 AIX, Marseille for the M1 MRS and M2. Null: everyone.
   */
  site: string | null;
}

/** The four lists of §6.2: at the MIAGE (6.2.1), the SFCA (6.2.2), the CFA (6.2.3), institutional (6.2.4). */
export type DirectoryGroup = 'MIAGE' | 'SFCA' | 'CFA' | 'INSTITUTIONAL';

export const DIRECTORY_GROUPS: readonly DirectoryGroup[] = ['MIAGE', 'SFCA', 'CFA', 'INSTITUTIONAL'];

const GROUP_OF: Record<DirectoryRole, DirectoryGroup> = {
  MANAGER: 'MIAGE',
  SECRETARIAT: 'MIAGE',
  INTERNSHIP_SECRETARIAT: 'MIAGE',
  DIRECTION: 'MIAGE',
  SFCA: 'SFCA',
  CFA: 'CFA',
  DDETS: 'INSTITUTIONAL',
};

export function directoryGroupOf(role: DirectoryRole): DirectoryGroup {
  return GROUP_OF[role];
}

/**
 * §6.2: « Pour les alternant(e)s en apprentissage : les contacts au sein de la MIAGE, les
 * contacts au CFA et les contacts institutionnels ; en contrat de professionnalisation : la
 * MIAGE, le SFCA de la FEG et les contacts institutionnels ; en stage : la MIAGE. »
 * Unknown contract type: every list.
 */
export function directoryGroupsFor(contractType: ContractType | undefined): DirectoryGroup[] {
  switch (contractType) {
    case undefined:
      return [...DIRECTORY_GROUPS];
    case 'CAPP':
      return ['MIAGE', 'CFA', 'INSTITUTIONAL'];
    case 'CPRO':
      return ['MIAGE', 'SFCA', 'INSTITUTIONAL'];
    default:
      return ['MIAGE'];
  }
}

export interface DirectoryInput {
  /** The alternant's contract type; absent: every list (the office's view, or no contract yet). */
  contractType?: ContractType | undefined;
  /** The alternant's site code; absent or null: every secretariat, each with its site. */
  site?: string | null | undefined;
}

/** Whether an entry concerns an alternant of that site (an entry with no site concerns everyone). */
export function entryServesSite(entry: DirectoryEntry, site: string | null | undefined): boolean {
  return entry.site === null || site === null || site === undefined || entry.site === site;
}

/**
 * The lists of §6.2 an alternant (or their company) may call on, in the guide's order, with
 * the secretariat of the alternant's own site only (Tableau 10). Empty lists are dropped.
 */
export function contactDirectoryFor(input: DirectoryInput, directory: readonly DirectoryEntry[]): { group: DirectoryGroup; entries: DirectoryEntry[] }[] {
  return directoryGroupsFor(input.contractType)
    .map((group) => ({ group, entries: directory.filter((e) => GROUP_OF[e.role] === group && entryServesSite(e, input.site)) }))
    .filter((g) => g.entries.length > 0);
}

/** The directory's people for one role of an answer of `whoToContact`, the secretariat of the alternant's site only. */
export function directoryPeopleFor(role: DirectoryRole, site: string | null | undefined, directory: readonly DirectoryEntry[]): DirectoryEntry[] {
  return directory.filter((e) => e.role === role && entryServesSite(e, site));
}
