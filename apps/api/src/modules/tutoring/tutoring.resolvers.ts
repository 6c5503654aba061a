import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { payload } from '../../graphql/payload.js';
import { followUpProjection } from './follow-up-rows.js';
import { assignAcademicTutor, alternantCalendarDays, listAlternantsFollowUp, listTutorLoads } from './tutoring.service.js';

export const tutoringResolvers: Resolvers = {
  Query: {
    alternantsFollowUp: (_, { filter, first, offset }, ctx, info) => listAlternantsFollowUp(ctx, filter, first, offset, followUpProjection(ctx.em as SqlEntityManager, info)),
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
