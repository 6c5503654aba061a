import { batchLoader } from '../../shared/batch.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { AbsenceDocument } from './absence.entities.js';

type StoppageFile = Pick<AbsenceDocument, 'fileName' | 'mediaType' | 'size'> | null;

// One statement for all the absences of a page that show their stoppage's file, not one per
// absence (issue 15): per entity manager, like the other loaders; the file's bytes are never read.
const loaders = new WeakMap<object, (absenceId: string) => Promise<StoppageFile>>();

/** The file of an absence's work stoppage (name, type, size), or null when none was sent. */
export function stoppageFileOf(ctx: ServiceContext, absenceId: string): Promise<StoppageFile> {
  let load = loaders.get(ctx.em);
  if (!load) {
    load = batchLoader(async (ids: string[]) => {
      const docs = await ctx.em.find(AbsenceDocument, { absence: { $in: ids } }, { fields: ['absence', 'fileName', 'mediaType', 'size'] });
      const files = new Map<string, StoppageFile>();
      for (const d of docs) if (!files.has(d.absence.id)) files.set(d.absence.id, { fileName: d.fileName, mediaType: d.mediaType, size: d.size });
      return files;
    }, null);
    loaders.set(ctx.em, load);
  }
  return load(absenceId);
}
