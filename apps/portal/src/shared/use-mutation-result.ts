import { ref } from 'vue';
import { errorMessage } from '../api/api-error';
import { sortUserErrors, type UserErrorView } from './user-errors';

/** A mutation's payload: its user errors, and whatever else it returns. */
export interface MutationAnswer {
  errors: readonly UserErrorView[];
}

export interface MutationResultOptions {
  /** The fields the panel shows: their messages go next to them (`fieldErrors`), the others to `errors`. */
  fields?: readonly string[];
  /**
   * When someone else saved first (a stale `version`, CONFLICT): a function gives the panel's own
   * words for it, alone in `errors`; `'apart'` leaves it out of `errors` (the panel shows `conflict`
   * its own way); by default the API's message stays among the others. `conflict` is set in every case.
   */
  conflict?: (() => string) | 'apart';
}

/**
 * Sends a mutation and shows its result, the one shape of the portal's panels: busy while it runs;
 * the payload's user errors sorted (CONFLICT apart, field errors next to their field, the rest above);
 * a request that fails (network, server) as one message; on success only, `onSuccess` (a success
 * message, `emit('changed')`…). `send` resolves to `true` when the mutation succeeded.
 */
export function useMutationResult(options: MutationResultOptions = {}) {
  const shown = new Set(options.fields ?? []);
  const busy = ref(false);
  const conflict = ref(false);
  const fieldErrors = ref<Record<string, string>>({});
  const errors = ref<string[]>([]);

  function clear(): void {
    conflict.value = false;
    fieldErrors.value = {};
    errors.value = [];
  }

  async function send<A extends MutationAnswer>(request: () => Promise<A>, onSuccess?: (answer: A) => void | Promise<void>): Promise<boolean> {
    busy.value = true;
    clear();
    try {
      const answer = await request();
      const sorted = sortUserErrors(answer.errors, shown);
      conflict.value = sorted.conflict;
      fieldErrors.value = sorted.byField;
      errors.value = !sorted.conflict || options.conflict === 'apart' ? sorted.general : typeof options.conflict === 'function' ? [options.conflict()] : answer.errors.filter((e) => e.code === 'CONFLICT' || sorted.general.includes(e.message)).map((e) => e.message);
      if (answer.errors.length) return false;
      await onSuccess?.(answer);
      return true;
    } catch (error) {
      errors.value = [errorMessage(error)];
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, conflict, fieldErrors, errors, send, clear };
}
