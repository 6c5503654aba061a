import type { Role } from '../gql/graphql';

/** The alternance office: they follow the whole programme. */
export const OFFICE_ROLES: readonly Role[] = ['MANAGER', 'SECRETARIAT', 'DIRECTION'];
/** Who may write roster rows (importRoster). */
export const ROSTER_ROLES: readonly Role[] = ['MANAGER', 'SECRETARIAT'];
/** Who may open a student's record (/etudiants/:id): the direction and the academic tutors see alternants through their own pages. */
export const STUDENT_RECORD_ROLES: readonly Role[] = ['MANAGER', 'SECRETARIAT'];
/** Company contacts reach the portal only through a personal link. */
export const LINK_ROLES: readonly Role[] = ['COMPANY_TUTOR', 'HR_CONTACT'];

/** Where each role lands after signing in. */
export function homePath(role: Role): string {
  if (OFFICE_ROLES.includes(role)) return '/tableau-de-bord';
  if (role === 'STUDENT') return '/ma-fiche';
  if (LINK_ROLES.includes(role)) return '/lien';
  // An academic tutor's work is their alternants (§4.6, issue 12).
  if (role === 'ACADEMIC_TUTOR') return '/mes-alternants';
  return '/missions';
}
