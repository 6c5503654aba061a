import { describe, expect, it } from 'vitest';
import { apprenticeAgeBracket } from './apprentice-age-bracket.js';

describe('apprenticeAgeBracket (Tableau 6)', () => {
  it('places apprentices, under 16 as 16–17', () => {
    expect([15, 16, 17, 18, 20, 21, 25, 26, 29].map(apprenticeAgeBracket)).toEqual([
      '16-17', '16-17', '16-17', '18-20', '18-20', '21-25', '21-25', '26+', '26+',
    ]);
  });
});
