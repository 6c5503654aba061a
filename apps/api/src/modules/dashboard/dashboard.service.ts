import { addDays, fcTrainingAgreementAttentionLimit, RULES } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { Contract } from '../contracts/contract.entities.js';
import { checklistDueBy } from '../contracts/contract.service.js';
import { countFcAgreementsDueBy } from '../people/training-agreement-due.js';

export interface CountByKey {
  key: string;
  count: number;
}

const counts = (rows: { key: string | null; count: number | string }[]): CountByKey[] =>
  rows.map((r) => ({ key: r.key ?? '—', count: Number(r.count) })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

/** Aggregates for the office's dashboard: a handful of GROUP BY statements, whatever the number of records. */
export async function dashboard(ctx: ServiceContext) {
  authorize(ctx.actor, 'dashboard:read');
  const connection = ctx.em.getConnection();
  const run = async (sql: string, params: unknown[] = []) => counts((await connection.execute(sql, params, 'all', ctx.em.getTransactionContext())) as { key: string | null; count: number }[]);
  const today = ctx.clock.today();
  const in30 = new Date(ctx.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const warnDays = (await ctx.referenceData()).settings.workflow?.checklistWarnDays ?? 5;
  // The contract page's and the contracts list's own limit (checklistAttentionLimit, §3.4).
  const warnLimit = await checklistDueBy(ctx);
  const [missionsByState, contractsByType, contractsByCohort, contractsBySite, codes] = await Promise.all([
    run('select state as key, count(*) as count from mission group by state'),
    run('select contract_type as key, count(*) as count from contract group by contract_type'),
    run('select m.cohort as key, count(*) as count from contract c join mission m on m.id = c.mission_id group by m.cohort'),
    run('select s.site as key, count(*) as count from contract c join student s on s.id = c.student_id group by s.site'),
    connection.execute("select finding_codes as codes from mission where finding_codes <> ''", [], 'all', ctx.em.getTransactionContext()) as Promise<{ codes: string }[]>,
  ]);
  const byCode = new Map<string, number>();
  // « Anomalies à traiter »: errors and warnings; an info (e.g. note 11's preferred internship length) asks nothing of the office.
  const toTreat = (code: string): boolean => Boolean(code) && (RULES as Record<string, { severity: string } | undefined>)[code]?.severity !== 'info';
  for (const row of codes) for (const code of row.codes.split(',').filter(toTreat)) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  // §2.1.1 note 5: FC conventions de formation not recorded, due within the warning days or late (the students list's filter).
  const data = await ctx.referenceData();
  const [fcTrainingAgreementsDue, fcTrainingAgreementsOverdue] = await Promise.all([
    countFcAgreementsDueBy(ctx.em, data, fcTrainingAgreementAttentionLimit(today, warnDays, { whitMondayHoliday: data.settings.whitMondayHoliday })),
    countFcAgreementsDueBy(ctx.em, data, addDays(today, -1)),
  ]);
  const [overdueChecklistItems, upcomingStarts] = await Promise.all([
    // `not done` written as such: a bound `false` would not let the planners prove the open items' partial index applies.
    connection.execute('select count(*) as count from checklist_item where not done and due_date <= ?', [warnLimit], 'get', ctx.em.getTransactionContext()).then((r: { count: number | string }) => Number(r.count)),
    ctx.em.find(Contract, { startDate: { $gte: today, $lte: in30 } }, { populate: ['student', 'mission', 'mission.organisation'], orderBy: { startDate: 'asc' }, limit: 100, strategy: 'joined' }),
  ]);
  return {
    missionsByState,
    contractsByType,
    contractsByCohort,
    contractsBySite,
    findingsByCode: counts([...byCode].map(([key, count]) => ({ key, count }))),
    overdueChecklistItems,
    fcTrainingAgreementsDue,
    fcTrainingAgreementsOverdue,
    upcomingStarts,
  };
}
