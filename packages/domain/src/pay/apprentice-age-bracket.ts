/** Age brackets of the apprentice grid (§4.2.1, Tableau 6). */
export type ApprenticeAgeBracket = '16-17' | '18-20' | '21-25' | '26+';

/** Ages at which an apprentice moves to the next bracket (Tableau 6 column heads). */
export const APPRENTICE_BRACKET_AGES: readonly number[] = [18, 21, 26];

/**
 * Bracket of an apprentice of `age` (see payAge for which age). Under 16 there is no
 * row in Tableau 6; such an apprentice (only possible with a derogation) is paid as 16–17.
 */
export function apprenticeAgeBracket(age: number): ApprenticeAgeBracket {
  return APPRENTICE_BRACKETS[apprenticeBracketIndex(age)];
}

/** The brackets of Tableau 6 in order. */
export const APPRENTICE_BRACKETS: readonly [ApprenticeAgeBracket, ApprenticeAgeBracket, ApprenticeAgeBracket, ApprenticeAgeBracket] = ['16-17', '18-20', '21-25', '26+'];

/** The index in {@link APPRENTICE_BRACKETS} of the bracket of `age`: the pay check indexes arrays with it. */
export function apprenticeBracketIndex(age: number): 0 | 1 | 2 | 3 {
  if (age >= 26) return 3;
  if (age >= 21) return 2;
  if (age >= 18) return 1;
  return 0;
}
