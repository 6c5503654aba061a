import { isOpenMission } from '@alternance/domain';
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../shared/actor.js';
import { BusinessError, type UserError } from '../../shared/errors.js';
import { auditEvent } from '../audit/audit.js';
import type { AuditEvent } from '../audit/audit-event.entity.js';
import { Mission } from '../missions/mission.entities.js';
import { Organisation, Student } from '../people/people.entities.js';
import { IMPORT_CHUNK, yieldToOthers, type PlannedRow } from './roster-import-check.js';

const changed = (row: PlannedRow, what: string): UserError => ({
  code: 'CONFLICT',
  field: 'email',
  index: row.index,
  message: `Ligne ${row.index + 1} : ${what} de ${row.email} a été modifié(e) pendant l’import ; rien n’est écrit, relancez l’import.`,
});

/**
 * The import's second phase: one transaction for every row (all or nothing), written chunk
 * by chunk. Per chunk a constant number of statements: three reads (students, missions,
 * OPAs — which also detect a change since the check), then the ORM's batched inserts and
 * updates; the unit of work is emptied after each chunk so that flushing never scans the
 * rows already written (what made the old import quadratic). `finish` runs in the same
 * transaction (e.g. marking the job done).
 */
export async function writeRosterImport(rootEm: EntityManager, plan: readonly PlannedRow[], actor: Actor, now: Date, finish: (em: EntityManager) => Promise<void> = async () => undefined): Promise<number> {
  try {
    await rootEm.fork().transactional(async (em) => {
      for (let start = 0; start < plan.length; start += IMPORT_CHUNK) {
        const chunk = plan.slice(start, start + IMPORT_CHUNK);
        const errors: UserError[] = [];
        // New records go in with multi-row inserts outside the unit of work; the unit of work
        // holds only this chunk's existing records, flushed as batched updates.
        const created = { students: [] as Student[], organisations: [] as Organisation[], missions: [] as Mission[], audit: [] as AuditEvent[] };
        const students = new Map((await em.find(Student, { email: { $in: chunk.map((r) => r.email) } })).map((s) => [s.email, s]));
        const missionIds = chunk.map((r) => r.missionId).filter((id): id is string => id !== null);
        const missions = new Map((missionIds.length ? await em.find(Mission, { id: { $in: missionIds } }) : []).map((m) => [m.id, m]));
        const sirets = [...new Set(chunk.map((r) => r.organisation?.siret).filter((s): s is string => !!s))];
        const organisations = new Map((sirets.length ? await em.find(Organisation, { siret: { $in: sirets } }) : []).map((o) => [o.siret, o]));
        for (const row of chunk) {
          let student = students.get(row.email);
          if (student ? student.id !== row.studentId || student.version !== row.studentVersion : row.studentId !== null) {
            errors.push(changed(row, 'l’étudiant(e)'));
            continue;
          }
          if (!student) {
            student = Object.assign(new Student(), { email: row.email });
            created.students.push(student);
          }
          Object.assign(student, row.student);
          let mission = row.missionId ? missions.get(row.missionId) : undefined;
          if (row.missionId && (!mission || mission.version !== row.missionVersion)) {
            errors.push(changed(row, 'la fiche'));
            continue;
          }
          if (!mission) {
            mission = Object.assign(new Mission(), { student, stateSince: now });
            created.missions.push(mission);
          } else if (mission.state !== row.mission.state) mission.stateSince = now;
          if (row.organisation) {
            let organisation = organisations.get(row.organisation.siret);
            if (!organisation) {
              organisation = Object.assign(new Organisation(), row.organisation);
              organisations.set(organisation.siret, organisation);
              created.organisations.push(organisation);
            }
            mission.organisation = organisation;
          }
          Object.assign(mission, row.mission);
          // Native multi-row inserts run no entity hook: the open-mission key is set here (issue 10, item 11).
          mission.openFor = isOpenMission(mission.state) ? student.id : null;
          created.audit.push(auditEvent(actor, { entityType: 'Mission', entityId: mission.id, action: 'IMPORT', fields: ['cohort', 'contractType', 'startDate', 'endDate', 'monthlyGrossPay'] }, now));
        }
        if (errors.length) throw new BusinessError(errors);
        if (created.students.length) await em.insertMany(created.students);
        if (created.organisations.length) await em.insertMany(created.organisations);
        if (created.missions.length) await em.insertMany(created.missions);
        await em.insertMany(created.audit);
        await em.flush();
        em.clear();
        await yieldToOthers();
      }
      await finish(em);
    });
  } catch (error) {
    // Another request wrote one of these records between our read and our write.
    if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
      throw new BusinessError([{ code: 'CONFLICT', field: 'rows', message: 'Des fiches ou des étudiant(e)s du tableau ont été modifiés pendant l’import : rien n’est écrit, relancez l’import.' }]);
    }
    throw error;
  }
  return plan.length;
}
