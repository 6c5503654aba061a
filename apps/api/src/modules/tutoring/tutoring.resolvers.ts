import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { assignAcademicTutor, alternantCalendarDays, listAlternantsFollowUp, listTutorLoads } from './tutoring.service.js';

export const tutoringResolvers: Resolvers = {
  Query: {
    alternantsFollowUp: (_, { filter, first, offset }, ctx) => listAlternantsFollowUp(ctx, filter, first, offset),
    tutorLoads: (_, { academicYear }, ctx) => listTutorLoads(ctx, academicYear),
    alternantCalendar: (_, { studentId, from, to }, ctx) => alternantCalendarDays(ctx, studentId, from, to),
  },
  Mutation: {
    assignAcademicTutor: (_, { assignments, academicTutorId }, ctx) =>
      payload(
        () => assignAcademicTutor(ctx, assignments, academicTutorId ?? null),
        (students) => ({ students, errors: [] }),
        (errors) => ({ students: [], errors }),
      ),
  },
};
