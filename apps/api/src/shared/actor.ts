import type { PersonalLinkPurpose, Role } from '../modules/auth/auth.entities.js';

/** An API token's own limits (null: the server's default) and whether it may send documents of its own. */
export interface TokenGovernance {
  /** The first token of its rotation chain: the chain shares its rate counter and its persisted operations. */
  familyId: string;
  rateLimitPerMinute: number | null;
  maxCost: number | null;
  maxDepth: number | null;
  adHocDocuments: boolean;
}

/** Who performs a request, as the services see it. */
export interface Actor {
  kind: 'USER' | 'COMPANY_TUTOR' | 'HR_CONTACT' | 'TOKEN';
  /** User id, company tutor id, HR contact id, or API token id. */
  id: string;
  role: Role;
  label: string;
  email: string | null;
  /** The student record of a STUDENT user. */
  studentId: string | null;
  /** API tokens: what they may do (permission names). */
  scopes: readonly string[];
  /** A partner's API token (issue 14): the contract types it sees; absent or null = all. */
  contractTypes?: readonly string[] | null;
  /** …and its partner's code (`cfa`, `sfca`…), the source of the identifiers it writes. */
  partner?: string | null;
  /** API tokens (issue 14): what governs its use of the API (api-governance). */
  token?: TokenGovernance;
  /** Personal-link sessions: the one mission and purpose the link was issued for. */
  missionId?: string | null;
  /** LIVRET: `missionId` then holds the livret's id (the one livret the link reaches). */
  linkPurpose?: PersonalLinkPurpose | null;
  /** VISIT_SLOT_CHOICE sessions: the one visit of the link (they reach no mission). */
  visitId?: string | null;
  /** …and the one record of that mission it is bound to (an absence), when the link names one. */
  linkObjectId?: string | null;
}
