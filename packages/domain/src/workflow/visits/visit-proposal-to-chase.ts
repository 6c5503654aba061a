import type { IsoDate } from '../../dates/iso-date.js';
import { unansweredVisitProposal } from './unanswered-visit-proposal.js';

/**
 * Whether the office must chase a visit's proposal (« à relancer », §4.6 note 34: the appointment
 * is set with the company tutor(s)): still proposed, and a company tutor declined its slots
 * ('DECLINED') or none answered before every slot was past (unansweredVisitProposal,
 * 'UNANSWERED'); null otherwise. A store reads it as: state PROPOSED and (declined, or no slot on
 * or after `today`).
 */
export function visitProposalToChase(visit: { state: 'PROPOSED' | 'SCHEDULED' | 'HELD' | 'CANCELLED'; slotDates: readonly IsoDate[]; declined: boolean }, today: IsoDate): 'DECLINED' | 'UNANSWERED' | null {
  if (unansweredVisitProposal(visit, today)) return 'UNANSWERED';
  return visit.state === 'PROPOSED' && visit.declined ? 'DECLINED' : null;
}
