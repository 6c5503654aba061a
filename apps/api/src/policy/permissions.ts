import type { Role } from '../modules/auth/auth.entities.js';

const OFFICE: Role[] = ['SECRETARIAT', 'MANAGER', 'DIRECTION'];
const PEOPLE: Role[] = ['STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT', 'ACADEMIC_TUTOR', ...OFFICE];

/**
 * What each role may do. Record-level limits (a student's own missions, a tutor's
 * alternants) are applied by the services' queries; API tokens (role INTEGRATION) hold a
 * subset of these permissions as scopes.
 */
export const PERMISSIONS = {
  'rules:use': [...PEOPLE, 'INTEGRATION'],
  'missions:read': [...PEOPLE, 'INTEGRATION'],
  'missions:draft': ['STUDENT'],
  'missions:manage': ['MANAGER'],
  'missions:confirm': ['COMPANY_TUTOR', 'HR_CONTACT'],
  'links:resend': ['SECRETARIAT', 'MANAGER'],
  'contracts:read': [...PEOPLE, 'INTEGRATION'],
  'checklist:edit': ['SECRETARIAT', 'MANAGER'],
  'students:read': [...PEOPLE, 'INTEGRATION'],
  'students:edit': ['SECRETARIAT', 'MANAGER'],
  // §1.2, §2.4: the student states their own track/site wish; the office places them (students:edit).
  'students:wish': ['STUDENT'],
  'offers:read': [...PEOPLE, 'INTEGRATION'],
  'offers:manage': ['SECRETARIAT', 'MANAGER'],
  // §3.2: the student chooses how the diffused offers reach them by mail.
  'offers:alerts': ['STUDENT'],
  'roster:read': [...OFFICE, 'INTEGRATION'],
  'roster:import': ['SECRETARIAT', 'MANAGER'],
  'dashboard:read': OFFICE,
  'roster:propose': ['SECRETARIAT', 'MANAGER', 'INTEGRATION'],
  'roster:decide': ['MANAGER'],
  'audit:read': OFFICE,
  'reference:read': [...PEOPLE, 'INTEGRATION'],
  'reference:edit': ['MANAGER'],
  // The secretariat creates the Excel add-in's token from the portal (issue 9 §5–6).
  'tokens:manage': ['SECRETARIAT', 'MANAGER'],
  'personal-data:export': ['STUDENT', 'MANAGER'],
  'personal-data:erase': ['MANAGER'],
  // Livret d'alternance (issue 12 §3): records are limited by livretScope (a student their own,
  // a company tutor the livret of their link, an academic tutor their alternants').
  'livret:read': ['STUDENT', 'COMPANY_TUTOR', 'ACADEMIC_TUTOR', ...OFFICE],
  'livret:fill': ['STUDENT', 'COMPANY_TUTOR'],
  'livret:progress': ['ACADEMIC_TUTOR', ...OFFICE],
  'livret:manage': ['MANAGER'],
  'livret:links': ['SECRETARIAT', 'MANAGER'],
  // Issue 11 §1: the office reads the alternance calendars; only the manager edits and publishes them.
  'calendars:read': [...OFFICE, 'INTEGRATION'],
  'calendars:edit': ['MANAGER'],
  // Anyone with a calendar (alternant, company tutor, academic tutor, office) may subscribe to their feed.
  'calendars:subscribe': PEOPLE,
  // Footnotes 13–15: a company tutor or HR contact reads their alternants' calendars through the link of a change's mail.
  'calendars:contact-read': ['COMPANY_TUTOR', 'HR_CONTACT'],
  // Academic tutors and company visits (§4.6, issue 12).
  'tutoring:read': ['ACADEMIC_TUTOR', ...OFFICE],
  'tutoring:assign': ['SECRETARIAT', 'MANAGER'],
  'visits:read': ['STUDENT', 'COMPANY_TUTOR', 'ACADEMIC_TUTOR', ...OFFICE],
  // The manager holds the tutor's role until a tutor is assigned (note 32).
  'visits:plan': ['ACADEMIC_TUTOR', 'MANAGER'],
  'visits:choose-slot': ['COMPANY_TUTOR'],
  // Absences (issue 11 §3, guide §4.3): record-level limits in absences/absence-scope.ts.
  'absences:read': PEOPLE,
  'absences:record': ['SECRETARIAT', 'MANAGER'],
  // The student may say why (§4.3.3) or that they were ill (§4.3.1); their own stoppage is refused in the service.
  'absences:justify': ['STUDENT', 'SECRETARIAT', 'MANAGER'],
  'absences:stoppage': ['COMPANY_TUTOR', 'HR_CONTACT', 'SECRETARIAT', 'MANAGER', 'STUDENT'],
  'absences:decide': ['MANAGER'],
  'absences:request-professional': ['COMPANY_TUTOR'],
  'absences:decide-professional': ['DIRECTION'],
  'absences:report': ['SECRETARIAT', 'MANAGER'],
  // Issue 13: the alternance's lifecycle (record-level limits: the contracts' mission scope).
  'lifecycle:read': PEOPLE,
  'mediation:record': ['ACADEMIC_TUTOR', 'MANAGER'],
  'rupture:request': ['STUDENT', 'COMPANY_TUTOR', 'HR_CONTACT'],
  'rupture:manage': ['MANAGER'],
  'rupture:documents': ['SECRETARIAT', 'MANAGER'],
  'contracts:extend': ['MANAGER'],
  // A change of company tutor during the contract (§3.1, Attention) is notified to the manager, who
  // also receives the new tutor's fiche details (§6.1.2, Tableau 9): neither the secretariat nor the direction record it.
  'contracts:change-tutor': ['MANAGER'],
  'year:close': ['MANAGER'],
  // CFA/SFCA integration (issue 14): a partner records its own identifiers on our records.
  'external-ids:write': ['SECRETARIAT', 'MANAGER', 'INTEGRATION'],
  'changes:read': ['SECRETARIAT', 'MANAGER', 'DIRECTION', 'INTEGRATION'],
  'contracts:upsert': ['MANAGER', 'INTEGRATION'],
  // A partner tells the office of a rupture its platform recorded; the office completes it (§5).
  'rupture:declare': ['INTEGRATION'],
  // A partner pushes the absences it recorded for its alternants (§4.3), keyed by its identifiers.
  'absences:write': ['INTEGRATION'],
  'webhooks:manage': ['MANAGER', 'INTEGRATION'],
  'webhooks:replay': ['MANAGER'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Scopes an API token may be given: machine clients never act as a person. */
export const TOKEN_SCOPES: readonly Permission[] = (Object.keys(PERMISSIONS) as Permission[]).filter((p) =>
  (PERMISSIONS[p] as readonly Role[]).includes('INTEGRATION'),
);

/** Who sees sensitive personal fields (birth date, nationality, pay) beside the person themself. */
export const SENSITIVE_READERS: readonly Role[] = [...OFFICE, 'HR_CONTACT', 'INTEGRATION'];

/**
 * Scopes a partner's token (CFA, SFCA…, issue 14) may hold: reading what concerns its own
 * contracts, and recording its identifiers on them. Never the roster, which lists every mission of every contract type.
 */
export const PARTNER_SCOPES: readonly Permission[] = ['rules:use', 'missions:read', 'contracts:read', 'students:read', 'offers:read', 'reference:read', 'external-ids:write', 'changes:read', 'contracts:upsert', 'rupture:declare', 'absences:write', 'webhooks:manage'];
