import { computed, nextTick, reactive } from 'vue';
import { ApiError, errorMessage } from '../api/api-error';
import { sortUserErrors, type UserErrorView } from './user-errors';

export interface SummaryItem {
  /** The API's field path (`startDate`, `tutor1.email`), or null for a message about the whole form. */
  field: string | null;
  /** Id of the input to focus, when the form shows that field. */
  target: string | null;
  message: string;
}

/**
 * One form's server-side errors (issue 9 §4): each message under its field (the field marked
 * invalid, the first one scrolled into view and focused), a summary at the top listing them
 * all, CONFLICT apart so the form can offer to reload while keeping the user's input.
 *
 * `fieldIds` maps the API's field paths to the ids of the inputs that show them; a path the
 * form does not show lands in the summary only. Pass the ids in the order of the form, so that
 * the first error focused is the first one on screen.
 */
export function useFormErrors(fieldIds: Record<string, string> | (() => Record<string, string>), options: { summaryId: string }) {
  const ids = () => (typeof fieldIds === 'function' ? fieldIds() : fieldIds);
  const state = reactive({ byField: {} as Record<string, string>, general: [] as string[], conflict: false });

  const summary = computed<SummaryItem[]>(() => {
    const order = Object.keys(ids());
    const fieldItems = Object.entries(state.byField)
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([field, message]) => ({ field, target: ids()[field] ?? null, message }));
    return [...state.general.map((message) => ({ field: null, target: null, message })), ...fieldItems];
  });

  function clear(): void {
    state.byField = {};
    state.general = [];
    state.conflict = false;
  }

  /** Brings the first invalid field (else the summary) into view and gives it the focus. */
  async function reveal(): Promise<void> {
    await nextTick();
    const first = summary.value.find((s) => s.target)?.target;
    const element = (first && document.getElementById(first)) || document.getElementById(options.summaryId);
    if (!element) return;
    element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    element.focus?.({ preventScroll: true });
  }

  /** Shows a payload's `errors`; returns true when there were some (nothing was saved). */
  function show(errors: readonly UserErrorView[]): boolean {
    const sorted = sortUserErrors(errors, new Set(Object.keys(ids())));
    state.byField = sorted.byField;
    state.general = sorted.general;
    state.conflict = sorted.conflict;
    if (errors.length && !(sorted.conflict && !sorted.general.length && !Object.keys(sorted.byField).length)) void reveal();
    return errors.length > 0;
  }

  /** Shows a thrown failure (network, session, a value the API refused before any resolver ran). */
  function fail(error: unknown): void {
    clear();
    if (error instanceof ApiError && error.field && ids()[error.field]) state.byField = { [error.field]: error.message };
    else state.general = [errorMessage(error)];
    void reveal();
  }

  return {
    state,
    summary,
    summaryId: options.summaryId,
    /** The message to show under a field, if any. */
    of: (field: string): string | undefined => state.byField[field],
    show,
    fail,
    clear,
    /** Sets one field's message from a check made in the browser (e.g. a required comment). */
    set(field: string, message: string): void {
      state.byField = { ...state.byField, [field]: message };
      void reveal();
    },
  };
}

export type FormErrors = ReturnType<typeof useFormErrors>;
