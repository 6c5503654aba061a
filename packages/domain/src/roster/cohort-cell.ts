import type { IsoDate } from '../dates/iso-date.js';
import { findCohort } from '../reference-data/lookup.js';
import type { ReferenceData } from '../reference-data/reference-data.js';

/** What a Formation cell names: one cohort's code, or why none. */
export type CohortOfCell =
  | { ok: true; code: string }
  | { ok: false; reason: 'unknown' }
  /** Several cohorts fit (an M2 year both of a Master and of a one-year M2): their codes. */
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

// Words that do not tell one training from another: « L3 MIAGE Informatique » and « L3 Informatique
// parcours MIAGE » are the same programme (§1, Tableau 1).
const FILLERS: ReadonlySet<string> = new Set(['miage', 'parcours', 'mention', 'licence', 'de', 'du', 'en', 'la', 'le', 'l', 'puis', 'annee']);

interface Words {
  /** The significant words, sorted and joined. */
  key: string;
  /** Four-digit years, in the order written. */
  years: string[];
}

/** Case-, accent- and punctuation-insensitive words of a text, the years apart. */
function wordsOf(text: string): Words {
  const tokens = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
  const years = tokens.filter((t) => /^\d{4}$/.test(t));
  const key = tokens
    .filter((t) => !/^\d{4}$/.test(t) && !FILLERS.has(t))
    .sort()
    .join(' ');
  return { key, years };
}

/** A label without its parenthesis: « Master MIAGE 2025/2027 (M1 2025/2026 puis M2 2026/2027) » → « Master MIAGE 2025/2027 ». */
const withoutParenthesis = (label: string): string => label.replace(/\([^)]*\)/g, ' ');

const sameText = (a: string, b: string): boolean => {
  const x = wordsOf(a);
  const y = wordsOf(b);
  return x.key === y.key && x.years.join(' ') === y.years.join(' ');
};

/**
 * The cohort a roster's Formation cell names, in the words the office writes (interfaces.md §3):
 * the cohort's code (« MASTER-2025 »), its label as the portal shows it (« L3I MIAGE 2025/2026 »,
 * « Master MIAGE 2025/2027 »), or the guide's name of a programme (§1, Tableau 1: « M1 MIAGE »,
 * « L3 Informatique parcours MIAGE », « L3 MIAGE Informatique », « L3I »), with its year when
 * several cohorts follow it (« M1 MIAGE 2025/2026 »); without a year, the row's DDC picks the
 * training year in progress on that day, else the next one to start. Case, accents and
 * punctuation do not matter. A programme year that two cohorts share (the M2 of a Master and a
 * one-year M2) is ambiguous: said, never guessed.
 */
export function cohortOfCell(text: string, data: ReferenceData, startDate?: IsoDate | null): CohortOfCell {
  const trimmed = text.trim();
  const byCode = findCohort(data, trimmed);
  if (byCode) return { ok: true, code: byCode.code };
  const exact = data.cohorts.filter((c) => sameText(c.code, trimmed) || sameText(c.label, trimmed));
  if (exact.length === 1) return { ok: true, code: exact[0]!.code };

  const cell = wordsOf(trimmed);
  if (cell.key === '') return { ok: false, reason: 'unknown' };
  const spans: Span[] = [];
  // The label's own words (« Master », « L3I »): the whole cohort.
  for (const cohort of data.cohorts) {
    if (wordsOf(withoutParenthesis(cohort.label)).key === cell.key) spans.push({ cohort: cohort.code, ddf: cohort.ddf, dff: cohort.dff });
  }
  // The guide's name (or code) of a programme: that programme's year of each cohort.
  for (const programme of data.programmes) {
    if (cell.key !== wordsOf(programme.name).key && cell.key !== wordsOf(programme.code).key) continue;
    for (const cohort of data.cohorts) for (const y of cohort.years) if (y.programme === programme.code) spans.push({ cohort: cohort.code, ddf: y.ddf, dff: y.dff });
  }
  const found = [...new Set(pick(spans, cell.years[0], startDate).map((s) => s.cohort))].sort();
  if (found.length === 1) return { ok: true, code: found[0]! };
  if (found.length > 1) return { ok: false, reason: 'ambiguous', candidates: found };
  return { ok: false, reason: 'unknown' };
}

/** A cohort, or one of its training years, and its dates. */
interface Span {
  cohort: string;
  ddf: IsoDate;
  dff: IsoDate;
}

/** The spans starting in `year` when written; else those holding `startDate`, or the next to start after it; else all. */
function pick(spans: readonly Span[], year: string | undefined, startDate: IsoDate | null | undefined): Span[] {
  if (year !== undefined) return spans.filter((s) => s.ddf.slice(0, 4) === year);
  if (!startDate) return [...spans];
  const during = spans.filter((s) => s.ddf <= startDate && startDate <= s.dff);
  if (during.length) return during;
  // A contract may start up to 3 months before its DDF (Tableau 5): the next year to start.
  const next = spans.map((s) => s.ddf).filter((ddf) => ddf > startDate).sort()[0];
  return spans.filter((s) => s.ddf === next);
}

/**
 * The Formation values a roster accepts, for an error message: the cohorts' codes and labels and
 * the guide's programme names (with a year when several cohorts follow one).
 */
export function acceptedCohortWords(data: ReferenceData): { codes: string[]; labels: string[]; programmes: string[] } {
  return {
    codes: data.cohorts.map((c) => c.code),
    labels: data.cohorts.map((c) => withoutParenthesis(c.label).replace(/\s+/g, ' ').trim()),
    programmes: data.programmes.map((p) => p.name),
  };
}
