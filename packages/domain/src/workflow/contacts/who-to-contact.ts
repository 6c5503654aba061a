import type { ContractType } from '../../contracts/contract-input.js';
import type { AskerRole, Bilingual, ContactNeed, ContactRole, ContactRoute, ContactRoutes, IntermediaryRole, RouteContact } from './contact-routes.js';
import { defaultContactRoutes } from './default-contact-routes.js';
import { directoryPeopleFor, type DirectoryEntry } from './contact-directory.js';

/** How to reach one person or service of an answer (§6.2). */
export interface ContactPerson {
  name: string;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface WhoToContactInput {
  role: AskerRole;
  need: ContactNeed;
  /** The alternant's contract; when absent, contacts limited to some types are all listed, with `onlyFor`. */
  contractType?: ContractType | undefined;
  /** False until the academic tutor is assigned (October, early November at the latest, §4.6). */
  academicTutorAssigned: boolean;
  /** The alternant's site code: the secretariat named is that site's (Tableau 10). */
  site?: string | null | undefined;
  /** The alternant's own academic tutor, once assigned (§4.6): named under the tutor's role. */
  academicTutor?: ContactPerson | null | undefined;
}

export interface ContactAnswerEntry {
  role: ContactRole;
  label: string;
  labelEn: string;
  /** 1-based; in ESCALATION mode, the order to follow. */
  order: number;
  onlyFor?: ContractType[];
  note?: Bilingual;
  /** Who holds the role and how to reach them (§6.2), when a directory was given: the alternant's own tutor, their site's secretariat. */
  people?: ContactPerson[];
}

export interface ContactAnswer {
  mode: ContactRoute['mode'];
  /** Whom the asker contacts, in order; empty when someone else does it (`through`). */
  contacts: ContactAnswerEntry[];
  /** Set when the asker must not contact anyone directly: `by` contacts these. */
  through?: { by: IntermediaryRole; label: string; labelEn: string; contacts: ContactAnswerEntry[] };
  note: Bilingual;
  ref: string;
}

const indexes = new WeakMap<ContactRoutes, Map<string, ContactRoute>>();

function routeFor(routes: ContactRoutes, asker: string, need: string): ContactRoute | undefined {
  let index = indexes.get(routes);
  if (!index) {
    index = new Map(routes.routes.map((r) => [`${r.asker}:${r.need}`, r]));
    indexes.set(routes, index);
  }
  return index.get(`${asker}:${need}`);
}

const TUTOR_PENDING: Bilingual = {
  fr: 'Tant que le tuteur universitaire n’est pas affecté, le responsable de l’alternance en tient le rôle (§4.6, note 32).',
  en: 'Until the academic tutor is assigned, the alternance manager acts as tutor (§4.6, note 32).',
};

/**
 * Whom to contact for a need (§6.1, Tableaux 8–9; domain-rules §11), from a routing table
 * kept as data (default: {@link defaultContactRoutes}). Contacts limited to a contract type
 * are dropped for other types (e.g. the CFA for apprentices only); the academic tutor is
 * dropped until assigned, the manager standing in (note 32). Null when the table has no
 * route for this asker and need. O(1) after a first call per table.
 */
export function whoToContact(
  input: WhoToContactInput,
  options?: { routes?: ContactRoutes | undefined; directory?: readonly DirectoryEntry[] | undefined },
): ContactAnswer | null {
  const routes = options?.routes ?? defaultContactRoutes;
  const route = routeFor(routes, input.role, input.need);
  if (!route) return null;
  const directory = options?.directory;
  const contacts = entries(route.contacts, input, routes, directory);
  const tutorDropped = !input.academicTutorAssigned && route.contacts.some((c) => c.role === 'ACADEMIC_TUTOR');
  const answer: ContactAnswer = {
    mode: route.mode,
    contacts,
    note: tutorDropped ? { fr: `${route.note.fr} ${TUTOR_PENDING.fr}`, en: `${route.note.en} ${TUTOR_PENDING.en}` } : { ...route.note },
    ref: route.ref,
  };
  if (route.through) {
    const by = routes.intermediaries[route.through.by];
    answer.through = { by: route.through.by, label: by.fr, labelEn: by.en, contacts: entries(route.through.contacts, input, routes, directory) };
  }
  return answer;
}

function entries(list: readonly RouteContact[], input: WhoToContactInput, routes: ContactRoutes, directory: readonly DirectoryEntry[] | undefined): ContactAnswerEntry[] {
  const kept = list.filter(
    (c) =>
      (c.onlyFor === undefined || input.contractType === undefined || c.onlyFor.includes(input.contractType)) &&
      (c.role !== 'ACADEMIC_TUTOR' || input.academicTutorAssigned),
  );
  return kept.map((c, i) => {
    const label = routes.roles[c.role];
    const entry: ContactAnswerEntry = { role: c.role, label: label.fr, labelEn: label.en, order: i + 1 };
    if (c.onlyFor !== undefined && input.contractType === undefined) entry.onlyFor = [...c.onlyFor];
    if (c.note !== undefined) entry.note = { ...c.note };
    if (directory !== undefined) entry.people = peopleOf(c.role, input, directory);
    return entry;
  });
}

function peopleOf(role: ContactRole, input: WhoToContactInput, directory: readonly DirectoryEntry[]): ContactPerson[] {
  if (role === 'ACADEMIC_TUTOR') return input.academicTutor ? [{ ...input.academicTutor }] : [];
  return directoryPeopleFor(role, input.site, directory).map(({ name, email, phone, website }) => ({ name, email, phone, website }));
}
