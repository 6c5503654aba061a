/** Age brackets of the professionalisation-contract grid (§4.2.2, Tableau 7). */
export type CproAgeBracket = '<21' | '21-25' | '26+';

/** Ages at which a CPRO alternant moves to the next bracket (Tableau 7 column heads). */
export const CPRO_BRACKET_AGES: readonly number[] = [21, 26];

/** Bracket of a CPRO alternant of `age` (see payAge for which age). */
export function cproAgeBracket(age: number): CproAgeBracket {
  if (age >= 26) return '26+';
  if (age >= 21) return '21-25';
  return '<21';
}

/** The index of {@link cproAgeBracket}'s bracket, youngest first (the pay check's memo key). */
export function cproBracketIndex(age: number): 0 | 1 | 2 {
  if (age >= 26) return 2;
  if (age >= 21) return 1;
  return 0;
}
