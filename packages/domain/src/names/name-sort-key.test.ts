import { describe, expect, it } from 'vitest';
import { nameSortKey } from './name-sort-key.js';

// The order the lists had when they sorted in the process: last name, then first name, by `Intl.Collator('fr')`.
const collator = new Intl.Collator('fr');
type Person = { last: string; first: string; id: number };
const byCollator = (people: readonly Person[]): Person[] => [...people].sort((a, b) => collator.compare(a.last, b.last) || collator.compare(a.first, b.first) || a.id - b.id);
const byKey = (people: readonly Person[]): Person[] =>
  people
    .map((p) => ({ p, key: nameSortKey(p.last, p.first) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.p.id - b.p.id))
    .map(({ p }) => p);
const people = (names: readonly (readonly [string, string])[]): Person[] => names.map(([last, first], id) => ({ last, first, id }));

describe('nameSortKey', () => {
  it('orders accents, case, hyphens, spaces, apostrophes and particles as the French collator does', () => {
    const names = people([
      ['Lefèvre', 'Éric'], ['Lefevre', 'Eric'], ['LEFEVRE', 'eric'], ['Lefebvre', 'Anne'], ['lefèvre', 'Éric'], ['Lefêvre', 'Eric'],
      ['de la Tour', 'Jean'], ['De La Tour', 'Jean'], ['Delatour', 'Jean'], ['De la Tour', 'Jeanne'], ['Latour', 'Jean'],
      ['Le Gall', 'Yann'], ['Legall', 'Yann'], ['Le-Gall', 'Yann'], ['Le Gall', 'Annaïg'],
      ["d'Artagnan", 'Charles'], ['d’Artagnan', 'Charles'], ['Dartagnan', 'Charles'], ['D’Artagnan', 'Charles'],
      ['Dupont', 'Élise'], ['Dupont', 'Elise'], ['Dupont', 'elise'], ['Dupont-Aignan', 'Nicolas'], ['Dupontel', 'Albert'], ['Du Pont', 'Marie'],
      ['Œuvray', 'Chloé'], ['Oeuvray', 'Chloé'], ['OEUVRAY', 'Chloe'], ['Ober', 'Zoé'],
      ['Müller', 'Jürgen'], ['Muller', 'Jurgen'], ['Mueller', 'Jörg'], ['Straße', 'Ida'], ['Strasse', 'Ida'],
      ['Çelik', 'Ayşe'], ['Celik', 'Ayse'], ['Østergaard', 'Søren'], ['Ostergaard', 'Soren'], ['Łukasz', 'Ania'], ['Lukasz', 'Ania'],
      ['N’Diaye', 'Awa'], ['Ndiaye', 'Awa'], ['N Diaye', 'Awa'], ['Nguyen', 'Van'], ['Nguyễn', 'Văn'],
      ['Anonyme-1a2b3c4d', 'Anonyme'], ['Anonyme-0a2b3c4d', 'Anonyme'], ['Anonyme', 'Anonyme'],
    ]);
    expect(byKey(names)).toEqual(byCollator(names));
    const key = (last: string, first = '') => nameSortKey(last, first);
    expect(key('Le Gall') < key('Legall')).toBe(true);
    expect(key('lefevre') < key('Lefevre')).toBe(true);
    expect(key('Lefevre') < key('Lefèvre')).toBe(true);
    expect(key('Dupont', 'Zoé') < key('Dupont-Aignan', 'Anne')).toBe(true);
  });

  it('orders generated names as the collator does', () => {
    // A seeded generator: the same names every run, of the characters names hold (and a few others).
    const alphabet = [...'aaaaeeeiioouuybcdfghjklmnpqrstvwxzAEIOUBCDLMNPRSTéèêëàâäîïôöùûüçÿñÉÈÊÀÂÎÔÇœŒæÆßøØłŁđıðåãõšžčćńśźżąęőűā   --\'’.0123'];
    let seed = 20261203;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: 1 + Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('').trim() || 'a';
    const generated = people(Array.from({ length: 5000 }, () => [word(), word()] as const));
    expect(byKey(generated).map((p) => p.id)).toEqual(byCollator(generated).map((p) => p.id));
    // The university bench's names (NomNNNNNN and accented first names).
    const firsts = ['Camille', 'Léa', 'Hugo', 'Inès', 'Lucas', 'Manon', 'Nathan', 'Chloé', 'Yanis', 'Sarah'];
    const bench = people(Array.from({ length: 2000 }, (_, i) => [`Nom${String((i * 7919) % 2000).padStart(6, '0')}`, firsts[i % 10]!] as const));
    expect(byKey(bench)).toEqual(byCollator(bench));
  });

  it('keeps names of another script after the Latin ones', () => {
    expect(nameSortKey('Zola', 'Émile') < nameSortKey('Σωκράτης', 'Α')).toBe(true);
    expect(nameSortKey('Ζ', '') < nameSortKey('Ω', '')).toBe(true);
  });
});
