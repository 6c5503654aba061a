import { describe, expect, it } from 'vitest';
import { countText } from './count-text';

describe('countText', () => {
  it('groups thousands as the language writes them, like Intl', () => {
    expect(countText(22000, 'fr')).toBe(new Intl.NumberFormat('fr-FR').format(22000));
    expect(countText(1234567, 'en')).toBe('1,234,567');
    expect(countText(999, 'fr')).toBe('999');
    expect(countText(0, 'en')).toBe('0');
    expect(countText(-12000, 'fr')).toBe('-12\u202f000');
  });
});
