import { describe, expect, it } from 'vitest';
import { navItems, navSections } from './nav-items';

describe('the menu by section', () => {
  it('gives the manager five work sections and help, every page once, in the office’s order', () => {
    const sections = navSections('MANAGER');
    expect(sections.map((s) => s.group)).toEqual(['mine', 'files', 'year', 'absences', 'admin', 'help']);
    expect(sections.flatMap((s) => s.items)).toHaveLength(navItems('MANAGER').length);
    expect(sections.find((s) => s.group === 'absences')!.items.map((i) => i.to)).toEqual(['/absences', '/absences/decisions', '/absences/demandes']);
  });

  it('leaves out the sections a role has nothing in', () => {
    expect(navSections('STUDENT').map((s) => s.group)).toEqual(['mine', 'files', 'help']);
    expect(navSections('STUDENT')[0]!.items.map((i) => i.to)).toEqual(['/ma-fiche', '/mon-contrat', '/mon-livret', '/mon-calendrier', '/mes-absences', '/mes-visites']);
    expect(navSections('COMPANY_TUTOR')).toEqual([]);
    expect(navSections(null)).toEqual([]);
  });
});
