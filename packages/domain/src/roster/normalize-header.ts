/**
 * The comparable form of a header: accents, case, punctuation and spacing removed,
 * camelCase split, `€` read as "eur". "Date de naissance", "DATE_DE_NAISSANCE" and
 * "dateDeNaissance" all give "date de naissance"; "Coût (€)" gives "cout eur"; "D.F.C." gives "dfc".
 * Anything but a string or a number gives ''.
 */
export function normalizeHeader(header: unknown): string {
  let text: string;
  if (typeof header === 'string') text = header;
  else if (typeof header === 'number' && Number.isFinite(header)) text = String(header);
  else return '';
  return text
    .replace(/([a-z\u00e0-\u00ff])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/€/g, ' eur ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    // An acronym written with dots or spaces (« D.F.C. », « A P T ») is the acronym.
    .replace(/^(?:[a-z0-9] )+[a-z0-9]$/, (letters) => letters.replace(/ /g, ''));
}
