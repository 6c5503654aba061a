import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Finding } from '@alternance/domain';
import { BusinessError, type UserError } from '../shared/errors.js';

export interface GqlFinding {
  code: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  field: string | null;
  subject: string | null;
  message: string;
  messageEn: string;
  ref: string;
  window: { min: string | null; max: string | null } | null;
}

export function toGqlFinding(f: Finding & { subject?: string }): GqlFinding {
  return {
    code: f.code,
    severity: f.severity.toUpperCase() as GqlFinding['severity'],
    field: f.field ?? null,
    subject: f.subject ?? null,
    message: f.message,
    messageEn: f.messageEn,
    ref: f.ref,
    window: f.window ?? null,
  };
}

const gqlUserError = (e: UserError) => ({ code: e.code, message: e.message, field: e.field ?? null, index: e.index ?? null });

/**
 * Runs a mutation's use case and shapes its payload: expected failures (rule findings,
 * stale versions caught by the service or by the database's version check, duplicates)
 * become `errors` — the unit of work has rolled back, nothing was written.
 */
export async function payload<T, A extends object, B extends object>(
  run: () => Promise<T>,
  ok: (result: T) => A,
  failed: (errors: ReturnType<typeof gqlUserError>[], findings: GqlFinding[]) => B,
): Promise<A | B> {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof BusinessError) return failed(error.errors.map(gqlUserError), (error.findings as Finding[]).map(toGqlFinding));
    if (error instanceof OptimisticLockError) {
      return failed([{ code: 'CONFLICT', field: 'version', index: null, message: 'Enregistrement refusé : quelqu’un d’autre l’a modifié entre-temps. Rechargez puis recommencez.' }], []);
    }
    // PostgreSQL names the index (mission_open_for_unique), SQLite the column (mission.open_for).
    if (error instanceof UniqueConstraintViolationException && /mission[._]open_for/.test(error.message)) {
      return failed([{ code: 'OPEN_MISSION_EXISTS', field: 'id', index: null, message: 'Une demande de validation est déjà en cours pour cet(te) étudiant(e) : modifiez-la au lieu d’en créer une autre.' }], []);
    }
    if (error instanceof UniqueConstraintViolationException) {
      return failed([{ code: 'DUPLICATE', field: null, index: null, message: 'Cet enregistrement existe déjà (adresse e-mail, SIRET ou référence en double).' }], []);
    }
    throw error;
  }
}
