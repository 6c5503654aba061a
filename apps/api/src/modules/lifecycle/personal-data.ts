import type { EntityManager } from '@mikro-orm/core';
import { ContractAmendment, Mediation, Rupture, RuptureStepRecord, StoredDocument, YearOutcomeRecord } from './lifecycle.entities.js';

const plain = (o: object): unknown => JSON.parse(JSON.stringify(o));

/** A student's lifecycle records, for the personal-data export (the scans' names and sizes, not their bytes). */
export async function lifecycleExport(em: EntityManager, studentId: string, contractIds: string[]): Promise<Record<string, unknown>> {
  const mediations = await em.find(Mediation, { contract: { $in: contractIds } });
  const ruptures = await em.find(Rupture, { contract: { $in: contractIds } });
  const steps = await em.find(RuptureStepRecord, { rupture: { $in: ruptures.map((r) => r.id) } });
  const scans = await em.find(StoredDocument, { ownerId: { $in: steps.map((s) => s.id) } }, { fields: ['fileName', 'size', 'createdAt', 'ownerId'] });
  return {
    mediations: mediations.map((m) => plain({ ...m, contract: m.contract.id })),
    ruptures: ruptures.map((r) => plain({ ...r, contract: r.contract.id })),
    ruptureDocuments: scans.map((d) => ({ step: d.ownerId, fileName: d.fileName, size: d.size, at: d.createdAt })),
    amendments: (await em.find(ContractAmendment, { student: studentId })).map((a) => plain({ ...a, contract: a.contract.id, student: undefined })),
    yearOutcomes: (await em.find(YearOutcomeRecord, { student: studentId })).map((o) => ({ outcome: o.outcome, at: o.createdAt, opcoAgreement: o.opcoAgreement })),
  };
}

/** Erasure: the free texts of mediations, ruptures and amendments, and the stored scans (signed documents naming the student). */
export async function eraseLifecycleTexts(em: EntityManager, studentId: string, contractIds: string[]): Promise<void> {
  await em.nativeUpdate(Mediation, { contract: { $in: contractIds } }, { difficulty: '[effacé]', actions: '[effacé]' });
  const ruptures = await em.find(Rupture, { contract: { $in: contractIds } }, { fields: ['id'] });
  await em.nativeUpdate(Rupture, { contract: { $in: contractIds } }, { reason: '[effacé]', requestedByLabel: '[effacé]' });
  await em.nativeUpdate(ContractAmendment, { student: studentId }, { reason: '[effacé]' });
  const steps = await em.find(RuptureStepRecord, { rupture: { $in: ruptures.map((r) => r.id) } }, { fields: ['id'] });
  await em.nativeUpdate(RuptureStepRecord, { id: { $in: steps.map((s) => s.id) } }, { scanId: null });
  const outcomes = await em.find(YearOutcomeRecord, { student: studentId }, { fields: ['id'] });
  await em.nativeUpdate(YearOutcomeRecord, { student: studentId }, { opcoDocumentId: null });
  await em.nativeDelete(StoredDocument, { ownerId: { $in: [...steps.map((s) => s.id), ...outcomes.map((o) => o.id)] } });
}
