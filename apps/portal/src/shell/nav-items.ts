import type { Role } from '../gql/graphql';
import { OFFICE_ROLES } from '../session/roles';

export interface NavItem {
  to: string;
  label: string;
  roles: readonly Role[];
}

const ALL: readonly Role[] = ['MANAGER', 'SECRETARIAT', 'DIRECTION', 'ACADEMIC_TUTOR', 'STUDENT'];

const ITEMS: NavItem[] = [
  { to: '/tableau-de-bord', label: 'nav.dashboard', roles: OFFICE_ROLES },
  { to: '/ma-fiche', label: 'nav.myFiche', roles: ['STUDENT'] },
  { to: '/mon-contrat', label: 'nav.myContract', roles: ['STUDENT'] },
  { to: '/missions', label: 'nav.missions', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] },
  { to: '/contrats', label: 'nav.contracts', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] },
  { to: '/etudiants', label: 'nav.students', roles: ['MANAGER', 'SECRETARIAT'] },
  { to: '/offres', label: 'nav.offers', roles: [...OFFICE_ROLES, 'STUDENT', 'ACADEMIC_TUTOR'] },
  { to: '/import-export', label: 'nav.roster', roles: OFFICE_ROLES },
  { to: '/propositions', label: 'nav.proposals', roles: OFFICE_ROLES },
  { to: '/referentiel', label: 'nav.reference', roles: OFFICE_ROLES },
  { to: '/journal', label: 'nav.auditLog', roles: OFFICE_ROLES },
  { to: '/jetons', label: 'nav.tokens', roles: ['SECRETARIAT', 'MANAGER'] },
  { to: '/webhooks', label: 'integration.webhooksNav', roles: ['MANAGER'] },
  { to: '/donnees-personnelles', label: 'nav.personalData', roles: ['MANAGER'] },
  // Livret d'alternance (issue 12 §3).
  { to: '/livrets', label: 'livret.nav.progress', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] },
  { to: '/mon-livret', label: 'livret.nav.mine', roles: ['STUDENT'] },
  { to: '/calendriers', label: 'calendars.nav', roles: OFFICE_ROLES },
  { to: '/mon-calendrier', label: 'calendars.myNav', roles: ['STUDENT'] },
  // Absences (issue 11 §3)
  { to: '/absences', label: 'absences.nav.list', roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'] },
  { to: '/absences/decisions', label: 'absences.nav.decisions', roles: ['MANAGER'] },
  { to: '/absences/demandes', label: 'absences.nav.professional', roles: OFFICE_ROLES },
  { to: '/mes-absences', label: 'absences.nav.mine', roles: ['STUDENT'] },
  { to: '/fin-d-annee', label: 'lifecycle.nav', roles: ['MANAGER'] },
  { to: '/contacts', label: 'nav.contacts', roles: ALL },
  // Issue 12: academic tutors and company visits (§4.6).
  { to: '/mes-alternants', label: 'followUp.nav.myAlternants', roles: ['ACADEMIC_TUTOR', 'MANAGER'] },
  { to: '/tutorat', label: 'followUp.nav.assignments', roles: ['MANAGER', 'SECRETARIAT'] },
  { to: '/visites', label: 'followUp.nav.visits', roles: OFFICE_ROLES },
  { to: '/mes-visites', label: 'followUp.nav.myVisits', roles: ['STUDENT'] },
];

/** The menu entries a role may open (the router's guard enforces the same roles). */
export function navItems(role: Role | null | undefined): NavItem[] {
  return role ? ITEMS.filter((item) => item.roles.includes(role)) : [];
}
