import { findCohort, indexReferenceData } from './lookup.js';
import type { Cohort, Group, ReferenceData } from './reference-data.js';

/** A student's group and main training site, as the office records them. */
export interface StudentPlacement {
  group: string | null;
  site: string | null;
}

/** A placement that cannot be recorded, with the field at fault and a message in French and English. */
export interface PlacementError {
  field: 'group' | 'site';
  message: string;
  messageEn: string;
}

/**
 * The group a student of a cohort is assigned to and the site that follows from it
 * (§1.2: « c'est la MIAGE qui vous affectera à l'un des 2 parcours » 2ID/ISIE in M2; §2.6,
 * Tableau 4: one group per site in M1 — Forbin at Aix, Îlot du Bois at Marseille —, one
 * classic and one alternance group in L3I, each group with its « site principal de
 * formation »). The group must be one of the cohort's; the site, when a group is given, is
 * that group's (left empty, it is filled in; another one is an error), else one of the sites.
 * The cohort's groups are those of {@link placementGroups}: a Master's M2 tracks included.
 * Codes are read case-insensitively and returned as the reference data spells them.
 */
export function studentPlacement(
  input: { cohort: string; group: string | null; site: string | null },
  data: ReferenceData,
): { placement: StudentPlacement; errors: PlacementError[] } {
  const errors: PlacementError[] = [];
  const cohort = findCohort(data, input.cohort);
  const groups = cohort ? placementGroups(cohort, data) : [];
  const wantedGroup = blankToNull(input.group);
  const wantedSite = blankToNull(input.site);
  let group: Group | null = null;
  if (wantedGroup !== null) {
    group = groups.find((g) => g.code.toUpperCase() === wantedGroup.toUpperCase()) ?? null;
    if (group === null) {
      const allowed = groups.map((g) => `${g.code} (${g.name})`).join(', ') || '—';
      errors.push({
        field: 'group',
        message: `Le groupe « ${wantedGroup} » n’est pas un groupe de ${input.cohort} (groupes : ${allowed} ; §2.6, Tableau 4).`,
        messageEn: `Group "${wantedGroup}" is not a group of ${input.cohort} (groups: ${allowed}; §2.6, Tableau 4).`,
      });
    }
  }
  const site = wantedSite === null ? null : (data.sites.find((s) => s.code.toUpperCase() === wantedSite.toUpperCase()) ?? null);
  if (wantedSite !== null && site === null) {
    const allowed = data.sites.map((s) => `${s.code} (${s.name}, ${s.city})`).join(', ');
    errors.push({ field: 'site', message: `Site « ${wantedSite} » inconnu (sites : ${allowed}).`, messageEn: `Unknown site "${wantedSite}" (sites: ${allowed}).` });
  }
  if (group !== null && site !== null && site.code !== group.site) {
    const own = data.sites.find((s) => s.code === group.site);
    const where = own ? `${own.name}, ${own.city}` : group.site;
    errors.push({
      field: 'site',
      message: `Le groupe ${group.name} se forme sur le site ${where} (${group.site}), pas ${site.code} (§2.6, Tableau 4).`,
      messageEn: `Group ${group.name} is trained at ${where} (${group.site}), not ${site.code} (§2.6, Tableau 4).`,
    });
  }
  return { placement: { group: group?.code ?? null, site: group?.site ?? site?.code ?? null }, errors };
}

/**
 * The groups a student of `cohort` may be placed in: the cohort's own (its first year's —
 * M1 Aix / Marseille for the Master 2025/2027), then those of the programme of each later
 * year of the cohort (its M2 tracks 2ID / ISIE). A Master entered in M1 goes on to the M2 with
 * the same contract, in the same cohort (Tableau 5), and « c'est la MIAGE qui vous affectera à
 * l'un des 2 parcours » at the M2's start, « modifiée (rapidement après la rentrée du M2) » (§1.2).
 */
export function placementGroups(cohort: Cohort, data: ReferenceData): Group[] {
  const index = indexReferenceData(data);
  const groups = cohort.groups.map((code) => index.groups.get(code)).filter((g): g is Group => g !== undefined);
  for (const year of cohort.years.slice(1)) {
    for (const g of data.groups) if (g.programme === year.programme && !groups.includes(g)) groups.push(g);
  }
  return groups;
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Where a student moved to `cohortCode` is placed (the year change's M1 → M2 2026/2027): their group
 * when the new cohort has it (an M2 track the office already gave), else none — « c'est la MIAGE qui
 * vous affectera » (§1.2) — and the site of that group, or the one site all the cohort's groups share
 * (the M2 at the Îlot du Bois, Tableau 4), else none. An unknown cohort places nowhere.
 */
export function placementOnCohortChange(input: { cohort: string; group: string | null }, data: ReferenceData): StudentPlacement {
  const cohort = findCohort(data, input.cohort);
  const groups = cohort ? placementGroups(cohort, data) : [];
  const group = groups.find((g) => g.code === input.group) ?? null;
  const sites = new Set(groups.map((g) => g.site));
  return { group: group?.code ?? null, site: group?.site ?? (sites.size === 1 ? [...sites][0]! : null) };
}
