import { FlushMode, type EntityManager } from '@mikro-orm/core';
import type { ContractType, ReferenceData } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import type { ServiceContext } from '../../shared/service-context.js';
import type { User } from '../auth/auth.entities.js';
import { Contract } from '../contracts/contract.entities.js';
import { Livret } from '../livret/livret.entities.js';
import { Mission } from '../missions/mission.entities.js';
import { Visit } from '../visits/visit.entity.js';
import { Student } from './people.entities.js';

export interface ContactContext {
  asker: 'ALTERNANT' | 'COMPANY';
  student: Student;
  contractType: ContractType | null;
  site: string | null;
  academicTutor: User | null;
}

/**
 * What "Qui contacter ?" (§6.1, Tableaux 8–9) and the list of the main contacts (§6.2) need
 * to know of the viewer: a student asks as an alternant, about themself; a company tutor or an
 * HR contact, through their personal link, asks as the company, about the alternant of that
 * link (its mission, livret or visit). The contract type chooses the lists (CFA for an
 * apprentice, SFCA for a professionalisation contract, §6.2); the site chooses the
 * secretariat (Tableau 10); the academic tutor, once assigned, is the first to call on a
 * problem (§4.6, note 32: the manager until then). Null for the office and the tutors, who
 * look up any case.
 */
export async function contactContext(ctx: ServiceContext): Promise<ContactContext | null> {
  const actor = authorize(ctx.actor, 'reference:read');
  let student: Student | null = null;
  let missionType: string | null = null;
  if (actor.role === 'STUDENT') {
    student = await ctx.em.findOne(Student, { user: actor.id }, { populate: ['academicTutor'] });
  } else if (actor.role === 'COMPANY_TUTOR' || actor.role === 'HR_CONTACT') {
    if (actor.linkPurpose === 'VISIT_SLOT_CHOICE') {
      const visit = actor.visitId ? await ctx.em.findOne(Visit, actor.visitId, { populate: ['student.academicTutor', 'mission'] }) : null;
      student = visit?.student ?? null;
      missionType = visit?.mission.contractType ?? null;
    } else if (actor.linkPurpose === 'LIVRET') {
      const livret = actor.missionId ? await ctx.em.findOne(Livret, actor.missionId, { populate: ['student.academicTutor'] }) : null;
      student = livret?.student ?? null;
    } else if (actor.missionId) {
      const mission = await ctx.em.findOne(Mission, actor.missionId, { populate: ['student.academicTutor'] });
      student = mission?.student ?? null;
      missionType = mission?.contractType ?? null;
    }
  }
  if (!student) return null;
  const facts = await caseContactFacts(ctx.em, await ctx.referenceData(), student, missionType);
  return {
    asker: actor.role === 'STUDENT' ? 'ALTERNANT' : 'COMPANY',
    student,
    ...facts,
    academicTutor: student.academicTutor ?? null,
  };
}

/**
 * The facts of an alternant's case that choose their contacts (§6.1–6.2): the contract type
 * and the site. Shared by the « Qui contacter ? » page and the « Vos contacts » block of the
 * mails to their company (company-mail-contacts.ts), so that both name the same people.
 */
export async function caseContactFacts(em: EntityManager, referenceData: ReferenceData, student: Student, missionType: string | null): Promise<{ contractType: ContractType | null; site: string | null }> {
  // Read only: called from inside the unit of work that mails (a contract being created), it
  // must not flush that work half-done (the fiche's type stands for a contract not yet written).
  // The contract in force is the latest one (a new contract after a rupture, §5); before any
  // contract, the type of the fiche the link is about, or of the student's latest fiche.
  const contract = await em.findOne(Contract, { student: student.id }, { orderBy: { startDate: 'desc', createdAt: 'desc' }, fields: ['contractType'], flushMode: FlushMode.COMMIT });
  let contractType = contract?.contractType ?? missionType;
  if (!contractType) {
    const mission = await em.findOne(Mission, { student: student.id }, { orderBy: { createdAt: 'desc' }, fields: ['contractType'], flushMode: FlushMode.COMMIT });
    contractType = mission?.contractType ?? null;
  }
  return { contractType: (contractType as ContractType | null) ?? null, site: studentSite(referenceData, student) };
}

/** The alternant's site (Tableau 10): their own, else their group's. */
export function studentSite(referenceData: ReferenceData, student: Student): string | null {
  return student.site ?? referenceData.groups.find((g) => g.code === student.group)?.site ?? null;
}
