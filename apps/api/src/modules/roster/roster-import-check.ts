import { checkRosterImportRows, checkRosterRowAlreadyValidated, ficheTrainingYearStart, isOpenMission, nameSortKey, rosterImportEmail, type Finding, type IsoDate, type ReferenceData } from '@alternance/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { UserError } from '../../shared/errors.js';
import { toCents } from '../../shared/money.js';
import { brokenContractsOf } from '../lifecycle/new-contract-rules.js';
import { ficheFindings, findingCodesColumn, offersMatchingMission } from '../missions/mission-rules.js';
import { Mission } from '../missions/mission.entities.js';
import { Offer } from '../offers/offer.entity.js';
import { Organisation, Student, type StudentStatus } from '../people/people.entities.js';
import type { RosterImportStagedRow } from './roster-import-staged-row.entity.js';

export interface RosterImportRow {
  lastName: string;
  firstName: string;
  email: string;
  birthDate?: string | null;
  cohort: string;
  group?: string | null;
  status: string;
  contractType: string;
  requestDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  repeating?: boolean | null;
  professionalisationValidated?: boolean | null;
  foreign?: boolean | null;
  aptObtained?: boolean | null;
  company?: string | null;
  siret?: string | null;
  monthlyGrossPay?: number | null;
}

/**
 * What one row will write, decided from what was read: the values, the ids (new records'
 * included) and the versions read, so that the apply step refuses a record changed in
 * between. Shaped as a staged row (roster-import-staged-row.entity.ts).
 */
export type PlannedRow = Omit<RosterImportStagedRow, 'jobId' | 'stagedAt' | 'auditId'>;

/** Rows per chunk: each chunk reads in a constant number of statements and keeps the event loop busy for a few milliseconds only. */
export const IMPORT_CHUNK = 100;

/** Lets other requests run between two chunks of work. */
export const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const clean = (v: string | null | undefined): string | null => (v === null || v === undefined || v.trim() === '' ? null : v.trim());

/**
 * The import's first phase, outside any transaction: every row checked (the domain's
 * checkRosterImportRow, shared with the portal's preview), and what it will write decided,
 * findings included. Reads are batched per chunk (students, their missions, OPAs: three
 * statements per chunk, plus the published offers once), and the rules are pure: no query
 * per row. Each chunk's plan goes to `onChunk` (which stages it) until a row fails: then
 * the rest is only checked, so that every error is reported. Yields between chunks.
 */
export async function checkRosterImport(
  rootEm: EntityManager,
  rows: readonly RosterImportRow[],
  data: ReferenceData,
  onChunk: (plan: PlannedRow[], checked: number) => Promise<void> = async () => undefined,
  /** The API's day: APT_MISSING speaks only from a row's DDC on (§3.4, note 26). */
  today?: IsoDate,
): Promise<{ errors: UserError[] }> {
  const cohorts = data.cohorts.map((c) => c.code);
  const errors: UserError[] = [];
  const seen = new Map<string, number>();
  const offers = await rootEm.fork().find(Offer, { state: 'PUBLISHED' }, { populate: ['organisation'] });
  // OPAs this import creates, by SIRET: their id is decided by the first row that names them.
  const newOrganisations = new Map<string, string>();
  for (let start = 0; start < rows.length; start += IMPORT_CHUNK) {
    const em = rootEm.fork();
    const plan: PlannedRow[] = [];
    const chunk = rows.slice(start, start + IMPORT_CHUNK).map((row, i) => ({ row, index: start + i, email: rosterImportEmail(row) }));
    const issues = checkRosterImportRows(chunk.map((c) => c.row), { cohorts, seen, offset: start });
    for (const [index, list] of issues) for (const issue of list) errors.push({ code: issue.code, field: issue.field, index, message: `Ligne ${index + 1} : ${issue.message}` });
    const valid = chunk.filter((c) => !issues.has(c.index));
    const emails = valid.map((c) => c.email);
    const sirets = [...new Set(valid.map((c) => c.row.siret?.replace(/\s/g, '')).filter((s): s is string => !!s))];
    const students = emails.length ? await em.find(Student, { email: { $in: emails } }) : [];
    const byEmail = new Map(students.map((s) => [s.email, s]));
    const missions = students.length ? await em.find(Mission, { student: { $in: students.map((s) => s.id) } }, { populate: ['organisation'] }) : [];
    const known = new Map((sirets.length ? await em.find(Organisation, { siret: { $in: sirets } }) : []).map((o) => [o.siret, o]));
    // §5: a contract whose rupture is under way, its last day fixed, is broken for a row as for a fiche
    // (brokenContractsOf); read only for the students who hold a validated contract.
    const holders = [...new Set(missions.filter((m) => m.state === 'VALIDATED').map((m) => m.student.id))];
    const lastDays = new Map((await brokenContractsOf(em, holders, { contacts: false })).map((b) => [b.mission.id, b.lastDay]));
    const asExisting = (m: Mission) => ({ state: m.state, brokenOn: lastDays.get(m.id) ?? m.brokenOn, endDate: m.endDate });
    for (const { row, index, email } of valid) {
      const existing = byEmail.get(email) ?? null;
      const own = existing ? missions.filter((m) => m.student.id === existing.id) : [];
      // §3.3 « Attention » as the fiche rules read it: a validated contract over before this row's training
      // year (§2.1.2, note 9: a new contract for the next year), or broken before the row's DDC (§5), lets
      // the row be imported as a new fiche.
      const rowStart = clean(row.startDate);
      const validated = own.filter((m) => m.state === 'VALIDATED').map(asExisting);
      if (checkRosterRowAlreadyValidated(validated, { trainingYearStart: ficheTrainingYearStart(row.cohort.trim(), rowStart, data), startDate: rowStart })) {
        errors.push({ code: 'ALREADY_VALIDATED', field: 'email', index, message: `Ligne ${index + 1} : la mission de ${email} est déjà validée ; proposez une modification au lieu de l’importer.` });
        continue;
      }
      const student = existing ?? Object.assign(new Student(), { email });
      Object.assign(student, {
        lastName: row.lastName.trim(),
        firstName: row.firstName.trim(),
        birthDate: clean(row.birthDate) ?? student.birthDate,
        cohort: row.cohort.trim(),
        status: row.status.trim() as StudentStatus,
        repeating: row.repeating ?? student.repeating,
        professionalisationValidated: row.professionalisationValidated ?? student.professionalisationValidated,
        foreign: row.foreign ?? student.foreign,
        aptObtained: row.aptObtained ?? student.aptObtained,
      });
      const siret = clean(row.siret)?.replace(/\s/g, '') ?? null;
      const company = clean(row.company);
      let organisation: { id: string; siret: string; name: string; isNew: boolean } | null = null;
      if (siret) {
        const found = known.get(siret);
        const planned = newOrganisations.get(siret);
        if (found) organisation = { id: found.id, siret, name: found.name, isNew: false };
        else if (planned) organisation = { id: planned, siret, name: company ?? siret, isNew: false };
        else {
          organisation = { id: randomUUID(), siret, name: company ?? siret, isNew: true };
          newOrganisations.set(siret, organisation.id);
        }
      }
      const current = own.find((m) => isOpenMission(m.state)) ?? null;
      const mission = current ?? Object.assign(new Mission(), { student });
      const group = clean(row.group);
      const contractType = row.contractType.trim();
      Object.assign(mission, {
        cohort: row.cohort.trim(),
        // The fiche's group is L3I's CLASSIC/ALTERNANCE choice; other codes are not stored there.
        group: group === 'CLASSIC' || group === 'ALTERNANCE' ? group : null,
        contractType,
        startDate: clean(row.startDate),
        endDate: clean(row.endDate),
        monthlyGrossPayCents: toCents(row.monthlyGrossPay ?? null),
        title: mission.title || `${contractType} ${company ?? ''}`.trim(),
      });
      // The rules read the OPA's SIRET only (offers matching the mission).
      if (organisation) mission.organisation = Object.assign(new Organisation(), { id: organisation.id, siret: organisation.siret, name: organisation.name });
      const requestDate = clean(row.requestDate);
      if (requestDate && (mission.state === 'DRAFT' || mission.state === 'RETURNED')) {
        mission.state = 'SUBMITTED';
        mission.requestDate = requestDate;
      }
      let findings: Finding[] = mission.findings;
      if (mission.state !== 'DRAFT') {
        const others = own.filter((m) => m !== current && m.state === 'VALIDATED').map(asExisting);
        findings = ficheFindings(mission, student, data, { matchingOffers: offersMatchingMission(offers, mission, mission.organisation?.siret), otherMissions: others, publishedOffers: offers }, {}, today);
      }
      if (errors.length) continue; // nothing more will be staged: the import fails
      plan.push({
        rowIndex: index,
        email,
        studentId: student.id,
        studentVersion: existing?.version ?? null,
        lastName: student.lastName,
        firstName: student.firstName,
        sortName: nameSortKey(student.lastName, student.firstName),
        birthDate: student.birthDate,
        studentCohort: student.cohort,
        status: student.status,
        repeating: student.repeating,
        professionalisationValidated: student.professionalisationValidated,
        foreign: student.foreign,
        aptObtained: student.aptObtained,
        organisationId: organisation?.id ?? null,
        organisationNew: organisation?.isNew ?? false,
        organisationSiret: organisation?.siret ?? null,
        organisationName: organisation?.name ?? null,
        missionId: mission.id,
        missionVersion: current?.version ?? null,
        cohort: mission.cohort,
        group: mission.group,
        contractType: mission.contractType,
        startDate: mission.startDate,
        endDate: mission.endDate,
        monthlyGrossPayCents: mission.monthlyGrossPayCents,
        title: mission.title,
        state: mission.state,
        requestDate: mission.requestDate,
        findings,
        findingCodes: findingCodesColumn(findings),
        // The unique open-mission key (issue 10, item 11): set here, no entity hook runs on the set-based write.
        openFor: isOpenMission(mission.state) ? student.id : null,
      });
    }
    await onChunk(errors.length ? [] : plan, Math.min(start + IMPORT_CHUNK, rows.length));
    await yieldToOthers();
  }
  return { errors: errors.sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) };
}
