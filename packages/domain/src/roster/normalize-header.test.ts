import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './normalize-header.js';

describe('normalizeHeader', () => {
  it.each([
    ['Date de naissance', 'date de naissance'],
    ['DATE DE NAISSANCE', 'date de naissance'],
    ['date_de_naissance', 'date de naissance'],
    ['  Date   de\tnaissance ', 'date de naissance'],
    ['dateDeNaissance', 'date de naissance'],
    ['Étranger', 'etranger'],
    ['etranger', 'etranger'],
    ['ÉTRANGER', 'etranger'],
    ['Coût (€)', 'cout eur'],
    ['cout (EUR)', 'cout eur'],
    ['Professionnalisation validée', 'professionnalisation validee'],
    ['Prénom', 'prenom'],
    ['Contrôle', 'controle'],
    ['Heures non facturées', 'heures non facturees'],
    ['DDC', 'ddc'],
    ['birthDate', 'birth date'],
    ['Œuvre', 'oeuvre'],
    ['D.F.C.', 'dfc'],
    ['d. d. c.', 'ddc'],
    ['A P T', 'apt'],
    ['N°', 'n'],
  ])('%j → %j', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });

  it('reads numbers and ignores every other value', () => {
    expect(normalizeHeader(2025)).toBe('2025');
    expect(normalizeHeader(null)).toBe('');
    expect(normalizeHeader(undefined)).toBe('');
    expect(normalizeHeader({ toString: () => 'Nom' })).toBe('');
    expect(normalizeHeader(Number.NaN)).toBe('');
  });
});
