import type { EntityManager } from '@mikro-orm/core';
import { formatDateFr } from '@alternance/domain';
import { issuePersonalLink } from '../auth/personal-links.js';
import { REDACTED_LINK } from '../mail/outbox.js';

/** How long the link of a calendar-change mail reads the calendars: each later change mails a new one. */
export const CALENDAR_LINK_VALIDITY_DAYS = 60;

/**
 * A company tutor's or HR contact's link to read their alternants' calendars as they stand
 * (footnotes 13–15: the change is « diffusée » to them; CALENDAR_VIEW reads nothing else). The
 * mail's text holds the masked address; the token goes with the mail to the outbox.
 */
export function calendarViewLink(em: EntityManager, p: { publicUrl: string; subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT'; subjectId: string; missionId: string; now: Date }): { token: string; url: string; expiresOn: string } {
  const expiresAt = new Date(p.now.getTime() + CALENDAR_LINK_VALIDITY_DAYS * 86_400_000);
  const token = issuePersonalLink(em, { purpose: 'CALENDAR_VIEW', subjectType: p.subjectType, subjectId: p.subjectId, missionId: p.missionId, expiresAt });
  return { token, url: `${p.publicUrl}${REDACTED_LINK}`, expiresOn: formatDateFr(expiresAt.toISOString().slice(0, 10)) };
}
