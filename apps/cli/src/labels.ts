import type { CheckLevel, Severity } from '@alternance/domain';
import type { Lang } from './lang.js';

/** The `Contrôle` column's words (interfaces.md §3), and their English equivalents. */
export const LEVEL_LABELS: Record<Lang, Record<CheckLevel, string>> = {
  fr: { ok: 'OK', warning: 'Avertissement', error: 'Erreur' },
  en: { ok: 'OK', warning: 'Warning', error: 'Error' },
};

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  fr: { error: 'erreur', warning: 'avertissement', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const SEVERITY_MARKS: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' };
