import { describe, expect, it } from 'vitest';
import { underWorkLaw } from './work-law-route.js';

describe('underWorkLaw (§4.3: "sous contrat (i.e. hors stagiaires)")', () => {
  it('holds for the two alternance contracts', () => {
    expect(underWorkLaw('CAPP')).toBe(true);
    expect(underWorkLaw('CPRO')).toBe(true);
  });
  it('does not for an internship, another status or no mission', () => {
    expect(underWorkLaw('CSTAGEALT')).toBe(false);
    expect(underWorkLaw('CSTAGE')).toBe(false);
    expect(underWorkLaw('SANS')).toBe(false);
    expect(underWorkLaw(null)).toBe(false);
    expect(underWorkLaw(undefined)).toBe(false);
  });
});
