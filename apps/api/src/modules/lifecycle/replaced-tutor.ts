import type { EntityManager } from '@mikro-orm/core';
import type { PersonalLink } from '../auth/auth.entities.js';
import { Livret } from '../livret/livret.entities.js';
import { Visit } from '../visits/visit.entity.js';
import { TutorChange } from './lifecycle.entities.js';

/**
 * A revoked link of a company tutor who was replaced on that contract (§3.1): they are told
 * so, not that a newer link was mailed to them — none was. The link names a mission, or a
 * livret or a visit of it.
 */
export async function replacedTutorLink(em: EntityManager, link: PersonalLink): Promise<boolean> {
  if (link.subjectType !== 'COMPANY_TUTOR') return false;
  let scope: Record<string, unknown> = { mission: link.missionId };
  if (link.purpose === 'LIVRET') {
    const livret = await em.findOne(Livret, link.missionId, { fields: ['student'] });
    if (!livret) return false;
    scope = { student: livret.student.id };
  } else if (link.purpose === 'VISIT_SLOT_CHOICE') {
    const visit = await em.findOne(Visit, link.missionId, { fields: ['mission'] });
    if (!visit) return false;
    scope = { mission: visit.mission.id };
  }
  return (await em.count(TutorChange, { previousTutor: link.subjectId, contract: scope })) > 0;
}
