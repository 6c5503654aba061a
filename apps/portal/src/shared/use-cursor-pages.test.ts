import { describe, expect, it } from 'vitest';
import { useCursorPages } from './use-cursor-pages';

// A server's list of 5 rows, read by cursor as the API does: rows strictly after `after`.
const server = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, cursor: `cursor-${id}` }));
const read = async (after: string | null, first: number) => {
  const start = after === null ? 0 : server.findIndex((r) => r.cursor === after) + 1;
  return server.slice(start, start + first);
};

describe('useCursorPages', () => {
  it('appends each next page after the last row, and says when no page may follow', async () => {
    const list = useCursorPages(read, 2, () => undefined);
    await list.reload();
    expect(list.rows.value.map((r) => r.id)).toEqual(['a', 'b']);
    expect(list.more.value).toBe(true);
    await list.next();
    await list.next();
    expect(list.rows.value.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(list.more.value).toBe(false);
  });

  it('starts over on reload and hands a failure to its caller, keeping the rows read', async () => {
    const errors: unknown[] = [];
    let fail = false;
    const list = useCursorPages(async (after: string | null, first: number) => (fail ? Promise.reject(new Error('réseau')) : read(after, first)), 2, (e) => errors.push(e));
    await list.reload();
    await list.next();
    fail = true;
    await list.next();
    expect(errors).toHaveLength(1);
    expect(list.rows.value.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    fail = false;
    await list.reload();
    expect(list.rows.value.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
