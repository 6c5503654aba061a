import { authorize, missionScope } from '../../policy/policy.js';
import type { Permission } from '../../policy/permissions.js';
import type { Actor } from '../../shared/actor.js';
import { conflict, missing } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { Contract } from '../contracts/contract.entities.js';

export const CONTRACT_POPULATE = ['student', 'mission', 'mission.organisation', 'mission.tutor1', 'mission.tutor2', 'mission.hrContact'] as const;

/**
 * A contract the actor may reach for `permission`: the role must hold it, and the contract
 * must lie in the actor's missions (a student's own, a company contact's link, an academic
 * tutor's alternants); NOT_FOUND otherwise, so that ids outside one's reach are not revealed.
 */
export async function contractFor(ctx: ServiceContext, permission: Permission, id: string, version?: number | null): Promise<{ actor: Actor; contract: Contract }> {
  const actor = authorize(ctx.actor, permission);
  const contract = await ctx.em.findOne(Contract, { id, mission: missionScope(actor) }, { populate: CONTRACT_POPULATE });
  if (!contract) throw missing('Contrat', id, 'contractId');
  if (version !== undefined && version !== null && contract.version !== version) throw conflict('Ce contrat');
  return { actor, contract };
}

/** Who is told about a contract's lifecycle: the student, the company tutors and the HR contact, each once. */
export function contractRecipients(contract: Contract): { name: string; email: string }[] {
  const { mission, student } = contract;
  const people = [student, mission.tutor1, mission.tutor2, mission.hrContact].filter((p): p is NonNullable<typeof p> => p !== null && p !== undefined);
  const seen = new Set<string>();
  return people
    .map((p) => ({ name: `${p.firstName} ${p.lastName}`, email: p.email }))
    .filter((r) => !seen.has(r.email.toLowerCase()) && seen.add(r.email.toLowerCase()));
}

export const studentName = (contract: Contract): string => `${contract.student.firstName} ${contract.student.lastName}`;
