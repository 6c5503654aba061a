import { describe, expect, it } from 'vitest';
import { stringifyAnswer } from '../src/graphql/answer-json.js';
import { answerShows } from './support/answer-leak.js';

// The fuzz test's leak check (fuzz-mutations.test.ts) must see an address however the answer is written.
const text = (body: unknown): string => (Buffer.isBuffer(body) ? body.toString('utf8') : (body as string));
const ADDRESS = 'zoé.lefèvre@étudiant.example';

describe('answerShows (the fuzz test’s leak check)', () => {
  it('finds a non-ASCII address in a large answer written ASCII-escaped, where the raw text does not hold it', () => {
    // Past 64 kB the answer is written piece by piece in ASCII (issue 15): é is \u00e9 in the bytes.
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ id: `row-${i}`, title: 'Développement d’une plateforme de données', email: i === 1_234 ? ADDRESS : `etudiant${i}@demo.example` }));
    const body = text(stringifyAnswer({ data: { missions: rows } } as never));
    expect(body.length).toBeGreaterThan(64 * 1024);
    expect(body).toContain('\\u00e9');
    expect(body.includes(ADDRESS)).toBe(false);
    expect(answerShows(body, ADDRESS)).toBe(true);
    expect(answerShows(body, 'personne@ailleurs.example')).toBe(false);
  });

  it('finds it in a small answer, in a message, in another letter case; not in a parse failure that lacks it', () => {
    const small = text(stringifyAnswer({ data: null, errors: [{ message: `Déjà utilisé par ${ADDRESS.toUpperCase()}` }] } as never));
    expect(answerShows(small, ADDRESS)).toBe(true);
    expect(answerShows(text(stringifyAnswer({ data: { missions: [] } } as never)), ADDRESS)).toBe(false);
    expect(answerShows('Bad Request', ADDRESS)).toBe(false);
    expect(answerShows(`Bad Request ${ADDRESS}`, ADDRESS)).toBe(true);
  });
});
