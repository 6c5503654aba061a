import { describe, expect, it } from 'vitest';
import type { ContactNeed } from './contact-routes.js';
import { defaultContactRoutes } from './default-contact-routes.js';

const NEEDS: ContactNeed[] = [
  'PEDAGOGICAL_REQUEST',
  'SICK_LEAVE',
  'ADMIN_TRAINING',
  'ADMIN_TRAINING_NOT_OPA',
  'MISSION_VALIDATION',
  'SIGNED_CONTRACT',
  'PROBLEM_AT_OPA',
  'TUTOR_CHANGE',
  'EARLY_TERMINATION',
];

describe('defaultContactRoutes (§6.1, Tableaux 8–9)', () => {
  it('is JSON-serialisable data', () => {
    expect(JSON.parse(JSON.stringify(defaultContactRoutes))).toEqual(defaultContactRoutes);
  });

  it('has one route per asker and need: every need for alternants, all but ADMIN_TRAINING_NOT_OPA for companies', () => {
    const keys = defaultContactRoutes.routes.map((r) => `${r.asker}:${r.need}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith('ALTERNANT:')).sort()).toEqual(NEEDS.map((n) => `ALTERNANT:${n}`).sort());
    expect(keys.filter((k) => k.startsWith('COMPANY:')).sort()).toEqual(
      NEEDS.filter((n) => n !== 'ADMIN_TRAINING_NOT_OPA')
        .map((n) => `COMPANY:${n}`)
        .sort(),
    );
  });

  it('names roles only, each with a label, never people or addresses', () => {
    const text = JSON.stringify(defaultContactRoutes);
    expect(text).not.toMatch(/@|M\. |Mme /);
    for (const route of defaultContactRoutes.routes) {
      for (const c of [...route.contacts, ...(route.through?.contacts ?? [])]) expect(defaultContactRoutes.roles[c.role]).toBeDefined();
    }
  });
});
