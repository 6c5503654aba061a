import type { ContractType } from '../../contracts/contract-input.js';
import type { ContactNeed, ContactRole, ContactRoutes } from './contact-routes.js';
import type { DirectoryEntry } from './contact-directory.js';
import { defaultContactRoutes } from './default-contact-routes.js';
import { whoToContact, type ContactPerson } from './who-to-contact.js';

/** What a need of Tableau 8 is, said short enough for one line of a mail (« pour … »). */
const COMPANY_NEED_WORDS: Record<ContactNeed, string> = {
  PEDAGOGICAL_REQUEST: 'une demande pédagogique (dispense d’assiduité, §4.3.2)',
  SICK_LEAVE: 'un arrêt maladie à transmettre (§4.3.1)',
  ADMIN_TRAINING: 'une demande administrative sur la formation (dates d’examens…)',
  ADMIN_TRAINING_NOT_OPA: 'une demande administrative sur la formation',
  MISSION_VALIDATION: 'la validation de la mission',
  SIGNED_CONTRACT: 'le contrat ou la convention, après signature',
  PROBLEM_AT_OPA: 'un souci avec l’alternant(e)',
  TUTOR_CHANGE: 'un changement de tuteur professionnel',
  EARLY_TERMINATION: 'une rupture anticipée (§5)',
};

const RANK = ['en premier', 'en deuxième', 'en troisième', 'en quatrième'];

/** A contract type in words, for a contact limited to some types when the case has no contract yet. */
const CONTRACT_WORDS: Record<ContractType, string> = {
  CAPP: 'apprentissage',
  CPRO: 'contrat de professionnalisation',
  CSTAGEALT: 'stage alterné',
  CSTAGE: 'stage',
  SANS: 'sans contrat',
};

export interface CompanyMailContactsInput {
  studentName: string;
  contractType: ContractType | null | undefined;
  /** The alternant's site code: the secretariat named is that site's (Tableau 10). */
  site: string | null | undefined;
  /** The alternant's own academic tutor, once assigned (§4.6); null until then (note 32: the manager stands in). */
  academicTutor: ContactPerson | null | undefined;
}

export interface CompanyMailContact {
  role: ContactRole;
  label: string;
  people: ContactPerson[];
  /** The needs of Tableau 8 this contact answers, in the table's order. */
  needs: string[];
}

/**
 * The contacts of one alternant's case, as a company tutor or HR contact reads them (§6.1.1,
 * Tableau 8, with the people of §6.2): every route of the table asked as the company, one
 * line per role, the needs it answers gathered on it. Built from {@link whoToContact}, the
 * same source as the « Qui contacter ? » page, so that a mail never says otherwise.
 */
export function companyMailContacts(
  input: CompanyMailContactsInput,
  directory: readonly DirectoryEntry[],
  routes: ContactRoutes = defaultContactRoutes,
): CompanyMailContact[] {
  const byRole = new Map<ContactRole, CompanyMailContact>();
  const asked = {
    role: 'COMPANY' as const,
    contractType: input.contractType ?? undefined,
    site: input.site,
    academicTutorAssigned: Boolean(input.academicTutor),
    academicTutor: input.academicTutor ?? null,
  };
  for (const route of routes.routes) {
    if (route.asker !== 'COMPANY') continue;
    const answer = whoToContact({ ...asked, need: route.need }, { routes, directory });
    if (!answer) continue;
    for (const entry of answer.contacts) {
      const contact = byRole.get(entry.role) ?? { role: entry.role, label: entry.label, people: entry.people ?? [], needs: [] };
      byRole.set(entry.role, contact);
      const condition = entry.onlyFor ? ` (${entry.onlyFor.map((t) => CONTRACT_WORDS[t]).join(' ou ')})` : '';
      const rank = answer.mode === 'ESCALATION' ? `, ${RANK[entry.order - 1] ?? `n°${entry.order}`}` : '';
      const words = `${COMPANY_NEED_WORDS[route.need]}${rank}${condition}`;
      if (!contact.needs.includes(words)) contact.needs.push(words);
    }
  }
  // The alternant's own academic tutor first: the first to call on a problem (§6.1.1, « dans l'ordre indiqué »).
  return [...byRole.values()].sort((a, b) => Number(b.role === 'ACADEMIC_TUTOR') - Number(a.role === 'ACADEMIC_TUTOR'));
}

function reach(person: ContactPerson): string {
  const ways = [person.email, person.phone, person.website].filter((w): w is string => Boolean(w));
  return ways.length ? `${person.name} (${ways.join(', ')})` : person.name;
}

/**
 * The « Vos contacts » block of every mail to a company tutor or HR contact (§6.1.1, Tableau
 * 8): whom to write to, for what, for this alternant. Plain text, French, as the mails are.
 */
export function companyMailContactsBlock(input: CompanyMailContactsInput, directory: readonly DirectoryEntry[], routes?: ContactRoutes): string {
  const contacts = companyMailContacts(input, directory, routes);
  const lines = contacts.map((c) => {
    // The directory's names say the service ("Secrétariat pédagogique — Marseille"); a tutor's name does not.
    const who = c.people.length ? c.people.map(reach).join(' ; ') : c.label;
    return `- ${c.role === 'ACADEMIC_TUTOR' ? `${c.label} — ${who}` : who}\n  pour ${c.needs.join(' ; ')}.`;
  });
  // Where the tutor's line would be, first: whom to call on a problem until the assignment (note 32).
  const pending = input.academicTutor ? [] : ['- Tuteur universitaire : pas encore affecté ; d’ici là, le responsable de l’alternance en tient le rôle (§4.6).'];
  return `Vos contacts pour l’alternance de ${input.studentName} (guide, §6.1.1) :\n${[...pending, ...lines].join('\n')}`;
}
