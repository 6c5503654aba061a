import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('puts a long label on several lines without cutting a word', () => {
    expect(wrapLabel('Renvoyée à l’alternant(e)')).toEqual(['Renvoyée à', 'l’alternant(e)']);
    expect(wrapLabel('Contrat de professionnalisation')).toEqual(['Contrat de', 'professionnalisation']);
    expect(wrapLabel('Validées')).toEqual(['Validées']);
  });
});
