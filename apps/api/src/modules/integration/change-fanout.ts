import type { EntityManager } from '@mikro-orm/core';
import { recordChange, type Change } from './change-feed.js';

interface ContractRef {
  id: string;
  contractType: string;
}

/**
 * The affected contracts' ids under each contract type present among `concerned` (a type with
 * contracts concerned but none affected keeps an empty list: its partner still learns of the
 * change). Nothing concerned: one office-only entry (null).
 */
export function contractIdsByType(concerned: readonly ContractRef[], affected: readonly ContractRef[]): Map<string | null, string[]> {
  const byType = new Map<string | null, string[]>();
  for (const c of concerned) if (!byType.has(c.contractType)) byType.set(c.contractType, []);
  for (const c of affected) {
    const ids = byType.get(c.contractType) ?? [];
    if (!ids.includes(c.id)) ids.push(c.id);
    byType.set(c.contractType, ids);
  }
  if (byType.size === 0) byType.set(null, []);
  return byType;
}

/**
 * A change that touches contracts of several types (a calendar shared by apprentices and
 * professionalisation contracts) is appended once per contract type, with that type's
 * contract ids only: a partner's token reads its own types' events (listChanges,
 * recordChange's webhook filter), so the CFA gets the CAPP line and the SFCA the CPRO line,
 * each once, and neither learns of the other's contracts. The office reads all the lines.
 */
export async function recordChangePerContractType(
  em: EntityManager,
  change: Omit<Change, 'contractType'>,
  byType: ReadonlyMap<string | null, string[]>,
  at: Date,
): Promise<void> {
  // A stable order (types sorted, office line last) so the feed reads the same on every run.
  const types = [...byType.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  for (const contractType of types) {
    await recordChange(em, { ...change, contractType, data: { ...change.data, contractType, contractIds: byType.get(contractType) ?? [] } }, at);
  }
}
