import ical, { ICalCalendarMethod, ICalAttendeeRole, ICalAttendeeStatus, ICalEventStatus } from 'ical-generator';
import type { OutboxCalendarEvent } from '../mail/outbox-mail.entity.js';
import { HALF_DAY_HOURS, parisInstant } from './visit-times.js';
import type { VisitFormat, VisitHalf } from './visit.entity.js';

export interface VisitInvitation {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  date: string;
  half: VisitHalf;
  format: VisitFormat;
  location: string;
  summary: string;
  description: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  stamp: Date;
}

/**
 * The visit as an iCalendar invitation (RFC 5545): the same UID for the whole life of the
 * visit and a SEQUENCE raised on each change, so that calendar clients update (or, with
 * METHOD:CANCEL, remove) the event they already hold instead of adding another.
 */
export function visitInvitation(v: VisitInvitation): OutboxCalendarEvent {
  const calendar = ical({ prodId: { company: 'MIAGE Aix-Marseille', product: 'Alternance', language: 'FR' }, method: v.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST });
  const hours = HALF_DAY_HOURS[v.half];
  calendar.createEvent({
    id: v.uid,
    sequence: v.sequence,
    stamp: v.stamp,
    start: parisInstant(v.date, hours.start),
    end: parisInstant(v.date, hours.end),
    summary: v.summary,
    description: v.description,
    location: v.format === 'ON_SITE' ? v.location : null,
    url: v.format === 'REMOTE' ? v.location : null,
    status: v.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: v.organizer,
    attendees: v.attendees.map((a) => ({ name: a.name, email: a.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.ACCEPTED })),
  });
  return { method: v.method, filename: v.method === 'CANCEL' ? 'annulation-visite.ics' : 'visite.ics', content: calendar.toString() };
}
