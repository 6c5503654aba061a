import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { canOpen } from './use-can-open';
import { routes } from './routes';

describe('canOpen', () => {
  const router = createRouter({ history: createMemoryHistory(), routes });

  it('keeps the mission page from a company tutor who reads the contract through a personal link', () => {
    expect(canOpen(router, 'COMPANY_TUTOR', '/missions/m1')).toBe(false);
    expect(canOpen(router, 'HR_CONTACT', '/missions/m1')).toBe(false);
    expect(canOpen(router, 'STUDENT', '/missions/m1')).toBe(true);
    expect(canOpen(router, 'MANAGER', '/missions/m1')).toBe(true);
  });

  it('keeps the tutor assignments (linked from the dashboard) from the direction, who reads the dashboard but assigns no tutor', () => {
    expect(canOpen(router, 'DIRECTION', '/tutorat')).toBe(false);
    expect(canOpen(router, 'MANAGER', '/tutorat')).toBe(true);
    expect(canOpen(router, 'SECRETARIAT', '/tutorat')).toBe(true);
  });

  it('follows the routes’ roles elsewhere too', () => {
    expect(canOpen(router, 'DIRECTION', '/etudiants/s1')).toBe(false);
    expect(canOpen(router, 'SECRETARIAT', '/etudiants/s1')).toBe(true);
    expect(canOpen(router, null, '/missions/m1')).toBe(false);
  });

  it('shows student-record links exactly to the roles the record’s route lets in (no link that sends its reader home)', () => {
    for (const role of ['MANAGER', 'SECRETARIAT'] as const) {
      expect(canOpen(router, role, '/etudiants/s1'), role).toBe(true);
      expect(canOpen(router, role, '/etudiants'), role).toBe(true);
    }
    for (const role of ['DIRECTION', 'ACADEMIC_TUTOR', 'STUDENT', 'COMPANY_TUTOR'] as const) {
      expect(canOpen(router, role, '/etudiants/s1'), role).toBe(false);
      expect(canOpen(router, role, '/etudiants'), role).toBe(false);
    }
  });
});
