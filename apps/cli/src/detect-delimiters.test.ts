import { describe, expect, it } from 'vitest';
import { detectDelimiters } from './detect-delimiters.js';

describe('detectDelimiters', () => {
  it('puts first the delimiter of the first line that has one', () => {
    expect(detectDelimiters('Nom;Prénom;Statut\nDurand;Léa;FI')[0]).toBe(';');
    expect(detectDelimiters('Nom,Prénom,Statut\n')[0]).toBe(',');
    expect(detectDelimiters('Nom\tPrénom\tStatut\n')[0]).toBe('\t');
  });

  it('skips a title line without delimiters and ignores quoted ones', () => {
    expect(detectDelimiters('Alternants 2025\r\n"Nom, prénom";Statut;Contrat\n')[0]).toBe(';');
  });

  it('prefers `;` on a tie and always offers every candidate', () => {
    expect(detectDelimiters('Nom')).toEqual([';', ',', '\t']);
  });
});
