import type { EntityManager } from '@mikro-orm/core';
import { livretFollowsNewContract, type ReferenceData } from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { audit } from '../audit/audit.js';
import { revokePersonalLinks } from '../auth/personal-links.js';
import type { Mission } from '../missions/mission.entities.js';
import { brokenContractsOf } from '../lifecycle/new-contract-rules.js';
import { livretTutors } from './livret-access.js';
import { mailLivretLink } from './livret-links.js';
import { livretSettingsForEach, settingsKey } from './livret-settings.js';
import { Livret } from './livret.entities.js';

/**
 * §5 « il est possible d'en signer un nouveau afin de terminer sa formation » and §4.7 « un(e)
 * alternant(e) doit tenir à jour un livret d'alternance, ainsi que son (ses) tuteur(s)
 * professionnel(s) »: when the mission of the contract that follows a rupture is validated, the
 * student's livrets of the years it reaches into (`livretFollowsNewContract`), held until then
 * by the broken contract's tutors or by no one, pass to its tutors — who get their link, fill
 * the tutor's sheets and are reminded — and the former tutors' links to them stop. Sheets
 * already submitted stay as they were signed. A livret held by anyone else is left alone.
 * Runs in the caller's unit of work; returns the livrets handed over.
 */
export async function handLivretsToNewContract(em: EntityManager, data: ReferenceData, actor: Actor, mission: Mission, publicUrl: string, now: Date): Promise<number> {
  if (!mission.tutor1 || !mission.startDate || !mission.endDate) return 0;
  // A contract whose rupture is under way counts as broken (§5, `brokenContractsOf`).
  const broken = (await brokenContractsOf(em, [mission.student.id])).filter((b) => b.mission.id !== mission.id).map((b) => b.mission);
  if (!broken.length) return 0;
  const former = new Set(broken.flatMap((m) => [m.tutor1?.id, m.tutor2?.id]).filter((id): id is string => !!id));
  const livrets = await em.find(Livret, { student: mission.student.id }, { populate: ['student', 'companyTutor', 'companyTutor2'] });
  const settingsOf = await livretSettingsForEach(em, data, livrets);
  let handed = 0;
  for (const livret of livrets) {
    const settings = settingsOf.get(settingsKey(livret.cohort, livret.academicYear));
    if (!settings) continue;
    const soutenance = livret.soutenanceOverride ?? settings.soutenance;
    if (!livretFollowsNewContract({ trainingStart: livret.trainingStart, soutenance }, { startDate: mission.startDate, endDate: mission.endDate })) continue;
    const held = livretTutors(livret);
    if (held.some((tutor) => !former.has(tutor.id))) continue;
    for (const tutor of held) await revokePersonalLinks(em, { purpose: 'LIVRET', subjectType: 'COMPANY_TUTOR', subjectId: tutor.id, missionId: livret.id }, now);
    livret.companyTutor = mission.tutor1;
    livret.companyTutor2 = mission.tutor2 && mission.tutor2.id !== mission.tutor1.id ? mission.tutor2 : null;
    const who = livretTutors(livret).map((tutor) => `${tutor.firstName} ${tutor.lastName} <${tutor.email}>`).join(', ');
    audit(em, actor, { entityType: 'Livret', entityId: livret.id, action: 'LIVRET_NEW_CONTRACT', fields: ['companyTutor', 'companyTutor2'], comment: `Nouveau contrat après rupture (mission ${mission.id}) : ${who}` }, now);
    await mailLivretLink(em, livret, soutenance, publicUrl, now);
    handed += 1;
  }
  return handed;
}
