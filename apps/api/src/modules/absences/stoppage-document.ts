import { batchLoader } from '../../shared/batch.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { Absence, AbsenceDocument } from './absence.entities.js';

type StoppageFile = Pick<AbsenceDocument, 'fileName' | 'mediaType' | 'size'> | null;

// One statement for all the absences of a page that show their stoppage's file, not one per
// absence (issue 15): per entity manager, like the other loaders; the file's bytes are never read.
const loaders = new WeakMap<object, (absenceId: string) => Promise<StoppageFile>>();

/** The file justifying an absence (name, type, size) — its work stoppage or the student's document — or null when none was sent. */
export function stoppageFileOf(ctx: ServiceContext, absenceId: string): Promise<StoppageFile> {
  let load = loaders.get(ctx.em);
  if (!load) {
    load = batchLoader(async (ids: string[]) => {
      // The absences point to their document, shared by all the half-days it covers (§4.3).
      const absences = await ctx.em.find(Absence, { id: { $in: ids }, document: { $ne: null } }, { fields: ['document'] });
      const documentIds = [...new Set(absences.map((a) => a.document!.id))];
      const docs = documentIds.length ? await ctx.em.find(AbsenceDocument, { id: { $in: documentIds } }, { fields: ['fileName', 'mediaType', 'size'] }) : [];
      const byId = new Map(docs.map((d) => [d.id, { fileName: d.fileName, mediaType: d.mediaType, size: d.size }]));
      const files = new Map<string, StoppageFile>();
      for (const a of absences) files.set(a.id, byId.get(a.document!.id) ?? null);
      return files;
    }, null);
    loaders.set(ctx.em, load);
  }
  return load(absenceId);
}
