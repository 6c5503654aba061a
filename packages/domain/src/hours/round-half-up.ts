/**
 * Rounds to `decimals` places, halves away from zero (1.005 → 1.01): the usual rounding of
 * billed hours and euros. Nudging the scaled value up by a few units in the last place
 * undoes the binary noise of `1.005 * 100 = 100.49999…` without a string round trip
 * (this runs several times per roster row).
 */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(scaled + scaled * 4 * Number.EPSILON) / factor;
  return value < 0 ? -rounded : rounded;
}
