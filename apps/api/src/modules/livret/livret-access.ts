import type { FilterQuery } from '@mikro-orm/core';
import type { LivretAuthor } from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { NO_MISSION } from '../../policy/policy.js';
import type { Livret } from './livret.entities.js';

/**
 * The livrets an actor may read, as a query condition: a student their own; a company tutor
 * only the one livret of their LIVRET link (a mission or contract link reaches none); an
 * academic tutor their alternants'; the office all.
 */
export function livretScope(actor: Actor): FilterQuery<Livret> {
  switch (actor.role) {
    case 'STUDENT':
      return { student: actor.studentId ?? NO_MISSION };
    case 'COMPANY_TUTOR':
      return actor.linkPurpose === 'LIVRET' ? { id: actor.missionId ?? NO_MISSION, companyTutor: actor.id } : { id: NO_MISSION };
    case 'ACADEMIC_TUTOR':
      return { student: { academicTutor: actor.id } };
    case 'SECRETARIAT':
    case 'MANAGER':
    case 'DIRECTION':
      return {};
    default:
      return { id: NO_MISSION };
  }
}

/** The author the actor fills this livret's sheets as (§4.7), or null: they only read it. */
export function authorOf(actor: Actor | null, livret: Livret): LivretAuthor | null {
  if (!actor) return null;
  if (actor.role === 'STUDENT' && actor.studentId === livret.student.id) return 'ALTERNANT';
  if (actor.role === 'COMPANY_TUTOR' && actor.linkPurpose === 'LIVRET' && actor.missionId === livret.id && livret.companyTutor?.id === actor.id) return 'COMPANY_TUTOR';
  return null;
}
