import { formatDateFr, type HalfDay } from '@alternance/domain';
import type { Role } from '../auth/auth.entities.js';
import { User } from '../auth/auth.entities.js';
import { Mission } from '../missions/mission.entities.js';
import type { Student } from '../people/people.entities.js';
import type { Actor } from '../../shared/actor.js';
import { conflict, missing } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { Absence } from './absence.entities.js';
import { absenceScope } from './absence-scope.js';
import { halfDayFr } from './absence-mails.js';

export const personName = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;
export const halfDayLabel = (date: string, half: HalfDay): string => halfDayFr(date, half, formatDateFr);
export const whitMonday = async (ctx: Pick<ServiceContext, 'referenceData'>): Promise<{ whitMondayHoliday: boolean }> => ({
  whitMondayHoliday: (await ctx.referenceData()).settings.whitMondayHoliday,
});

/** An absence the actor may reach, at the version they read: NOT_FOUND outside their scope, CONFLICT when stale. */
export async function absenceForUpdate(ctx: ServiceContext, actor: Actor, id: string, version: number): Promise<Absence> {
  const absence = await ctx.em.findOne(Absence, { $and: [{ id }, absenceScope(actor)] }, { populate: ['student', 'mission', 'mission.tutor1', 'mission.tutor2', 'mission.hrContact', 'organisation'] });
  if (!absence) throw missing('Absence', id);
  if (absence.version !== version) throw conflict('Cette absence', 'modifiée');
  return absence;
}

/**
 * The alternant's host on `date`: the validated mission whose contract period holds the day
 * (a rupture ends it), else the latest validated one. Null for a student without a
 * validated mission (nobody to ask for a stoppage).
 */
export async function missionOn(ctx: Pick<ServiceContext, 'em'>, student: Student, date: string): Promise<Mission | null> {
  const missions = await ctx.em.find(Mission, { student, state: 'VALIDATED' }, { populate: ['organisation', 'tutor1', 'tutor2', 'hrContact'], orderBy: { startDate: 'desc' } });
  const covering = missions.find((m) => (m.startDate ?? '') <= date && date <= (m.brokenOn ?? m.endDate ?? '9999-12-31'));
  return covering ?? missions[0] ?? null;
}

/** Addresses of the active users of a role (the manager, the direction): who a mail asks to act. */
export async function emailsOfRole(ctx: Pick<ServiceContext, 'em'>, role: Role): Promise<string[]> {
  const users = await ctx.em.find(User, { role, active: true }, { fields: ['email'], orderBy: { email: 'asc' } });
  return users.map((u) => u.email);
}

/** The portal page of an absence for the office, and the student's own page. */
export const officeAbsencesUrl = (ctx: Pick<ServiceContext, 'publicUrl'>, studentId: string): string => `${ctx.publicUrl}/absences?etudiant=${studentId}`;
export const myAbsencesUrl = (ctx: Pick<ServiceContext, 'publicUrl'>): string => `${ctx.publicUrl}/mes-absences`;
