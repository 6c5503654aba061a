import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { calendarChangesWithin, contractHoursAndCost, followsAlternanceCalendar, repeatedYearOf, diffCalendars, generateCalendar, withCalendars, type HalfDayChange, type ReferenceData } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { User } from '../auth/auth.entities.js';
import { Contract } from '../contracts/contract.entities.js';
import { contractExtension } from '../lifecycle/extended-contract.js';
import { contractIdsByType, recordChangePerContractType } from '../integration/change-fanout.js';
import { enqueueMail } from '../mail/outbox.js';
import { contactsBlockOf, withContacts } from '../people/company-mail-contacts.js';
import { calendarChangedStudentMail, calendarChangedTutorMail, calendarPublishedOfficeMail, type ContractFigureChange } from './calendar-mails.js';
import { calendarsInForce, withStudentExceptions } from './calendar-in-force.js';
import { calendarViewLink } from './calendar-links.js';
import { AlternanceCalendar, CalendarVersion, StudentCalendar } from './calendar.entities.js';
import { cohortsUsing, holidayOptions, versionInForce } from './calendar.service.js';

export interface Publication {
  calendar: AlternanceCalendar;
  version: CalendarVersion;
  changes: HalfDayChange[];
  /** Mails to alternants, company tutors and HR contacts. */
  notified: number;
  /** Contracts whose billable hours or cost changed, listed in the office's notice. */
  contractsRecomputed: number;
}

const name = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;

/** A company tutor or HR contact to tell: their alternants' changes, and the « Vos contacts » block of each. */
interface CompanyRecipient {
  tutorName: string;
  email: string;
  /** Who they are and a mission of theirs, for the link to the calendars. */
  subjectType: 'COMPANY_TUTOR' | 'HR_CONTACT';
  subjectId: string;
  missionId: string;
  alternants: { name: string; changes: HalfDayChange[] }[];
  contacts: string[];
}

/** The changes of one version to the next as one alternant sees them: their own half-days win over both (§2.2.1). */
function ownChanges(before: ReferenceData, after: ReferenceData, code: string, options: { whitMondayHoliday: boolean }): HalfDayChange[] {
  const a = before.calendars.find((c) => c.code === code);
  const b = after.calendars.find((c) => c.code === code);
  return a && b ? diffCalendars(generateCalendar(a, options), generateCalendar(b, options)) : [];
}

/**
 * Publishes the draft as the next version (footnotes 13–15): the version in force moves,
 * every contract's figures follow at once (they are computed from the version in force),
 * each affected alternant, company tutor and HR contact (footnotes 13–15) gets one mail
 * listing exactly their changed half-days, and the office gets the list of contracts whose hours or cost changed. One
 * transaction; a fixed number of statements whatever the number of contracts (mails and
 * audit rows are batch-inserted).
 */
export async function publishCalendar(ctx: ServiceContext, code: string, version: number, comment: string | null): Promise<Publication> {
  const actor = authorize(ctx.actor, 'calendars:edit');
  return unitOfWork(ctx, async () => {
    const calendar = await ctx.em.findOne(AlternanceCalendar, { code });
    if (!calendar) throw new BusinessError([{ code: 'NOT_FOUND', field: 'code', message: `Calendrier introuvable : ${code}.` }]);
    if (calendar.version !== version) throw new BusinessError([{ code: 'CONFLICT', field: 'version', message: 'Ce calendrier a été modifié par quelqu’un d’autre entre-temps : rechargez avant de publier.' }]);
    const text = comment?.trim() || null;
    if (text && text.length > 1000) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'comment', message: 'Commentaire trop long (1 000 caractères au plus).' }]);
    const base = await ctx.referenceData();
    const options = holidayOptions(base);
    const previous = await versionInForce(ctx.em, calendar);
    const changes = diffCalendars(generateCalendar(previous.definition, options), generateCalendar(calendar.draft, options));
    if (changes.length === 0 && !calendar.provisional) throw new BusinessError([{ code: 'NOTHING_TO_PUBLISH', field: 'code', message: 'Le brouillon ne change aucune demi-journée : rien à publier.' }]);

    const now = ctx.clock.now();
    const published = new CalendarVersion();
    Object.assign(published, { code, number: calendar.inForce + 1, definition: { ...structuredClone(calendar.draft), provisional: false }, changes, publishedAt: now, publishedBy: actor.label, comment: text });
    const before = await calendarsInForce(ctx.em, base);
    const after = withCalendars(before, [published.definition]);
    // §2.2.2: the guide's calendar stood as provisional; its first publication makes it the one in force
    // for every alternant on it — each is told, changed half-days or not (footnotes 13–15).
    const official = calendar.provisional;
    calendar.inForce = published.number;
    calendar.provisional = false;
    calendar.draft = structuredClone(published.definition);
    ctx.em.persist(published);

    // The contracts of the cohorts on this calendar, with their alternant and tutors: one statement.
    const years = cohortsUsing(base, code);
    const cohorts = years.map((u) => u.cohort);
    const contracts = cohorts.length
      ? await (ctx.em as SqlEntityManager).find(Contract, { $or: [{ student: { cohort: { $in: cohorts } } }, { mission: { cohort: { $in: cohorts } } }] }, { populate: ['student', 'student.academicTutor', 'mission', 'mission.tutor1', 'mission.tutor2', 'mission.hrContact'], strategy: 'joined', orderBy: { student: { lastName: 'asc' } } })
      : [];
    const own = contracts.length ? await ctx.em.find(StudentCalendar, { student: { $in: contracts.map((c) => c.student.id) }, code }) : [];
    const ownOf = new Map(own.map((o) => [o.student.id, o]));
    // Extensions of all these contracts in one statement (the loader batches the calls of one tick).
    const extensions = new Map(await Promise.all(contracts.map(async (c) => [c.id, await contractExtension(ctx, c)] as const)));

    const link = `${ctx.publicUrl}/calendriers/${encodeURIComponent(code)}`;
    const label = published.definition.label;
    const tutors = new Map<string, CompanyRecipient>();
    // Footnotes 13–15: the HR contact named in the validation form is told too, once per address.
    const hrContacts = new Map<string, CompanyRecipient>();
    const figureChanges: ContractFigureChange[] = [];
    let notified = 0;
    const seen = new Set<string>();
    // Contracts whose own half-days or figures moved: what a partner must read again.
    const affected: Contract[] = [];
    for (const contract of contracts) {
      const student = contract.student;
      // §2.2: the L3I's classic group is not on the alternance calendar (its internship is « d'un bloc »):
      // neither the student nor their internship's tutors are told of its changes.
      if (!followsAlternanceCalendar({ cohort: contract.mission.cohort ?? student.cohort, group: contract.mission.group ?? student.group, contractType: contract.contractType }, { referenceData: base })) continue;
      const individual = ownOf.get(student.id);
      const mine = individual ? ownChanges(withStudentExceptions(before, [individual]), withStudentExceptions(after, [individual]), code, options) : changes;
      const within = calendarChangesWithin(mine, contract.startDate, contract.endDate);
      if (within.length) affected.push(contract);
      // Told it is now official: the alternants whose contract has not ended (nor been broken) by today.
      const running = official && contract.endDate >= ctx.clock.today();
      if ((within.length || running) && !seen.has(student.id)) {
        seen.add(student.id);
        enqueueMail(ctx.em, student.email, 'CALENDAR_CHANGED', calendarChangedStudentMail({ studentName: name(student), calendarLabel: label, changes: within, link: `${ctx.publicUrl}/mon-calendrier`, comment: text, official }), contract.mission.id, now);
        notified += 1;
        // §6.1.1: whom to call at the MIAGE for this alternant, in each company mail that lists them.
        const contacts = contactsBlockOf(base, student, contract.contractType);
        for (const tutor of [contract.mission.tutor1, contract.mission.tutor2]) {
          if (!tutor) continue;
          const entry = tutors.get(tutor.id) ?? { tutorName: name(tutor), email: tutor.email, subjectType: 'COMPANY_TUTOR', subjectId: tutor.id, missionId: contract.mission.id, alternants: [], contacts: [] };
          entry.alternants.push({ name: name(student), changes: within });
          entry.contacts.push(contacts);
          tutors.set(tutor.id, entry);
        }
        const hr = contract.mission.hrContact;
        if (hr) {
          const key = hr.email.trim().toLowerCase();
          const entry = hrContacts.get(key) ?? { tutorName: name(hr), email: hr.email, subjectType: 'HR_CONTACT', subjectId: hr.id, missionId: contract.mission.id, alternants: [], contacts: [] };
          entry.alternants.push({ name: name(student), changes: within });
          entry.contacts.push(contacts);
          hrContacts.set(key, entry);
        }
      }
      if (contract.contractType === 'CAPP' || contract.contractType === 'CPRO') {
        // The contract's own cohort, plus the year it repeats after an extension (§4.5), as its figures are computed.
        const input = { cohort: contract.mission.cohort, contractType: contract.contractType, startDate: contract.startDate, endDate: contract.endDate, repeatedYear: repeatedYearOf({ extension: extensions.get(contract.id) }) };
        const a = contractHoursAndCost(input, { referenceData: individual ? withStudentExceptions(before, [individual]) : before });
        const b = contractHoursAndCost(input, { referenceData: individual ? withStudentExceptions(after, [individual]) : after });
        if (a?.billableHours !== b?.billableHours || a?.cost !== b?.cost) {
          if (!within.length) affected.push(contract);
          figureChanges.push({
            studentName: name(student),
            contractType: contract.contractType,
            before: { billableHours: a?.billableHours ?? null, cost: a?.cost ?? null },
            after: { billableHours: b?.billableHours ?? null, cost: b?.cost ?? null },
          });
        }
      }
    }
    // Footnotes 13–15: each company recipient reads their alternants' calendars through their own link.
    const companyMail = (r: CompanyRecipient, template: string): void => {
      const link = calendarViewLink(ctx.em, { publicUrl: ctx.publicUrl, subjectType: r.subjectType, subjectId: r.subjectId, missionId: r.missionId, now });
      enqueueMail(ctx.em, r.email, template, withContacts(calendarChangedTutorMail({ tutorName: r.tutorName, calendarLabel: label, alternants: r.alternants, comment: text, link, official }), r.contacts.join('\n\n')), null, now, link.token);
      notified += 1;
    };
    for (const tutor of tutors.values()) companyMail(tutor, 'CALENDAR_CHANGED_TUTOR');
    // An HR contact who is also a tutor has had the tutor's mail.
    const tutorEmails = new Set([...tutors.values()].map((t) => t.email.trim().toLowerCase()));
    for (const [key, hr] of hrContacts) {
      if (tutorEmails.has(key)) continue;
      companyMail(hr, 'CALENDAR_CHANGED_HR');
    }
    const office = await ctx.em.find(User, { role: { $in: ['MANAGER', 'SECRETARIAT'] }, active: true }, { fields: ['email'] });
    for (const user of office) {
      enqueueMail(ctx.em, user.email, 'CALENDAR_PUBLISHED', calendarPublishedOfficeMail({ calendarLabel: label, number: published.number, changes: changes.length, notified, contracts: figureChanges, link, comment: text }), null, now);
    }
    await recordChangePerContractType(
      ctx.em,
      {
        type: 'CALENDAR_PUBLISHED',
        entityType: 'Calendar',
        entityId: calendar.id,
        data: { calendarCode: code, cohorts: years.map((y) => ({ cohort: y.cohort, programme: y.programme, ddf: y.ddf, dff: y.dff })), version: published.number, individual: false, halfDaysChanged: changes.length },
      },
      contractIdsByType(contracts, affected),
      now,
    );
    audit(ctx.em, actor, { entityType: 'AlternanceCalendar', entityId: calendar.id, action: 'PUBLISH', fields: ['inForce'], comment: `version ${published.number} : ${changes.length} demi-journées, ${notified} messages` }, now);
    return { calendar, version: published, changes, notified, contractsRecomputed: figureChanges.length };
  });
}
