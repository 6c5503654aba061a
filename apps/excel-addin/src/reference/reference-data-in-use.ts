import { defaultReferenceData, type ReferenceData } from '@alternance/domain';

/** Where the rules' reference data comes from: the programme's server, its offline copy, or the built-in 2025 data. */
export type ReferenceOrigin = 'server' | 'cache' | 'builtin';

export interface ReferenceInUse {
  data: ReferenceData;
  origin: ReferenceOrigin;
  /** The day ('AAAA-MM-JJ', Paris) the manager last changed the programme's data; null for the built-in data. */
  date: string | null;
}

const BUILTIN: ReferenceInUse = { data: defaultReferenceData, origin: 'builtin', date: null };

// One per page: the task pane and the custom functions share this runtime (manifest
// SharedRuntime), so a roster checked by the pane and a formula see the same data.
let inUse: ReferenceInUse = BUILTIN;

/** The reference data "Vérifier le tableau" and the ALTERNANCE.* functions use now. */
export function referenceDataInUse(): ReferenceInUse {
  return inUse;
}

export function useReferenceData(next: ReferenceInUse | null): void {
  inUse = next ?? BUILTIN;
}

/** The pane's line saying which data the rules use (issue 9 §6). */
export function referenceDataLabel(reference: ReferenceInUse): string {
  const day = reference.date ? reference.date.split('-').reverse().join('/') : '';
  switch (reference.origin) {
    case 'server':
      return `Règles appliquées avec les données de référence du ${day} (serveur du programme).`;
    case 'cache':
      return `Règles appliquées avec les données de référence du ${day} (copie gardée sur ce poste : serveur non joint).`;
    case 'builtin':
      return 'Règles appliquées avec les données de référence intégrées (guide 2025) : connectez-vous pour utiliser celles du programme.';
  }
}
