import { describe, expect, it } from 'vitest';
import { sortUserErrors } from './user-errors';

describe('sortUserErrors', () => {
  it('puts CONFLICT apart, field errors by field, the rest in general', () => {
    const sorted = sortUserErrors([
      { code: 'CONFLICT', message: 'Conflit' },
      { code: 'MISSING_VALUE', message: 'DDC manquante', field: 'startDate' },
      { code: 'BAD_USER_INPUT', message: 'E-mail invalide', field: 'input.tutor1.email' },
      { code: 'INVALID_TRANSITION', message: 'Action impossible' },
    ]);
    expect(sorted).toEqual({
      conflict: true,
      byField: { startDate: 'DDC manquante', 'tutor1.email': 'E-mail invalide' },
      general: ['Action impossible'],
    });
  });

  it('keeps the first message of a field and sends unknown fields to general', () => {
    const sorted = sortUserErrors(
      [
        { code: 'A', message: 'premier', field: 'endDate' },
        { code: 'B', message: 'second', field: 'endDate' },
        { code: 'C', message: 'ailleurs', field: 'siret' },
      ],
      new Set(['endDate']),
    );
    expect(sorted.byField).toEqual({ endDate: 'premier' });
    expect(sorted.general).toEqual(['ailleurs']);
    expect(sorted.conflict).toBe(false);
  });
});
