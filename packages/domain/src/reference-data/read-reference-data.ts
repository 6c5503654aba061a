import { contractWindows } from '../contracts/contract-windows.js';
import { defaultReferenceData } from './default-reference-data.js';
import type { ReferenceData } from './reference-data.js';
import { checkReferenceSection, type SectionError } from './section-forms.js';

/** The sections of a ReferenceData, as the API stores them (one row per section). */
export const REFERENCE_SECTION_KEYS = ['sites', 'programmes', 'groups', 'cohorts', 'campaigns', 'calendars', 'contractDateRules', 'legal', 'settings', 'contacts', 'directory'] as const;

/** Sections added after schema version 1 was fixed: optional in a stored copy (§6.2's `directory`). */
const SECTIONS_ADDED_SINCE = ['directory'] as const;

export type ReadReferenceData = { ok: true; data: ReferenceData } | { ok: false; error: SectionError };

/**
 * Reads a whole ReferenceData from untrusted JSON (a file given to the CLI, a copy cached
 * by the add-in) and checks it the way the API checks a manager's edit, section by section,
 * then by computing every cohort's windows. The first problem comes back with its path
 * (`cohorts.2.dff`), so the caller can say in one line what is wrong.
 */
export function readReferenceData(json: unknown): ReadReferenceData {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: { field: '(racine)', message: 'les données de référence doivent être un objet JSON.' } };
  }
  // A copy made before a section existed (the add-in's cache, a CLI file) takes the guide's for it.
  const record = { ...(json as Record<string, unknown>) };
  for (const key of SECTIONS_ADDED_SINCE) if (record[key] === undefined) record[key] = JSON.parse(JSON.stringify(defaultReferenceData[key])) as unknown;
  if (record.schemaVersion !== undefined && record.schemaVersion !== 1) {
    return { ok: false, error: { field: 'schemaVersion', message: `version de schéma ${JSON.stringify(record.schemaVersion)} non prise en charge (attendu : 1).` } };
  }
  for (const key of REFERENCE_SECTION_KEYS) {
    const value = record[key];
    const expectArray = Array.isArray(defaultReferenceData[key]);
    if (value === undefined) return { ok: false, error: { field: key, message: `section « ${key} » manquante.` } };
    if (value === null || typeof value !== 'object' || Array.isArray(value) !== expectArray) {
      return { ok: false, error: { field: key, message: `la section « ${key} » doit être un ${expectArray ? 'tableau' : 'objet'} JSON.` } };
    }
  }
  const data = { ...record, schemaVersion: 1 } as unknown as ReferenceData;
  const codes = {
    campaigns: data.campaigns.map((c) => c.code),
    programmes: data.programmes.map((p) => p.code),
    calendars: data.calendars.map((c) => c.code),
    sites: data.sites.map((c) => c.code),
  };
  for (const key of REFERENCE_SECTION_KEYS) {
    const errors = checkReferenceSection(key, record[key], codes);
    if (errors[0]) return { ok: false, error: errors[0] };
  }
  for (const [i, cohort] of data.cohorts.entries()) {
    for (const contractType of ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE'] as const) {
      try {
        contractWindows(cohort, contractType, data);
      } catch (error) {
        return { ok: false, error: { field: `cohorts.${i}`, message: `les règles ne peuvent pas s’appliquer à la formation ${cohort.code} (${error instanceof Error ? error.message : String(error)}).` } };
      }
    }
  }
  return { ok: true, data };
}
