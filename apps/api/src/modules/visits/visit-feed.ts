import { registerFeedSource } from '../calendars/calendar-feeds.js';
import { User } from '../auth/auth.entities.js';
import { Visit } from './visit.entity.js';

/*
 * The academic tutor's iCalendar feed (issue 11 §1, §4.6): their visits with a day (planned or
 * held), one event per visit under the same UID as the mailed invitation, so a calendar app
 * that holds both keeps one event. The feed is a full snapshot: a cancelled or moved visit
 * leaves or moves at the app's next refresh.
 */
registerFeedSource('ACADEMIC_TUTOR', async (em, subjectId) => {
  const tutor = await em.findOne(User, subjectId, { fields: ['displayName'] });
  const visits = await em.find(
    Visit,
    { academicTutor: subjectId, state: { $in: ['SCHEDULED', 'HELD'] }, date: { $ne: null } },
    { populate: ['student', 'mission.organisation'], orderBy: { date: 'asc' } },
  );
  return {
    name: `Visites en entreprise${tutor ? ` — ${tutor.displayName}` : ''}`,
    events: visits.map((v) => ({
      uid: v.icsUid,
      date: v.date as string,
      half: v.half ?? 'DAY',
      summary: `Visite ${v.visitNumber} — ${v.student.firstName} ${v.student.lastName}`,
      description: [v.mission.organisation?.name, v.format === 'REMOTE' ? 'À distance' : 'Sur place', v.location, v.state === 'HELD' ? 'Visite effectuée' : null].filter(Boolean).join(' — '),
    })),
  };
});
