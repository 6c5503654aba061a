/**
 * Collects the keys asked for during one tick and loads them with one call: a list of 100
 * contracts asking for their checklists costs one query, not 100.
 */
export function batchLoader<K, V>(loadMany: (keys: K[]) => Promise<Map<K, V>>, missing: V): (key: K) => Promise<V> {
  let pending: { keys: K[]; result: Promise<Map<K, V>> } | null = null;
  return (key) => {
    if (!pending) {
      const batch: { keys: K[]; result: Promise<Map<K, V>> } = { keys: [], result: Promise.resolve(new Map()) };
      batch.result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        pending = null;
        return loadMany([...new Set(batch.keys)]);
      });
      pending = batch;
    }
    pending.keys.push(key);
    return pending.result.then((map) => map.get(key) ?? missing);
  };
}
