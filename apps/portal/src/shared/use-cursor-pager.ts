import { computed, ref } from 'vue';

/**
 * Pages « Précédentes / Suivantes » read by cursor (issue 15): each page starts after the last
 * row of the page before it, which the API finds by index — where a page number becomes an
 * offset that re-reads every row before it. The cursors of the pages already seen are kept, so
 * « Précédentes » reads a page again from where it started.
 */
export function useCursorPager() {
  // starts[i]: the cursor page i+1 starts after (null: the first page).
  const starts = ref<(string | null)[]>([null]);
  const last = ref<string | null>(null);
  const full = ref(false);
  const page = computed(() => starts.value.length);
  return {
    /** 1 for the first page. */
    page,
    /** The `after` of the page to read. */
    after: computed(() => starts.value.at(-1) ?? null),
    hasPrevious: computed(() => starts.value.length > 1),
    /** A full page may have a next one; a short page is the last. */
    hasNext: computed(() => full.value && last.value !== null),
    /** What a page read holds: its last row's cursor, and whether it was full. */
    read(rows: readonly { cursor?: string | null }[], pageSize: number) {
      last.value = rows.at(-1)?.cursor ?? null;
      full.value = rows.length === pageSize;
    },
    next() {
      if (full.value && last.value !== null) starts.value = [...starts.value, last.value];
    },
    previous() {
      if (starts.value.length > 1) starts.value = starts.value.slice(0, -1);
    },
    /** Back to the first page (a filter, order or page size changed). */
    reset() {
      starts.value = [null];
      last.value = null;
      full.value = false;
    },
  };
}
