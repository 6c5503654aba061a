import { describe, expect, it } from 'vitest';
import { statesAwaiting } from './awaiting-action.js';

describe('statesAwaiting', () => {
  it('lists what waits for the manager, the student and the company', () => {
    expect(statesAwaiting('MANAGER')).toEqual(['SUBMITTED', 'ERROR_REPORTED', 'CONFIRMED']);
    expect(statesAwaiting('STUDENT')).toEqual(['DRAFT', 'RETURNED']);
    expect(statesAwaiting('COMPANY_CONTACT')).toEqual(['CONFIRMATION_REQUESTED']);
  });
});
