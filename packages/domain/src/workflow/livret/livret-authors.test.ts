import { describe, expect, it } from 'vitest';
import { checkLivretAuthor, livretSheetsOf } from './livret-authors.js';

describe('checkLivretAuthor (LIVRET_NOT_AUTHOR, §4.7)', () => {
  it('the company tutor fills objectives, comments and the evaluation, not the self-evaluation', () => {
    expect(livretSheetsOf('COMPANY_TUTOR')).toEqual(['OBJECTIVES', 'COMMENTS', 'TUTOR_EVALUATION']);
    expect(checkLivretAuthor('COMPANY_TUTOR', 'TUTOR_EVALUATION')).toEqual([]);
    expect(checkLivretAuthor('COMPANY_TUTOR', 'SELF_EVALUATION').map((f) => f.code)).toEqual(['LIVRET_NOT_AUTHOR']);
  });
  it('the alternant fills comments and the self-evaluation, not the objectives', () => {
    expect(livretSheetsOf('ALTERNANT')).toEqual(['COMMENTS', 'SELF_EVALUATION']);
    expect(checkLivretAuthor('ALTERNANT', 'COMMENTS')).toEqual([]);
    expect(checkLivretAuthor('ALTERNANT', 'OBJECTIVES').map((f) => f.code)).toEqual(['LIVRET_NOT_AUTHOR']);
  });
});
