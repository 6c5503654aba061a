import type { FilterQuery } from '@mikro-orm/core';
import type { LivretAuthor } from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { NO_MISSION } from '../../policy/policy.js';
import type { Livret } from './livret.entities.js';

/**
 * The livrets an actor may read, as a query condition: a student their own; a company tutor
 * — the first or the second, §4.7 « son (ses) tuteur(s) professionnel(s) » — only the one
 * livret of their LIVRET link (a mission or contract link reaches none); an
 * academic tutor their alternants'; the office all.
 */
export function livretScope(actor: Actor): FilterQuery<Livret> {
  switch (actor.role) {
    case 'STUDENT':
      return { student: actor.studentId ?? NO_MISSION };
    case 'COMPANY_TUTOR':
      return actor.linkPurpose === 'LIVRET' ? { id: actor.missionId ?? NO_MISSION, $or: [{ companyTutor: actor.id }, { companyTutor2: actor.id }] } : { id: NO_MISSION };
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

/** The company tutors of a livret, first then second: both fill the tutor's sheets (§4.7 « par le(s) tuteur(s) professionnel(s) »). */
export function livretTutors(livret: Pick<Livret, 'companyTutor' | 'companyTutor2'>): NonNullable<Livret['companyTutor']>[] {
  const first = livret.companyTutor;
  const second = livret.companyTutor2 && livret.companyTutor2.id !== first?.id ? livret.companyTutor2 : null;
  return [first, second].filter((t): t is NonNullable<typeof t> => t !== null && t !== undefined);
}

/** The author the actor fills this livret's sheets as (§4.7), or null: they only read it. */
export function authorOf(actor: Actor | null, livret: Livret): LivretAuthor | null {
  if (!actor) return null;
  if (actor.role === 'STUDENT' && actor.studentId === livret.student.id) return 'ALTERNANT';
  if (actor.role === 'COMPANY_TUTOR' && actor.linkPurpose === 'LIVRET' && actor.missionId === livret.id && livretTutors(livret).some((t) => t.id === actor.id)) return 'COMPANY_TUTOR';
  return null;
}
