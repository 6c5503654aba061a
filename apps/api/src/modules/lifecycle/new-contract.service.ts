import { addDays, ficheAfterRupture } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { openMissionExists } from '../missions/mission.service.js';
import { isOpenMissionClash, Mission } from '../missions/mission.entities.js';
import type { Actor } from '../../shared/actor.js';
import { Rupture } from './lifecycle.entities.js';

/**
 * Once the rupture is under way — its last day fixed by the manager, the documents possibly
 * still being collected — or completed, the student starts the fiche of the next contract (§5): same
 * type, prefilled with the training and the mission's description, from the day after the
 * last day (no waiting period) to the broken contract's planned end; the host, tutors and
 * HR contact are left empty — it must be another organisation — and the whole validation
 * of §3 follows, where the NEW_CONTRACT_* rules run.
 */
export async function startMissionAfterRupture(ctx: ServiceContext, ruptureId: string): Promise<Mission> {
  const actor = authorize(ctx.actor, 'missions:draft');
  try {
    return await unitOfWork(ctx, () => draftAfterRupture(ctx, actor, ruptureId));
  } catch (error) {
    // A double click: the other call's draft won the student's one open mission (the unique openFor,
    // held by PostgreSQL across API instances); read again, it is the draft this call gives back.
    if (!isOpenMissionClash(error)) throw error;
    return unitOfWork(ctx, () => draftAfterRupture(ctx, actor, ruptureId));
  }
}

/**
 * The new contract's fiche: the student's own open one of the training when there is one
 * (domain `ficheAfterRupture`) — the button clicked twice, or again on coming back to the page,
 * a fiche the office returned for corrections, or one already sent (§3.2: one fiche per contract)
 * — else a new draft, prefilled.
 */
async function draftAfterRupture(ctx: ServiceContext, actor: Actor, ruptureId: string): Promise<Mission> {
  const rupture = await ctx.em.findOne(Rupture, { id: ruptureId, contract: { student: actor.studentId ?? '' } }, { populate: ['contract', 'contract.mission', 'contract.student'] });
  if (!rupture) throw missing('Rupture', ruptureId, 'ruptureId');
  // §5 « le nouveau contrat peut démarrer le lendemain de la rupture du premier »: the day is known as soon as the manager fixes it.
  if ((rupture.state !== 'COMPLETED' && rupture.state !== 'IN_PROGRESS') || !rupture.lastDay) {
    throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'ruptureId', message: 'La rupture n’est pas encore engagée : son dernier jour n’est pas fixé.' }]);
  }
  const previous = rupture.contract.mission;
  const student = rupture.contract.student;
  const open = await ctx.em.findOne(Mission, { student, openFor: { $ne: null } });
  // The training's open fiche is given back: a draft or a fiche returned for corrections to finish
  // (RESUME), one already sent to follow on « ma fiche » (FOLLOW); another training's is not this contract's.
  const next = ficheAfterRupture(open, student.cohort);
  if (open && (next === 'RESUME' || next === 'FOLLOW')) return open;
  if (open) throw openMissionExists();
  const mission = new Mission();
  Object.assign(mission, {
    student,
    cohort: student.cohort,
    group: previous.group,
    contractType: previous.contractType,
    startDate: addDays(rupture.lastDay, 1),
    endDate: rupture.plannedEndDate > rupture.lastDay ? rupture.plannedEndDate : null,
    hoursPerDay: previous.hoursPerDay,
    title: previous.title,
    context: '',
    objectives: previous.objectives,
    deliverables: previous.deliverables,
    stateSince: ctx.clock.now(),
  });
  ctx.em.persist(mission);
  audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'CREATE_AFTER_RUPTURE', fields: ['contractType', 'startDate', 'endDate'], comment: `Après la rupture ${rupture.id}` }, ctx.clock.now());
  return mission;
}
