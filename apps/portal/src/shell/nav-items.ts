import type { Role } from '../gql/graphql';
import { OFFICE_ROLES } from '../session/roles';

/** The menu's sections, in the order of the office's work: its own pages, then the files, the year, absences, administration. */
export type NavGroup = 'mine' | 'files' | 'year' | 'absences' | 'admin' | 'help';
const GROUPS: readonly NavGroup[] = ['mine', 'files', 'year', 'absences', 'admin', 'help'];

export interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
  group: NavGroup;
}

const ALL: readonly Role[] = ['MANAGER', 'SECRETARIAT', 'DIRECTION', 'ACADEMIC_TUTOR', 'STUDENT'];

const ITEMS: NavItem[] = [
  { to: '/tableau-de-bord', label: 'nav.dashboard', roles: OFFICE_ROLES , group: 'mine' },
  { to: '/ma-fiche', label: 'nav.myFiche', roles: ['STUDENT'] , group: 'mine' },
  { to: '/mon-contrat', label: 'nav.myContract', roles: ['STUDENT'] , group: 'mine' },
  { to: '/missions', label: 'nav.missions', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] , group: 'files' },
  { to: '/contrats', label: 'nav.contracts', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] , group: 'files' },
  { to: '/etudiants', label: 'nav.students', roles: ['MANAGER', 'SECRETARIAT'] , group: 'files' },
  { to: '/offres', label: 'nav.offers', roles: [...OFFICE_ROLES, 'STUDENT', 'ACADEMIC_TUTOR'] , group: 'files' },
  { to: '/import-export', label: 'nav.roster', roles: OFFICE_ROLES , group: 'files' },
  { to: '/propositions', label: 'nav.proposals', roles: OFFICE_ROLES , group: 'files' },
  { to: '/referentiel', label: 'nav.reference', roles: OFFICE_ROLES , group: 'admin' },
  { to: '/journal', label: 'nav.auditLog', roles: OFFICE_ROLES , group: 'admin' },
  { to: '/jetons', label: 'nav.tokens', roles: ['SECRETARIAT', 'MANAGER'] , group: 'admin' },
  { to: '/webhooks', label: 'integration.webhooksNav', roles: ['MANAGER'] , group: 'admin' },
  { to: '/donnees-personnelles', label: 'nav.personalData', roles: ['MANAGER'] , group: 'admin' },
  // Livret d'alternance (issue 12 §3).
  { to: '/livrets', label: 'livret.nav.progress', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] , group: 'year' },
  { to: '/mon-livret', label: 'livret.nav.mine', roles: ['STUDENT'] , group: 'mine' },
  { to: '/calendriers', label: 'calendars.nav', roles: OFFICE_ROLES , group: 'year' },
  { to: '/mon-calendrier', label: 'calendars.myNav', roles: ['STUDENT'] , group: 'mine' },
  // Absences (issue 11 §3)
  { to: '/absences', label: 'absences.nav.list', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] , group: 'absences' },
  { to: '/absences/decisions', label: 'absences.nav.decisions', roles: ['MANAGER'] , group: 'absences' },
  { to: '/absences/demandes', label: 'absences.nav.professional', roles: OFFICE_ROLES , group: 'absences' },
  { to: '/mes-absences', label: 'absences.nav.mine', roles: ['STUDENT'] , group: 'mine' },
  { to: '/fin-d-annee', label: 'lifecycle.nav', roles: ['MANAGER'] , group: 'year' },
  { to: '/contacts', label: 'nav.contacts', roles: ALL , group: 'help' },
  // Issue 12: academic tutors and company visits (§4.6).
  { to: '/mes-alternants', label: 'followUp.nav.myAlternants', roles: ['ACADEMIC_TUTOR', 'MANAGER'] , group: 'mine' },
  { to: '/tutorat', label: 'followUp.nav.assignments', roles: ['MANAGER', 'SECRETARIAT'] , group: 'year' },
  { to: '/visites', label: 'followUp.nav.visits', roles: OFFICE_ROLES , group: 'year' },
  { to: '/mes-visites', label: 'followUp.nav.myVisits', roles: ['STUDENT'] , group: 'mine' },
];

/** The menu entries a role may open (the router's guard enforces the same roles). */
export function navItems(role: Role | null | undefined): NavItem[] {
  return role ? ITEMS.filter((item) => item.roles.includes(role)) : [];
}

/** The same entries by section, empty sections left out: the manager's two dozen pages read as five short lists. */
export function navSections(role: Role | null | undefined): { group: NavGroup; items: NavItem[] }[] {
  const items = navItems(role);
  return GROUPS.map((group) => ({ group, items: items.filter((item) => item.group === group) })).filter((section) => section.items.length > 0);
}
