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
  if (version !== undefined && version !== null && contract.version !== version) throw conflict('Ce contrat', 'modifié');
  return { actor, contract };
}

/** Who is told about a contract's lifecycle: the student, the company tutors and the HR contact, each once. */
export function contractRecipients(contract: Contract): { name: string; email: string; role: 'STUDENT' | 'COMPANY_TUTOR' | 'HR_CONTACT' }[] {
  const { mission, student } = contract;
  type Role = 'STUDENT' | 'COMPANY_TUTOR' | 'HR_CONTACT';
  const people: { p: { firstName: string; lastName: string; email: string } | null | undefined; role: Role }[] = [
    { p: student, role: 'STUDENT' },
    { p: mission.tutor1, role: 'COMPANY_TUTOR' },
    { p: mission.tutor2, role: 'COMPANY_TUTOR' },
    { p: mission.hrContact, role: 'HR_CONTACT' },
  ];
  const byEmail = new Map<string, { name: string; email: string; role: Role }>();
  for (const { p, role } of people) {
    if (!p) continue;
    const key = p.email.toLowerCase();
    const seen = byEmail.get(key);
    // One mail a person; a tutor who is also the HR contact reads as the HR contact (COMPANY_CONTACT_READING).
    if (!seen) byEmail.set(key, { name: `${p.firstName} ${p.lastName}`, email: p.email, role });
    else if (role === 'HR_CONTACT' && seen.role === 'COMPANY_TUTOR') seen.role = role;
  }
  return [...byEmail.values()];
}

export const studentName = (contract: Contract): string => `${contract.student.firstName} ${contract.student.lastName}`;
