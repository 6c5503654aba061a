import { contactContext } from './contact-context.js';
import { wishChoices } from '@alternance/domain';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { related } from '../../graphql/related.js';
import { payload } from '../../graphql/payload.js';
import { mayRead, maySeeSensitive } from '../../policy/policy.js';
import { Organisation } from './people.entities.js';
import { apiError, BusinessError } from '../../shared/errors.js';
import { erasePersonalData, exportPersonalData } from './personal-data.service.js';
import { User } from '../auth/auth.entities.js';
import { expressPlacementWish, findStudent, listAcademicTutors, listOrganisations, listStudents, recordApt, recordTrainingAgreement, studentTrainingAgreement, updateStudent } from './people.service.js';

export const peopleResolvers: Resolvers = {
  Query: {
    students: (_, { cohort, search, trainingAgreementDue, first, offset }, ctx) => listStudents(ctx, cohort, search, first, offset, trainingAgreementDue),
    student: (_, { id }, ctx) => findStudent(ctx, id),
    organisations: (_, { search, first, offset }, ctx) => listOrganisations(ctx, search, first, offset),
    academicTutors: (_, __, ctx) => listAcademicTutors(ctx),
    contactContext: async (_, __, ctx) => {
      const context = await contactContext(ctx);
      return context && { ...context, studentFirstName: context.student.firstName, studentLastName: context.student.lastName };
    },
    personalDataExport: async (_, { studentId }, ctx) => {
      try {
        return await exportPersonalData(ctx, studentId);
      } catch (error) {
        // A query has no payload: its expected failures become client errors naming the field.
        if (error instanceof BusinessError) throw apiError(error.errors[0]?.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'FORBIDDEN', error.errors[0]?.message ?? error.message, 'studentId');
        throw error;
      }
    },
  },
  Mutation: {
    erasePersonalData: (_, { studentId, version }, ctx) =>
      payload(
        () => erasePersonalData(ctx, studentId, version),
        (student) => ({ student, errors: [] }),
        (errors) => ({ student: null, errors }),
      ),
    recordApt: (_, { studentId, version, obtainedOn }, ctx) =>
      payload(
        () => recordApt(ctx, studentId, version, obtainedOn ?? null),
        (student) => ({ student, errors: [] }),
        (errors) => ({ student: null, errors }),
      ),
    recordTrainingAgreement: (_, { studentId, version, signedOn }, ctx) =>
      payload(
        () => recordTrainingAgreement(ctx, studentId, version, signedOn ?? null),
        (student) => ({ student, errors: [] }),
        (errors) => ({ student: null, errors }),
      ),
    expressPlacementWish: (_, { studentId, version, trackWish, siteWish }, ctx) =>
      payload(
        () => expressPlacementWish(ctx, studentId, version, { trackWish, siteWish }),
        (student) => ({ student, errors: [] }),
        (errors) => ({ student: null, errors }),
      ),
    updateStudent: (_, { id, version, input }, ctx) =>
      payload(
        () => updateStudent(ctx, id, version, input),
        (student) => ({ student, errors: [] }),
        (errors) => ({ student: null, errors }),
      ),
  },
  Student: {
    // Sensitive fields have their own rule (security.md): the student, the office, HR, integrations.
    birthDate: (s, _, ctx) => (maySeeSensitive(ctx.actor, s) ? s.birthDate : null),
    nationality: (s, _, ctx) => (maySeeSensitive(ctx.actor, s) ? s.nationality : null),
    // A foreign student and their APT (§3.4, note 26): the HR contact's concern (the contract is void without it), not a company tutor's.
    foreign: (s, _, ctx) => (mayRead(ctx.actor, 'FOREIGN_STUDENT') ? s.foreign : null),
    aptObtained: (s, _, ctx) => (mayRead(ctx.actor, 'FOREIGN_STUDENT') ? s.aptObtained : null),
    aptObtainedOn: (s, _, ctx) => (mayRead(ctx.actor, 'FOREIGN_STUDENT') ? s.aptObtainedOn : null),
    trainingAgreement: (s, _, ctx) => studentTrainingAgreement(ctx, s),
    wishChoices: async (s, _, ctx) => {
      const choices = wishChoices(s.cohort, await ctx.referenceData());
      return { tracks: choices.tracks.map((g) => ({ code: g.code, label: g.name })), sites: choices.sites.map((x) => ({ code: x.code, label: `${x.name}, ${x.city}` })) };
    },
    academicTutor: (s, _, ctx) => {
      const tutor = s.academicTutor as User | string | null | undefined;
      if (!tutor) return null;
      return related(ctx, typeof tutor === 'string' ? ({ id: tutor } as User) : tutor, User);
    },
  },
  CompanyTutor: {
    organisation: (t, _, ctx) => related(ctx, t.organisation, Organisation),
  },
  HrContact: {
    organisation: (t, _, ctx) => related(ctx, t.organisation, Organisation),
  },
};
