import type { FilterQuery } from '@mikro-orm/core';
import type { Actor } from '../../shared/actor.js';
import { NO_MISSION } from '../../policy/policy.js';
import type { Absence, ProfessionalAbsenceRequest } from './absence.entities.js';

/**
 * The absences an actor may see, as a query condition (applied in SQL): a student their own;
 * an academic tutor their alternants'; a company tutor or HR contact only the one absence of
 * their ABSENCE_STOPPAGE link, and only if they are named on its mission; the office all.
 */
export function absenceScope(actor: Actor): FilterQuery<Absence> {
  switch (actor.role) {
    case 'STUDENT':
      return { student: { user: actor.id } };
    case 'ACADEMIC_TUTOR':
      return { student: { academicTutor: actor.id } };
    case 'COMPANY_TUTOR':
    case 'HR_CONTACT': {
      if (actor.linkPurpose !== 'ABSENCE_STOPPAGE' || !actor.linkObjectId) return { id: NO_MISSION };
      const named = actor.role === 'COMPANY_TUTOR' ? { $or: [{ tutor1: actor.id }, { tutor2: actor.id }] } : { hrContact: actor.id };
      return { id: actor.linkObjectId, mission: { id: actor.missionId ?? NO_MISSION, ...named } };
    }
    default:
      return {};
  }
}

/** Professional-absence requests: the office and the direction all; the tutor of a request link their alternant's; a student their own. */
export function requestScope(actor: Actor): FilterQuery<ProfessionalAbsenceRequest> {
  switch (actor.role) {
    case 'STUDENT':
      return { student: { user: actor.id } };
    case 'ACADEMIC_TUTOR':
      return { student: { academicTutor: actor.id } };
    case 'COMPANY_TUTOR':
      return actor.linkPurpose === 'PROFESSIONAL_ABSENCE_REQUEST' ? { mission: { id: actor.missionId ?? NO_MISSION, $or: [{ tutor1: actor.id }, { tutor2: actor.id }] } } : { id: NO_MISSION };
    case 'HR_CONTACT':
      return { id: NO_MISSION };
    default:
      return {};
  }
}
