import { authorize } from '../../policy/policy.js';
import { BusinessError, type UserError } from '../../shared/errors.js';
import { toCents } from '../../shared/money.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { findingCodesColumn, missionFindings } from '../missions/mission-rules.js';
import { Mission } from '../missions/mission.entities.js';
import { CONTRACT_TYPES } from '../missions/mission.service.js';
import { Organisation, Student } from '../people/people.entities.js';
import { MAX_ROSTER_ROWS } from './roster.service.js';

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

const OPEN_STATES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMATION_REQUESTED', 'ERROR_REPORTED', 'CONFIRMED'];

/**
 * Office: imports a roster, all or nothing. Students are matched by email (created or
 * updated), OPAs by SIRET; each row's open mission is updated (or a new one created),
 * submitted when the row has a request date so that every rule runs. One bad row — a
 * value, a duplicate email, a student whose mission is already validated — and nothing is
 * written; every error names its row and field.
 */
export async function importRoster(ctx: ServiceContext, rows: readonly RosterImportRow[]): Promise<number> {
  const actor = authorize(ctx.actor, 'roster:import');
  if (rows.length === 0 || rows.length > MAX_ROSTER_ROWS) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'rows', message: `De 1 à ${MAX_ROSTER_ROWS} lignes par import.` }]);
  const data = await ctx.referenceData();
  const cohorts = data.cohorts.map((c) => c.code);
  return unitOfWork(ctx, async () => {
    const errors: UserError[] = [];
    const emails = rows.map((r) => r.email.trim().toLowerCase());
    const students = new Map((await ctx.em.find(Student, { email: { $in: emails } })).map((s) => [s.email, s]));
    const missions = await ctx.em.find(Mission, { student: { email: { $in: emails } } }, { populate: ['student', 'organisation'] });
    const seen = new Set<string>();
    const now = ctx.clock.now();
    for (const [index, row] of rows.entries()) {
      const check = new InputCheck();
      const email = check.email('email', row.email, { required: true }) ?? '';
      if (seen.has(email)) errors.push({ code: 'DUPLICATE', field: 'email', index, message: `Ligne ${index + 1} : ${email} apparaît deux fois dans le tableau.` });
      seen.add(email);
      const lastName = check.text('lastName', row.lastName, 100, { required: true });
      const firstName = check.text('firstName', row.firstName, 100, { required: true });
      const birthDate = check.date('birthDate', row.birthDate);
      const cohort = check.oneOf('cohort', row.cohort, cohorts);
      const status = check.oneOf('status', row.status, ['FI', 'FC'] as const);
      const contractType = check.oneOf('contractType', row.contractType, CONTRACT_TYPES);
      const requestDate = check.date('requestDate', row.requestDate);
      const startDate = check.date('startDate', row.startDate);
      const endDate = check.date('endDate', row.endDate);
      check.dateOrder('startDate', startDate, 'endDate', endDate);
      const group = check.text('group', row.group, 40);
      const company = check.text('company', row.company, 200);
      const siret = row.siret ? check.siret('siret', row.siret) : null;
      const pay = check.number('monthlyGrossPay', row.monthlyGrossPay, 0, 100_000);
      if (!cohort && row.cohort) check.require('cohort', true);
      const existing = missions.filter((m) => m.student.email === email);
      if (existing.some((m) => m.state === 'VALIDATED' && m.brokenOn === null)) {
        errors.push({ code: 'ALREADY_VALIDATED', field: 'email', index, message: `Ligne ${index + 1} : la mission de ${email} est déjà validée ; proposez une modification au lieu de l’importer.` });
      }
      errors.push(...check.errors.map((e) => ({ ...e, index, message: `Ligne ${index + 1} : ${e.message}` })));
      if (check.errors.length || !lastName || !firstName || !cohort || !status || !contractType) continue;

      let student = students.get(email);
      if (!student) {
        student = new Student();
        student.email = email;
        students.set(email, student);
        ctx.em.persist(student);
      }
      Object.assign(student, {
        lastName,
        firstName,
        birthDate: birthDate ?? student.birthDate,
        cohort,
        status,
        repeating: row.repeating ?? student.repeating ?? false,
        professionalisationValidated: row.professionalisationValidated ?? student.professionalisationValidated ?? false,
        foreign: row.foreign ?? student.foreign ?? false,
        aptObtained: row.aptObtained ?? student.aptObtained ?? false,
      });
      let organisation: Organisation | null = null;
      if (siret) {
        organisation = (await ctx.em.findOne(Organisation, { siret })) ?? Object.assign(new Organisation(), { siret, name: company ?? siret });
        ctx.em.persist(organisation);
      }
      const mission = existing.find((m) => OPEN_STATES.includes(m.state)) ?? Object.assign(new Mission(), { student, stateSince: ctx.clock.now() });
      Object.assign(mission, {
        cohort,
        group: group === 'CLASSIC' || group === 'ALTERNANCE' ? group : null,
        contractType,
        startDate,
        endDate,
        monthlyGrossPayCents: toCents(pay),
        organisation: organisation ?? mission.organisation ?? null,
        title: mission.title || `${contractType} ${company ?? ''}`.trim(),
      });
      if (requestDate && (mission.state === 'DRAFT' || mission.state === 'RETURNED')) {
        mission.state = 'SUBMITTED';
        mission.stateSince = ctx.clock.now();
        mission.requestDate = requestDate;
      }
      ctx.em.persist(mission);
      if (mission.state !== 'DRAFT') {
        const findings = await missionFindings(ctx.em, mission, data);
        mission.findings = findings;
        mission.findingCodes = findingCodesColumn(findings);
      }
      audit(ctx.em, actor, { entityType: 'Mission', entityId: mission.id, action: 'IMPORT', fields: ['cohort', 'contractType', 'startDate', 'endDate', 'monthlyGrossPay'] }, now);
    }
    if (errors.length) throw new BusinessError(errors);
    return rows.length;
  });
}
