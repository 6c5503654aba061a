import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Finding } from '@alternance/domain';
import { isOpenMissionClash } from '../modules/missions/mission.entities.js';
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

const SEVERITY: Record<string, GqlFinding['severity']> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } satisfies Record<Finding['severity'], GqlFinding['severity']>;

/**
 * A finding as the schema shows it, read from the rule's finding when a field is asked: the
 * domain words a message only when it is read, and a roster of 1,000 rows has about 2,000
 * findings whose English message the checker never selects (issue 15: copying every field
 * into a new object worded both messages of every finding). `toJSON` gives the plain object.
 */
class GqlFindingView implements GqlFinding {
  constructor(private readonly finding: Finding & { subject?: string }) {}
  get code(): string {
    return this.finding.code;
  }
  get severity(): GqlFinding['severity'] {
    // Findings stored with a mission (JSON column) may already carry the schema's upper case.
    const severity: string = this.finding.severity;
    return SEVERITY[severity] ?? (severity.toUpperCase() as GqlFinding['severity']);
  }
  get field(): string | null {
    return this.finding.field ?? null;
  }
  get subject(): string | null {
    return this.finding.subject ?? null;
  }
  get message(): string {
    return this.finding.message;
  }
  get messageEn(): string {
    return this.finding.messageEn;
  }
  get ref(): string {
    return this.finding.ref;
  }
  get window(): GqlFinding['window'] {
    return this.finding.window ?? null;
  }
  toJSON(): GqlFinding {
    const { code, severity, field, subject, message, messageEn, ref, window } = this;
    return { code, severity, field, subject, message, messageEn, ref, window };
  }
}

export function toGqlFinding(f: Finding & { subject?: string }): GqlFinding {
  return new GqlFindingView(f);
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
    if (isOpenMissionClash(error)) {
      return failed([{ code: 'OPEN_MISSION_EXISTS', field: 'id', index: null, message: 'Une demande de validation est déjà en cours pour cet(te) étudiant(e) : modifiez-la au lieu d’en créer une autre.' }], []);
    }
    if (error instanceof UniqueConstraintViolationException) {
      return failed([{ code: 'DUPLICATE', field: null, index: null, message: 'Cet enregistrement existe déjà (adresse e-mail, SIRET ou référence en double).' }], []);
    }
    throw error;
  }
}
