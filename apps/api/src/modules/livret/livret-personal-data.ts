import type { EntityManager } from '@mikro-orm/core';
import { Livret, LivretAttachment, LivretSheet } from './livret.entities.js';

/** The student's livrets for the GDPR export: general part and sheets (signed documents named, not included). */
export async function livretPersonalData(em: EntityManager, studentId: string): Promise<unknown[]> {
  const livrets = await em.find(Livret, { student: studentId }, { orderBy: { academicYear: 'asc' } });
  const sheets = await em.find(LivretSheet, { livret: { $in: livrets.map((l) => l.id) } }, { orderBy: { period: 'asc', code: 'asc' } });
  return livrets.map((l) => ({
    academicYear: l.academicYear,
    cohort: l.cohort,
    general: l.general,
    sheets: sheets
      .filter((s) => s.livret.id === l.id)
      .map((s) => ({ period: s.period, code: s.code, author: s.author, text: s.text, answers: s.answers, submittedAt: s.submittedAt, attachment: s.attachmentName })),
  }));
}

/** GDPR erasure: the livrets' free texts and signed documents go; the completion (dates, levels) stays for the programme's figures. */
export async function eraseLivretPersonalData(em: EntityManager, studentId: string): Promise<void> {
  const livrets = await em.find(Livret, { student: studentId });
  const ids = livrets.map((l) => l.id);
  for (const l of livrets) l.general = { jobTitle: null, missionSummary: null, professionalProject: null };
  const sheets = await em.find(LivretSheet, { livret: { $in: ids } });
  await em.nativeDelete(LivretAttachment, { sheet: { $in: sheets.map((s) => s.id) } });
  for (const s of sheets) Object.assign(s, { text: null, answers: s.answers.map((a) => ({ ...a, comment: null })), attachmentName: null, attachmentKind: null, attachmentSize: null, submittedBy: null });
}
