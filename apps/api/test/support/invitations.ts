import type { ReceivedMail } from '@alternance/smtp-sink';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';

/** The calendar part of a mail as received by the SMTP sink, read as a calendar client would. */
export async function invitationOf(mail: ReceivedMail): Promise<{ method: string; uid: string; sequence: number; start: string; status: string | null; description: string; attendees: string[] }> {
  const parsed = await simpleParser(mail.raw);
  const ics = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8');
  if (!ics) throw new Error(`no calendar part in ${mail.subject}`);
  const component = new ICAL.Component(ICAL.parse(ics));
  const vevent = component.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return {
    method: String(component.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
    description: String(vevent.getFirstPropertyValue('description') ?? ''),
    attendees: vevent.getAllProperties('attendee').map((a) => String(a.getFirstValue()).replace(/^mailto:/i, '')),
  };
}

/** The plain-text body of a mail with a calendar part, decoded (the sink's `text` is the raw multipart body). */
export async function bodyOf(mail: ReceivedMail): Promise<string> {
  return (await simpleParser(mail.raw)).text ?? '';
}
