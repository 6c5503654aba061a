import { isIsoDate } from '@alternance/domain';
import { BusinessError, type UserError } from './errors.js';

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
      if (options.required) this.fail(field, `Champ obligatoire : ${field}.`);
      return null;
    }
    const v = value.trim();
    if (v.length > max) this.fail(field, `${field} : ${v.length} caractères, ${max} au plus.`);
    return v;
  }

  date(field: string, value: string | null | undefined): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (!isIsoDate(value)) this.fail(field, `${field} : « ${value} » n’est pas une date AAAA-MM-JJ valide.`);
    return value;
  }

  email(field: string, value: string | null | undefined, options: { required?: boolean } = {}): string | null {
    const v = this.text(field, value, 254, options);
    if (v !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) this.fail(field, `${field} : « ${v} » n’est pas une adresse e-mail.`);
    return v?.toLowerCase() ?? null;
  }

  siret(field: string, value: string | null | undefined): string | null {
    const v = this.text(field, value, 20, { required: true })?.replace(/\s/g, '') ?? null;
    if (v !== null && !/^\d{14}$/.test(v)) this.fail(field, `${field} : un SIRET compte 14 chiffres (« ${v} »).`);
    return v;
  }

  number(field: string, value: number | null | undefined, min: number, max: number): number | null {
    if (value === null || value === undefined) return null;
    if (!Number.isFinite(value) || value < min || value > max) this.fail(field, `${field} : ${value} hors de l’intervalle ${min}–${max}.`);
    return value;
  }

  oneOf<T extends string>(field: string, value: string | null | undefined, allowed: readonly T[]): T | null {
    if (value === null || value === undefined || value === '') return null;
    if (!(allowed as readonly string[]).includes(value)) this.fail(field, `${field} : « ${value} » n’est pas une valeur admise (${allowed.join(', ')}).`);
    return value as T;
  }

  require(field: string, present: boolean, label = field): void {
    if (!present) this.errors.push({ code: 'MISSING_VALUE', field: `${this.prefix}${field}`, message: `Champ obligatoire pour soumettre : ${label}.` });
  }

  done(): void {
    if (this.errors.length) throw new BusinessError(this.errors);
  }
}
