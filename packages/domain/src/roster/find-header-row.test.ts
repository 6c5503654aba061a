import { describe, expect, it } from 'vitest';
import { findHeaderRow } from './find-header-row.js';

describe('findHeaderRow', () => {
  it('finds the header row below a title and notes', () => {
    const result = findHeaderRow([['Alternants 2025/2026'], [], ['Nom', 'Prénom', 'Formation', 'Statut', 'Contrat'], ['Durand', 'Léa', 'L3I-2025', 'FI', 'CAPP']]);
    expect(result.ok && result.index).toBe(2);
    expect(result.ok && result.mapping.columns.get('contractType')).toBe(4);
  });

  it('needs 3 known headers: 2 are not enough, 3 are', () => {
    expect(findHeaderRow([['Nom', 'Statut', 'Remarque']]).ok).toBe(false);
    expect(findHeaderRow([['Nom', 'Statut', 'Prénom']]).ok).toBe(true);
  });

  it('needs one of Formation, Statut or Contrat', () => {
    expect(findHeaderRow([['Nom', 'Prénom', 'DDC', 'DFC']]).ok).toBe(false);
    expect(findHeaderRow([['Nom', 'Prénom', 'DDC', 'Contract']]).ok).toBe(true);
    expect(findHeaderRow([['Nom', 'Prénom', 'Cohort']]).ok).toBe(true);
  });

  it('looks at the first 20 rows only: the 20th is found, the 21st is not', () => {
    const header = ['Nom', 'Formation', 'Statut'];
    const padding = (n: number): unknown[][] => Array.from({ length: n }, () => ['x']);
    expect(findHeaderRow([...padding(19), header]).ok).toBe(true);
    const result = findHeaderRow([...padding(20), header]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('NO_HEADER_ROW');
      expect(result.error.message).toMatch(/^Aucune ligne d'en-tête reconnue/);
      expect(result.error.messageEn).toMatch(/^No header row found/);
    }
  });

  it('returns an error, never throws, on rows that are not arrays', () => {
    expect(findHeaderRow([null, 'Nom;Statut;Contrat'] as unknown as unknown[][]).ok).toBe(false);
  });
});
