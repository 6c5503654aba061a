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
  'offers:read': [...PEOPLE, 'INTEGRATION'],
  'offers:manage': ['SECRETARIAT', 'MANAGER'],
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
  // CFA/SFCA integration (issue 14): a partner records its own identifiers on our records.
  'external-ids:write': ['SECRETARIAT', 'MANAGER', 'INTEGRATION'],
  'changes:read': ['SECRETARIAT', 'MANAGER', 'DIRECTION', 'INTEGRATION'],
  'contracts:upsert': ['MANAGER', 'INTEGRATION'],
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
export const PARTNER_SCOPES: readonly Permission[] = ['rules:use', 'missions:read', 'contracts:read', 'students:read', 'offers:read', 'reference:read', 'external-ids:write', 'changes:read', 'contracts:upsert', 'webhooks:manage'];
