import { describe, expect, it } from 'vitest';
import { ruptureProcedure } from './rupture-procedure.js';

describe('ruptureProcedure (§5)', () => {
  it('CAPP: rupture slip from the manager and rupture document, 3 originals each to the CFA, PDF to the manager', () => {
    const procedure = ruptureProcedure('CAPP');
    expect(procedure?.documents.map((d) => [d.code, d.providedBy, d.sendTo])).toEqual([
      ['RUPTURE_SLIP', 'MANAGER', [{ to: 'CFA', form: 'ORIGINAL', count: 3 }, { to: 'MANAGER', form: 'PDF', count: 1 }]],
      ['RUPTURE_DOCUMENT', null, [{ to: 'CFA', form: 'ORIGINAL', count: 3 }, { to: 'MANAGER', form: 'PDF', count: 1 }]],
    ]);
    expect(procedure).toMatchObject({ mediation: ['ACADEMIC_TUTOR', 'MANAGER'], lastDayRequired: true });
  });

  it('CPRO: original to the DDETS, copy to the OPCO, PDF to the manager', () => {
    expect(ruptureProcedure('CPRO')?.documents).toEqual([
      expect.objectContaining({
        code: 'RUPTURE_DOCUMENT',
        sendTo: [
          { to: 'DDETS', form: 'ORIGINAL', count: 1 },
          { to: 'OPCO', form: 'COPY', count: 1 },
          { to: 'MANAGER', form: 'PDF', count: 1 },
        ],
      }),
    ]);
  });

  it('CSTAGEALT: rupture amendment, original to the internship office, PDF to the manager', () => {
    expect(ruptureProcedure('CSTAGEALT')?.documents).toEqual([
      expect.objectContaining({
        code: 'RUPTURE_AMENDMENT',
        providedBy: 'INTERNSHIP_SECRETARIAT',
        sendTo: [
          { to: 'INTERNSHIP_SECRETARIAT', form: 'ORIGINAL', count: 1 },
          { to: 'MANAGER', form: 'PDF', count: 1 },
        ],
      }),
    ]);
  });

  it('requires the exact last day, inclusive, in every procedure', () => {
    for (const type of ['CAPP', 'CPRO', 'CSTAGEALT']) expect(ruptureProcedure(type)?.note.fr).toMatch(/dernier jour .* inclus/);
  });

  it('has none for CSTAGE, SANS or an unknown type, and hands out copies', () => {
    expect(ruptureProcedure('CSTAGE')).toBeNull();
    expect(ruptureProcedure('SANS')).toBeNull();
    expect(ruptureProcedure('cap')).toBeNull();
    const first = ruptureProcedure('CPRO');
    first?.documents.pop();
    expect(ruptureProcedure('CPRO')?.documents).toHaveLength(1);
  });
});
