export interface UserErrorView {
  code: string;
  message: string;
  field?: string | null;
  index?: number | null;
}

export interface SortedErrors {
  /** Someone else saved first (stale `version`): explain, keep the user's input. */
  conflict: boolean;
  /** Messages to show next to their field, keyed by the API's field path (e.g. `startDate`, `tutor1.email`). */
  byField: Record<string, string>;
  /** Messages that concern no field, or a field this form does not show. */
  general: string[];
}

/**
 * Sorts a payload's `errors` for display: CONFLICT apart, field errors next to their
 * field (the first message per field wins), the rest above the form.
 */
export function sortUserErrors(errors: readonly UserErrorView[], shownFields?: ReadonlySet<string>): SortedErrors {
  const sorted: SortedErrors = { conflict: false, byField: {}, general: [] };
  for (const e of errors) {
    if (e.code === 'CONFLICT') {
      sorted.conflict = true;
      continue;
    }
    const field = e.field ? e.field.replace(/^input\./, '') : null;
    if (field && (!shownFields || shownFields.has(field))) {
      sorted.byField[field] ??= e.message;
    } else {
      sorted.general.push(e.message);
    }
  }
  return sorted;
}
