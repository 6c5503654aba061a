import { describe, expect, it } from 'vitest';
import { managerActions, studentCanEdit } from './mission-actions';

describe('managerActions', () => {
  it('follows the domain transition table for the manager', () => {
    expect(managerActions('SUBMITTED', 'MANAGER')).toEqual(['REQUEST_CONFIRMATION', 'RETURN', 'REJECT']);
    expect(managerActions('CONFIRMED', 'MANAGER')).toEqual(['VALIDATE', 'RETURN', 'REJECT']);
    expect(managerActions('ERROR_REPORTED', 'MANAGER')).toEqual(['REQUEST_CONFIRMATION', 'RETURN', 'REJECT']);
    expect(managerActions('VALIDATED', 'MANAGER')).toEqual([]);
    expect(managerActions('DRAFT', 'MANAGER')).toEqual([]);
  });

  it('offers nothing to other roles or for an unknown state', () => {
    expect(managerActions('SUBMITTED', 'SECRETARIAT')).toEqual([]);
    expect(managerActions('CONFIRMED', 'DIRECTION')).toEqual([]);
    expect(managerActions('NOPE', 'MANAGER')).toEqual([]);
  });
});

describe('studentCanEdit', () => {
  it('allows a new fiche, a draft and a returned fiche only', () => {
    expect(studentCanEdit(null)).toBe(true);
    expect(studentCanEdit('DRAFT')).toBe(true);
    expect(studentCanEdit('RETURNED')).toBe(true);
    expect(studentCanEdit('SUBMITTED')).toBe(false);
    expect(studentCanEdit('VALIDATED')).toBe(false);
  });
});
