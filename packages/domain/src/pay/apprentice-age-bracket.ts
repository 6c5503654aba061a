/** Age brackets of the apprentice grid (§4.2.1, Tableau 6). */
export type ApprenticeAgeBracket = '16-17' | '18-20' | '21-25' | '26+';

/** Ages at which an apprentice moves to the next bracket (Tableau 6 column heads). */
export const APPRENTICE_BRACKET_AGES: readonly number[] = [18, 21, 26];

/**
 * Bracket of an apprentice of `age` (see payAge for which age). Under 16 there is no
 * row in Tableau 6; such an apprentice (only possible with a derogation) is paid as 16–17.
 */
export function apprenticeAgeBracket(age: number): ApprenticeAgeBracket {
  if (age >= 26) return '26+';
  if (age >= 21) return '21-25';
  if (age >= 18) return '18-20';
  return '16-17';
}
