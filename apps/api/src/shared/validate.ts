import { isIsoDate } from '@alternance/domain';
import { apiError, BusinessError, type UserError } from './errors.js';
import { fieldLabel } from './field-labels.js';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Years a date of this programme can sensibly carry (births, contracts, requests): a
 * year 0000 or 9999 is a typo, never a date to compute with (issue 10, item 8).
 */
export const SANE_YEARS = { min: 1900, max: 2199 } as const;

/** A valid AAAA-MM-JJ date whose year lies in {@link SANE_YEARS}. */
export function isSaneDate(value: unknown): value is string {
  if (!isIsoDate(value)) return false;
  const year = Number((value as string).slice(0, 4));
  return year >= SANE_YEARS.min && year <= SANE_YEARS.max;
}

/**
 * Control characters (C0 but tab and line breaks, DEL, C1): no field of this API carries
 * them, and a NUL breaks PostgreSQL text (issue 10, item 6).
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A period whose end comes before its start (same-day periods are allowed). */
export function endsBeforeStart(start: string | null | undefined, end: string | null | undefined): boolean {
  return typeof start === 'string' && typeof end === 'string' && isIsoDate(start) && isIsoDate(end) && end < start;
}

/** The `offset` argument of a list: a whole number ≥ 0, else a field error. */
export function pageOffset(offset: number | null | undefined): number {
  if (offset === null || offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0) throw apiError('BAD_USER_INPUT', `offset : un entier positif ou nul (reçu ${offset}).`, 'offset');
  return offset;
}

/**
 * Collects input errors field by field, so that the client gets all of them at once, each
 * naming its field; `done()` throws them together (nothing is written).
 */
export class InputCheck {
  readonly errors: UserError[] = [];

  constructor(private readonly prefix = '') {}

  fail(field: string, message: string): void {
    this.errors.push({ code: 'BAD_USER_INPUT', field: `${this.prefix}${field}`, message });
  }

  text(field: string, value: string | null | undefined, max: number, options: { required?: boolean } = {}): string | null {
    if (value === null || value === undefined || value.trim() === '') {
      if (options.required) this.fail(field, `Champ obligatoire : ${fieldLabel(field)}.`);
      return null;
    }
    const v = value.trim();
    if (v.length > max) this.fail(field, `${cap(fieldLabel(field))} : ${v.length} caractères, ${max} au plus.`);
    return v;
  }

  date(field: string, value: string | null | undefined): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (!isSaneDate(value)) this.fail(field, `${cap(fieldLabel(field))} : « ${value} » n’est pas une date AAAA-MM-JJ valide (années ${SANE_YEARS.min}–${SANE_YEARS.max}).`);
    return value;
  }

  /** The end of a period (DFC, a rupture…) may not come before its start (DDC): the error names the end field. */
  dateOrder(startField: string, start: string | null | undefined, endField: string, end: string | null | undefined): void {
    if (endsBeforeStart(start, end)) this.fail(endField, `${cap(fieldLabel(endField))} : ${end} précède ${fieldLabel(startField)} (${start}).`);
  }

  email(field: string, value: string | null | undefined, options: { required?: boolean } = {}): string | null {
    const v = this.text(field, value, 254, options);
    if (v !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) this.fail(field, `${cap(fieldLabel(field))} : « ${v} » n’est pas une adresse e-mail.`);
    return v?.toLowerCase() ?? null;
  }

  siret(field: string, value: string | null | undefined): string | null {
    const v = this.text(field, value, 20, { required: true })?.replace(/\s/g, '') ?? null;
    if (v !== null && !/^\d{14}$/.test(v)) this.fail(field, `${cap(fieldLabel(field))} : un SIRET compte 14 chiffres (« ${v} »).`);
    return v;
  }

  number(field: string, value: number | null | undefined, min: number, max: number): number | null {
    if (value === null || value === undefined) return null;
    if (!Number.isFinite(value) || value < min || value > max) this.fail(field, `${cap(fieldLabel(field))} : ${value} hors de l’intervalle ${min}–${max}.`);
    return value;
  }

  oneOf<T extends string>(field: string, value: string | null | undefined, allowed: readonly T[]): T | null {
    if (value === null || value === undefined || value === '') return null;
    if (!(allowed as readonly string[]).includes(value)) this.fail(field, `${cap(fieldLabel(field))} : « ${value} » n’est pas une valeur admise (${allowed.join(', ')}).`);
    return value as T;
  }

  require(field: string, present: boolean, label = fieldLabel(field)): void {
    if (!present) this.errors.push({ code: 'MISSING_VALUE', field: `${this.prefix}${field}`, message: `Champ obligatoire pour soumettre : ${label}.` });
  }

  done(): void {
    if (this.errors.length) throw new BusinessError(this.errors);
  }
}
