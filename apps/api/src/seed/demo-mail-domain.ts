/**
 * The demo's mail domain of a company from its name: transliterated — decomposed (NFD), its
 * combining marks dropped — then lower-cased to its letters and digits, so that « Hôpital
 * Numérique Sud » gives `hopitalnumeriquesud` (not `hpitalnumriquesud`, its accents lost).
 */
export function demoMailDomain(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
