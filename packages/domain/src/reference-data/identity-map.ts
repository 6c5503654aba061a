/**
 * A map keyed by object identity that compares its first keys one by one before hashing:
 * the roster check asks for its cohort's windows, group and grid years on every row, and a
 * `Map` look-up by an object (its identity hash, then the bucket) cost more than a few
 * pointer comparisons for the handful of cohorts a reference data holds (issue 15).
 * Keys past the first {@link SCANNED} go to a `Map`; there is no delete.
 */
export class IdentityMap<K extends object, V> {
  private readonly keys: K[] = [];
  private readonly values: V[] = [];
  private readonly rest = new Map<K, V>();

  get(key: K): V | undefined {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i += 1) if (keys[i] === key) return this.values[i];
    return keys.length < SCANNED ? undefined : this.rest.get(key);
  }

  set(key: K, value: V): this {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i += 1) {
      if (keys[i] === key) {
        this.values[i] = value;
        return this;
      }
    }
    if (keys.length < SCANNED) {
      keys.push(key);
      this.values.push(value);
    } else {
      this.rest.set(key, value);
    }
    return this;
  }
}

/** Keys compared one by one: more cohorts than one reference data usually holds. */
const SCANNED = 8;
