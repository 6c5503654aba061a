import type { ChecklistResponsible } from '@alternance/domain';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

/** Every key path of a message tree (`nav.missions`, `mission.party.HR_CONTACT`…). */
export function keyPaths(tree: unknown, prefix = ''): string[] {
  if (tree === null || typeof tree !== 'object') return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keyPaths(value, prefix ? `${prefix}.${key}` : key));
}

// issue 9 §4: the English translation is complete — a key in one language only fails here.
describe('translations', () => {
  it('has every French key in English, and no English key that French lacks', () => {
    const frKeys = new Set(keyPaths(fr));
    const enKeys = new Set(keyPaths(en));
    expect([...frKeys].filter((k) => !enKeys.has(k)), 'missing in en.ts').toEqual([]);
    expect([...enKeys].filter((k) => !frKeys.has(k)), 'missing in fr.ts').toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : []);
    const get = (tree: unknown, path: string) => path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
    const differing = keyPaths(fr).filter((k) => JSON.stringify(placeholders(get(fr, k))) !== JSON.stringify(placeholders(get(en, k))));
    expect(differing).toEqual([]);
  });

  it('names every party a contract’s checklist item falls to (no role code shown to a student)', () => {
    // A Record over the domain's type: a new party added there fails the type check here.
    const parties: Record<ChecklistResponsible, true> = { OPA: true, ALTERNANT: true, CFA: true, SFCA: true, HR_CONTACT: true, ALL: true };
    for (const party of Object.keys(parties)) expect(fr.contract.responsible, party).toHaveProperty(party);
  });

  it('finds a key present in one language only (the check itself can fail)', () => {
    expect(keyPaths({ a: { b: 'x', c: 'y' } })).toEqual(['a.b', 'a.c']);
  });
});
