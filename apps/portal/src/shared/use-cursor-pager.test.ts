import { describe, expect, it } from 'vitest';
import { useCursorPager } from './use-cursor-pager';

// A server's list of 5 rows, read by cursor as the API does: rows strictly after `after`.
const server = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, cursor: `cursor-${id}` }));
const read = (after: string | null, first: number) => {
  const start = after === null ? 0 : server.findIndex((r) => r.cursor === after) + 1;
  return server.slice(start, start + first);
};

describe('useCursorPager', () => {
  it('goes forward after the last row of each page and back to where each page started', () => {
    const pager = useCursorPager();
    const pages: string[][] = [];
    const show = () => {
      const rows = read(pager.after.value, 2);
      pager.read(rows, 2);
      pages.push(rows.map((r) => r.id));
    };
    show();
    expect(pager.hasPrevious.value).toBe(false);
    expect(pager.hasNext.value).toBe(true);
    pager.next();
    show();
    pager.next();
    show();
    expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pager.page.value).toBe(3);
    expect(pager.hasNext.value).toBe(false);
    pager.next();
    expect(pager.page.value).toBe(3);
    pager.previous();
    show();
    expect(pages.at(-1)).toEqual(['c', 'd']);
    expect(pager.hasPrevious.value).toBe(true);
    pager.previous();
    show();
    expect(pages.at(-1)).toEqual(['a', 'b']);
    expect(pager.hasPrevious.value).toBe(false);
  });

  it('starts over on reset, and has no next page after an empty or exactly-ending list', () => {
    const pager = useCursorPager();
    pager.read(read(null, 5), 5);
    expect(pager.hasNext.value).toBe(true);
    pager.next();
    pager.read(read(pager.after.value, 5), 5);
    expect(pager.hasNext.value).toBe(false);
    expect(pager.page.value).toBe(2);
    pager.reset();
    expect(pager.page.value).toBe(1);
    expect(pager.after.value).toBeNull();
    pager.read([], 5);
    expect(pager.hasNext.value).toBe(false);
  });
});
