import type { EntityManager } from '@mikro-orm/core';
import { HALF } from '../absences/absence-mails.js';
import { formatDateFr, type ReferenceData } from '@alternance/domain';
import { Absence, ProfessionalAbsenceRequest } from '../absences/absence.entities.js';
import { ApiToken } from '../auth/auth.entities.js';
import { AlternanceCalendar, StudentCalendar } from '../calendars/calendar.entities.js';
import { ChecklistItem, Contract } from '../contracts/contract.entities.js';
import { Rupture } from '../lifecycle/lifecycle.entities.js';
import { Livret, LivretSheet } from '../livret/livret.entities.js';
import { Mission } from '../missions/mission.entities.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation, Student } from '../people/people.entities.js';
import { Visit } from '../visits/visit.entity.js';

/** What the journal shows for the object of an event: its name, or that it no longer exists. */
export interface AuditEntityName {
  /** The object's human name (a person's, an OPA's, a contract's « student — OPA »…); null: gone, or a type without one. */
  name: string | null;
  /** The object's type has names and the object no longer exists (deleted since). */
  gone: boolean;
}

const person = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;
const contractName = (c: Contract): string => `${person(c.student)} — ${c.mission.organisation?.name ?? c.mission.title}`;

type Namer = (em: EntityManager, ids: string[], data: ReferenceData) => Promise<Map<string, string>>;

/** One statement per type of the page: its objects by primary key, with what their name needs joined. */
const NAMERS: Record<string, Namer> = {
  Student: async (em, ids) => new Map((await em.find(Student, { id: { $in: ids } })).map((s) => [s.id, person(s)])),
  Organisation: async (em, ids) => new Map((await em.find(Organisation, { id: { $in: ids } })).map((o) => [o.id, o.name])),
  Mission: async (em, ids) =>
    new Map((await em.find(Mission, { id: { $in: ids } }, { populate: ['student', 'organisation'], strategy: 'joined' })).map((m) => [m.id, `${person(m.student)} — ${m.organisation?.name ?? m.title}`])),
  Contract: async (em, ids) =>
    new Map((await em.find(Contract, { id: { $in: ids } }, { populate: ['student', 'mission', 'mission.organisation'], strategy: 'joined' })).map((c) => [c.id, contractName(c)])),
  Rupture: async (em, ids) =>
    new Map((await em.find(Rupture, { id: { $in: ids } }, { populate: ['contract', 'contract.student', 'contract.mission', 'contract.mission.organisation'], strategy: 'joined' })).map((r) => [r.id, contractName(r.contract)])),
  ChecklistItem: async (em, ids) =>
    new Map((await em.find(ChecklistItem, { id: { $in: ids } }, { populate: ['contract', 'contract.student', 'contract.mission', 'contract.mission.organisation'], strategy: 'joined' })).map((i) => [i.id, `${contractName(i.contract)} — ${i.label}`])),
  Absence: async (em, ids) =>
    new Map((await em.find(Absence, { id: { $in: ids } }, { populate: ['student'], strategy: 'joined' })).map((a) => [a.id, `${person(a.student)} — ${formatDateFr(a.date)} ${HALF[a.half]}`])),
  ProfessionalAbsenceRequest: async (em, ids) =>
    new Map((await em.find(ProfessionalAbsenceRequest, { id: { $in: ids } }, { populate: ['student'], strategy: 'joined' })).map((r) => [r.id, `${person(r.student)} — ${formatDateFr(r.firstDay)}`])),
  Visit: async (em, ids) =>
    new Map((await em.find(Visit, { id: { $in: ids } }, { populate: ['student'], strategy: 'joined' })).map((v) => [v.id, `${person(v.student)} (${v.academicYear})`])),
  StudentCalendar: async (em, ids) => new Map((await em.find(StudentCalendar, { id: { $in: ids } }, { populate: ['student'], strategy: 'joined' })).map((c) => [c.id, person(c.student)])),
  // The calendar of its cohort(s): the cohorts whose year follows it (reference data), else its code.
  AlternanceCalendar: async (em, ids, data) =>
    new Map(
      (await em.find(AlternanceCalendar, { id: { $in: ids } })).map((c) => {
        const cohorts = data.cohorts.filter((k) => k.years.some((y) => y.calendar === c.code)).map((k) => k.label || k.code);
        return [c.id, cohorts.length ? cohorts.join(', ') : c.code];
      }),
    ),
  Livret: async (em, ids) => new Map((await em.find(Livret, { id: { $in: ids } }, { populate: ['student'], strategy: 'joined' })).map((l) => [l.id, `${person(l.student)} (${l.academicYear})`])),
  LivretSheet: async (em, ids) =>
    new Map((await em.find(LivretSheet, { id: { $in: ids } }, { populate: ['livret', 'livret.student'], strategy: 'joined' })).map((s) => [s.id, `${person(s.livret.student)} (${s.livret.academicYear}) — ${s.period}`])),
  Offer: async (em, ids) => new Map((await em.find(Offer, { id: { $in: ids } })).map((o) => [o.id, `${o.reference} — ${o.title}`])),
  ApiToken: async (em, ids) => new Map((await em.find(ApiToken, { id: { $in: ids } })).map((t) => [t.id, t.name])),
};

/** The key of an event's object for the loader: its type and id. */
export const auditEntityKey = (entityType: string, entityId: string): string => `${entityType}\u0000${entityId}`;

/**
 * The names of the objects of a page of the journal (keys from auditEntityKey): one statement per
 * type present, whatever the number of events (no statement per event). A type without names
 * maps to no name; an object of a named type that is not found was deleted since.
 */
export async function auditEntityNames(em: EntityManager, data: ReferenceData, keys: string[]): Promise<Map<string, AuditEntityName>> {
  const byType = new Map<string, Set<string>>();
  for (const key of keys) {
    const [type, id] = key.split('\u0000') as [string, string];
    if (!NAMERS[type]) continue;
    byType.set(type, (byType.get(type) ?? new Set()).add(id));
  }
  const out = new Map<string, AuditEntityName>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      // Ids are UUIDs; anything else (an old row) cannot match and would only trouble PostgreSQL's uuid columns.
      const valid = [...ids].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
      const names = valid.length ? await NAMERS[type]!(em, valid, data) : new Map<string, string>();
      for (const id of ids) {
        const name = names.get(id) ?? null;
        out.set(auditEntityKey(type, id), { name, gone: name === null });
      }
    }),
  );
  return out;
}
