import { describe, expect, it } from 'vitest';
import { splitVisitAnswer } from './visit-findings';

const SCHOOL_DAY = { code: 'VISIT_NOT_ON_COMPANY_DAY', field: 'input.slots.0.date', message: 'Créneau 1 : Visite impossible le 05/01/2027…' };
const OUT_OF_PERIOD = { code: 'VISIT_OUT_OF_PERIOD', field: 'input.slots.0.date', message: 'Créneau 1 : 1re visite…' };

describe('splitVisitAnswer (§4.6, note 34)', () => {
  it('puts a blocking VISIT_NOT_ON_COMPANY_DAY under the date field, not in the box to acknowledge', () => {
    const split = splitVisitAnswer([SCHOOL_DAY, OUT_OF_PERIOD], [
      { code: 'VISIT_NOT_ON_COMPANY_DAY', severity: 'ERROR' },
      { code: 'VISIT_OUT_OF_PERIOD', severity: 'WARNING' },
    ]);
    expect(split.errors).toEqual([SCHOOL_DAY]);
    expect(split.warnings.map((w) => w.code)).toEqual(['VISIT_OUT_OF_PERIOD']);
  });

  it('leaves a warning (a provisional calendar) to the box, and other errors as they are', () => {
    const exists = { code: 'VISIT_EXISTS', field: 'input.visitNumber', message: 'existe déjà' };
    const split = splitVisitAnswer([SCHOOL_DAY, exists], [{ code: 'VISIT_NOT_ON_COMPANY_DAY', severity: 'WARNING' }]);
    expect(split.errors).toEqual([exists]);
    expect(split.warnings.map((w) => w.code)).toEqual(['VISIT_NOT_ON_COMPANY_DAY']);
  });
});
