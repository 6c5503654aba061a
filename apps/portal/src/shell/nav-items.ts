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
  { to: '/contacts', label: 'nav.contacts', roles: ALL },
];

/** The menu entries a role may open (the router's guard enforces the same roles). */
export function navItems(role: Role | null | undefined): NavItem[] {
  return role ? ITEMS.filter((item) => item.roles.includes(role)) : [];
}
