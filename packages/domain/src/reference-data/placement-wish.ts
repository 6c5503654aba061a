import { findCohort } from './lookup.js';
import type { Group, ReferenceData, Site } from './reference-data.js';

/**
 * What a student of a cohort may wish (§1.2, « Remarque sur les 2 spécialisations en Master »;
 * §2.4): a track (parcours-type 2ID or ISIE) — « un vœu sur le choix de la spécialisation sera
 * demandé à l'entrée en M1 et pourra être confirmé/infirmé à l'entrée en M2 » — and, in M1, a
 * site — « ils (elles) font un vœu et les affectations sont ensuite faites » (Figure 10: « sur
 * vœu » in M1, « pas de vœu » in L3I and M2, single sites). Read from the reference data: in a
 * year of the cohort, groups of the same kind on several sites are a site to wish (M1 Aix /
 * Marseille); on one site they are tracks (M2 2ID / ISIE). L3I's classic and alternance groups
 * are of different kinds: the contract decides, there is nothing to wish.
 */
export interface WishChoices {
  tracks: Group[];
  sites: Site[];
}

export interface PlacementWish {
  track: string | null;
  site: string | null;
}

export interface WishError {
  field: 'trackWish' | 'siteWish';
  message: string;
  messageEn: string;
}

export function wishChoices(cohortCode: string, data: ReferenceData): WishChoices {
  const cohort = findCohort(data, cohortCode);
  const tracks: Group[] = [];
  const siteCodes = new Set<string>();
  for (const year of cohort?.years ?? []) {
    const groups = data.groups.filter((g) => g.programme === year.programme);
    for (const kind of new Set(groups.map((g) => g.kind))) {
      const same = groups.filter((g) => g.kind === kind);
      if (same.length < 2) continue;
      const sites = new Set(same.map((g) => g.site));
      if (sites.size > 1) for (const s of sites) siteCodes.add(s);
      else tracks.push(...same);
    }
  }
  return { tracks, sites: data.sites.filter((s) => siteCodes.has(s.code)) };
}

/**
 * The wish a student states for their cohort, checked against `wishChoices`: a track or site
 * the cohort offers no choice of is refused on its field (an L3I student has no track to wish),
 * as is an unknown code. A blank wish is no wish. Codes are read case-insensitively and returned
 * as the reference data spells them. The wish never places the student: the office does
 * (`studentPlacement`, « c'est la MIAGE qui vous affectera »).
 */
export function placementWish(
  input: { cohort: string; trackWish: string | null | undefined; siteWish: string | null | undefined },
  data: ReferenceData,
): { wish: PlacementWish; errors: WishError[] } {
  const choices = wishChoices(input.cohort, data);
  const errors: WishError[] = [];
  const track = pick(input.trackWish, choices.tracks.map((g) => ({ code: g.code, label: `${g.code} (${g.name})` })));
  if (track.error) {
    const allowed = track.allowed || '—';
    errors.push({
      field: 'trackWish',
      message: `Vœu de parcours « ${track.asked} » impossible en ${input.cohort} (parcours au choix : ${allowed} ; §1.2).`,
      messageEn: `Track wish "${track.asked}" is not possible in ${input.cohort} (tracks to choose from: ${allowed}; §1.2).`,
    });
  }
  const site = pick(input.siteWish, choices.sites.map((s) => ({ code: s.code, label: `${s.code} (${s.name}, ${s.city})` })));
  if (site.error) {
    const allowed = site.allowed || '—';
    errors.push({
      field: 'siteWish',
      message: `Vœu de site « ${site.asked} » impossible en ${input.cohort} (sites au choix : ${allowed} ; §2.4, Figure 10).`,
      messageEn: `Site wish "${site.asked}" is not possible in ${input.cohort} (sites to choose from: ${allowed}; §2.4, Figure 10).`,
    });
  }
  return { wish: { track: track.code, site: site.code }, errors };
}

function pick(value: string | null | undefined, options: { code: string; label: string }[]): { code: string | null; error: boolean; asked: string; allowed: string } {
  const asked = value?.trim() ?? '';
  const allowed = options.map((o) => o.label).join(', ');
  if (asked === '') return { code: null, error: false, asked, allowed };
  const found = options.find((o) => o.code.toUpperCase() === asked.toUpperCase());
  return { code: found?.code ?? null, error: found === undefined, asked, allowed };
}
