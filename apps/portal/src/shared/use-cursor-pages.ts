import { ref, type Ref } from 'vue';

/**
 * A list read a page at a time, each page starting after the last row's `cursor` (the API
 * finds it by index: issue 15). `read` fetches one page; `more` says a next page may exist.
 */
export function useCursorPages<Row extends { cursor: string }>(read: (after: string | null, first: number) => Promise<Row[]>, pageSize: number, onError: (error: unknown) => void) {
  const rows = ref([]) as Ref<Row[]>;
  const more = ref(false);
  async function fetchPage(after: string | null): Promise<void> {
    try {
      const page = await read(after, pageSize);
      rows.value = after ? [...rows.value, ...page] : page;
      more.value = page.length === pageSize;
    } catch (error) {
      onError(error);
    }
  }
  return { rows, more, reload: () => fetchPage(null), next: () => fetchPage(rows.value.at(-1)?.cursor ?? null) };
}
