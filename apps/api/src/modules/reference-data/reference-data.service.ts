import type { EntityManager } from '@mikro-orm/core';
import { checkContract, checkReferenceSection, defaultReferenceData, REFERENCE_SECTION_KEYS, type ReferenceData } from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { audit } from '../audit/audit.js';
import { ReferenceSection } from './reference-section.entity.js';
import { readRows } from '../../db/read-rows.js';
import { seedCalendars } from '../calendars/calendar-in-force.js';

/** One row per section, the same list the CLI and the add-in check a whole ReferenceData against. */
export const SECTION_KEYS = REFERENCE_SECTION_KEYS;
export type SectionKey = (typeof SECTION_KEYS)[number];

let cache: { fingerprint: string; data: ReferenceData } | null = null;

/**
 * Writes the guide's reference data (defaultReferenceData) into an empty database, and a
 * section added since (e.g. `contacts`) into a database that predates it; sections already
 * there are never touched (the manager's edits stay).
 */
export async function seedReferenceData(em: EntityManager): Promise<boolean> {
  const present = new Set((await em.find(ReferenceSection, {}, { fields: ['key'] })).map((s) => s.key));
  const empty = present.size === 0;
  const missing = SECTION_KEYS.filter((key) => !present.has(key));
  if (missing.length === 0) return false;
  for (const key of missing) {
    const section = new ReferenceSection();
    section.key = key;
    section.data = structuredClone(defaultReferenceData[key]);
    em.persist(section);
  }
  await em.flush();
  return empty;
}

/**
 * The reference data in force, read from the database. Parsed once per process and reused
 * while no section's version changed (a two-column query tells), so that every process
 * behind a load balancer sees a manager's edit on its next request.
 */
export async function loadReferenceData(em: EntityManager): Promise<ReferenceData> {
  // Asked on every request that checks rules: a statement prepared once per connection on SQLite (issue 15).
  const versions = (await readRows(em, 'select key, version from reference_section order by key', [])) as { key: string; version: number }[];
  const fingerprint = versions.map((v) => `${v.key}:${v.version}`).join(',');
  if (cache !== null && cache.fingerprint === fingerprint) return cache.data;
  const sections = await em.find(ReferenceSection, {}, { disableIdentityMap: true });
  const data: Record<string, unknown> = { schemaVersion: 1 };
  for (const s of sections) data[s.key] = s.data;
  for (const key of SECTION_KEYS) if (!(key in data)) data[key] = structuredClone(defaultReferenceData[key]);
  cache = { fingerprint, data: data as unknown as ReferenceData };
  return cache.data;
}

/**
 * Replaces one section. The new data must keep the domain working: every cohort's windows
 * are computed with it before it is accepted (a broken section would stop every check).
 */
export async function updateReferenceSection(em: EntityManager, actor: Actor, key: string, version: number, data: unknown, now: Date): Promise<ReferenceSection> {
  if (!(SECTION_KEYS as readonly string[]).includes(key)) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'key', message: `Section inconnue « ${key} » (attendu : ${SECTION_KEYS.join(', ')}).` }]);
  }
  const expectedType = Array.isArray(defaultReferenceData[key as SectionKey]) ? 'array' : 'object';
  if ((expectedType === 'array') !== Array.isArray(data) || data === null || typeof data !== 'object') {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'data', message: `La section « ${key} » doit être un ${expectedType === 'array' ? 'tableau' : 'objet'} JSON.` }]);
  }
  const section = await em.findOne(ReferenceSection, { key });
  if (!section) throw missing('Section', key, 'key');
  if (section.version !== version) throw conflict('Cette section des données de référence', 'modifiée');
  const candidate = { ...(await loadReferenceData(em)), [key]: data } as ReferenceData;
  // Field by field first (issue 9 §5): each bad value comes back with its path, e.g. `cohorts.2.dff`.
  const codes = {
    campaigns: candidate.campaigns.map((c) => c.code),
    programmes: candidate.programmes.map((p) => p.code),
    calendars: candidate.calendars.map((c) => c.code),
    sites: candidate.sites.map((s) => s.code),
  };
  const fieldErrors = checkReferenceSection(key, data, codes);
  if (fieldErrors.length) throw new BusinessError(fieldErrors.map((e) => ({ code: 'BAD_USER_INPUT', field: e.field, message: e.message })));
  try {
    for (const cohort of candidate.cohorts) {
      for (const contractType of ['CAPP', 'CPRO', 'CSTAGEALT', 'CSTAGE']) {
        checkContract({ cohort: cohort.code, status: 'FI', contractType, startDate: cohort.ddf, endDate: cohort.dff, birthDate: '2000-01-01' }, { referenceData: candidate });
      }
    }
  } catch (error) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'data', message: `Données refusées : les règles ne peuvent pas s’appliquer (${(error as Error).message}).` }]);
  }
  section.data = data;
  audit(em, actor, { entityType: 'ReferenceSection', entityId: section.id, action: 'UPDATE', fields: [key] }, now);
  await em.flush();
  // Issue 11: a calendar added here (a new year) becomes an editable calendar at once; existing ones keep their versions.
  if (key === 'calendars') await seedCalendars(em, candidate, now);
  return section;
}
