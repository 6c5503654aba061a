/**
 * An amount in cents rounded up to a whole cent, as the State's CERFA tool rounds pay
 * minimums (domain-rules.md §8). A value within binary noise of a whole cent (e.g.
 * `96621.00000000001`) is that cent: exact amounts must never be pushed up by float error.
 */
export function ceilCents(cents: number): number {
  const nearest = Math.round(cents);
  if (Math.abs(cents - nearest) <= 1e-9 * Math.max(1, Math.abs(cents))) return nearest;
  return Math.ceil(cents);
}
