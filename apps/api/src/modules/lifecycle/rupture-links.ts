import { formatDateFr } from '@alternance/domain';
import { BusinessError } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { audit } from '../audit/audit.js';
import { issuePersonalLink, revokePersonalLinks, spendPersonalLinks, type LinkTarget } from '../auth/personal-links.js';
import type { Contract } from '../contracts/contract.entities.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail, REDACTED_LINK } from '../mail/outbox.js';
import { contractFor, studentName } from './contract-access.js';
import { ruptureRequestLinkMail } from './lifecycle-mails.js';

/** How long a company tutor's rupture-request link stays usable: a month, like a mediation's follow-up. */
export const RUPTURE_LINK_DAYS = 30;

/**
 * Who may ask for the contract's rupture through a link: its company tutors and its HR contact — Tableau 8 (« contacts
 * professionnels (tuteurs professionnels, contacts RH) ») « Pour rompre à l'avance un contrat… : le responsable de
 * l'alternance ». One link a person: an HR contact who is also a tutor gets the tutor's.
 */
function targets(contract: Contract): { target: LinkTarget; name: string; email: string }[] {
  const tutors = [contract.mission.tutor1, contract.mission.tutor2].filter((t): t is NonNullable<typeof t> => t !== null && t !== undefined);
  const people: { subjectType: LinkTarget['subjectType']; person: { id: string; firstName: string; lastName: string; email: string } }[] = tutors.map((person) => ({ subjectType: 'COMPANY_TUTOR', person }));
  const hr = contract.mission.hrContact;
  if (hr) people.push({ subjectType: 'HR_CONTACT', person: hr });
  const seen = new Set<string>();
  return people
    .filter(({ person }) => !seen.has(person.email.toLowerCase()) && seen.add(person.email.toLowerCase()))
    .map(({ subjectType, person }) => ({ target: { purpose: 'RUPTURE_REQUEST', subjectType, subjectId: person.id, missionId: contract.mission.id, objectId: contract.id }, name: `${person.firstName} ${person.lastName}`, email: person.email }));
}

/**
 * The manager mails the contract's company tutors and HR contact a personal link to ask for its
 * rupture (§5, Tableau 8): bound to that one contract,
 * expiring after RUPTURE_LINK_DAYS; the links sent before stop working.
 */
export async function sendRuptureRequestLinks(ctx: ServiceContext, contractId: string): Promise<number> {
  return unitOfWork(ctx, async () => {
    const { actor, contract } = await contractFor(ctx, 'rupture:manage', contractId);
    if (contract.status !== 'ACTIVE') throw new BusinessError([{ code: 'CONTRACT_NOT_ACTIVE', field: 'contractId', message: 'Ce contrat est déjà rompu.' }]);
    const recipients = targets(contract);
    if (!recipients.length) throw new BusinessError([{ code: 'NO_HOST', field: 'contractId', message: 'Ce contrat n’a ni tuteur(trice) en entreprise ni contact RH : personne à qui envoyer le lien.' }]);
    const now = ctx.clock.now();
    const expiresAt = new Date(now.getTime() + RUPTURE_LINK_DAYS * 86_400_000);
    const contacts = await companyContactsBlock(ctx.em, await ctx.referenceData(), contract.student, contract.contractType);
    for (const r of recipients) {
      await revokePersonalLinks(ctx.em, r.target, now);
      const token = issuePersonalLink(ctx.em, { ...r.target, expiresAt });
      const content = ruptureRequestLinkMail({ recipientName: r.name, studentName: studentName(contract), link: `${ctx.publicUrl}${REDACTED_LINK}`, expiresOn: formatDateFr(expiresAt.toISOString().slice(0, 10)) });
      enqueueMail(ctx.em, r.email, 'RUPTURE_REQUEST_LINK', withContacts(content, contacts), contract.mission.id, now, token);
    }
    audit(ctx.em, actor, { entityType: 'Contract', entityId: contract.id, action: 'SEND_RUPTURE_REQUEST_LINK', fields: [], comment: `${recipients.length} contact(s) de l’organisme d’accueil` }, now);
    return recipients.length;
  });
}

/** The company contact's request is made: their open rupture-request links of that contract are spent. */
export async function spendRuptureRequestLinks(ctx: ServiceContext, contract: Contract, subject: { type: LinkTarget['subjectType']; id: string }, now: Date): Promise<void> {
  await spendPersonalLinks(ctx.em, { purpose: 'RUPTURE_REQUEST', subjectType: subject.type, subjectId: subject.id, missionId: contract.mission.id, objectId: contract.id }, now);
}
