import { livretProgress, livretSheetState, type LivretSheetState } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { apiError } from '../../shared/errors.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { livretScope } from './livret-access.js';
import { livretSettingsFor } from './livret-settings.js';
import { periodsOf } from './livret-view.js';
import { Livret, LivretSheet } from './livret.entities.js';

const counts = (c: Record<LivretSheetState, number>) => ({ done: c.DONE, upcoming: c.UPCOMING, missing: c.MISSING, late: c.LATE });

/**
 * Completion of a cohort's livrets (§4.7) per period — objectives, tutors' grids and
 * self-evaluations done, missing, late — and per alternant for the drill-down. An academic
 * tutor sees their alternants only.
 */
export async function findLivretProgress(ctx: ServiceContext, cohort: string, academicYear: string) {
  const actor = authorize(ctx.actor, 'livret:progress');
  const settings = await livretSettingsFor(ctx.em, await ctx.referenceData(), cohort, academicYear);
  if (!settings) throw apiError('NOT_FOUND', `Aucune année de formation ${academicYear} dans la formation ${cohort}.`, 'academicYear');
  const livrets = await ctx.em.find(Livret, { $and: [{ cohort, academicYear }, livretScope(actor)] }, { populate: ['student', 'companyTutor', 'companyTutor2'], orderBy: { student: { lastName: 'asc', firstName: 'asc' } } });
  const submitted = await ctx.em.find(LivretSheet, { livret: { $in: livrets.map((l) => l.id) }, submittedAt: { $ne: null } }, { fields: ['livret', 'period', 'code'] });
  const byLivret = new Map<string, Set<string>>();
  for (const s of submitted) byLivret.set(s.livret.id, (byLivret.get(s.livret.id) ?? new Set()).add(`${s.period}:${s.code}`));
  const today = ctx.clock.today();
  const rows = [];
  for (const livret of livrets) rows.push({ livret, periods: await periodsOf(ctx.em, livret, settings), submitted: byLivret.get(livret.id) ?? new Set<string>() });
  const perPeriod = livretProgress(rows, settings.graceDays, today);
  return {
    cohort,
    academicYear,
    livrets: livrets.length,
    periods: perPeriod.map((p) => ({ period: p.period, objectives: counts(p.sheets.OBJECTIVES), tutorEvaluations: counts(p.sheets.TUTOR_EVALUATION), selfEvaluations: counts(p.sheets.SELF_EVALUATION), complete: p.complete })),
    alternants: rows.map(({ livret, periods, submitted: done }) => ({
      livretId: livret.id,
      studentId: livret.student.id,
      name: `${livret.student.lastName} ${livret.student.firstName}`,
      periods: periods.map((period) => {
        const state = (code: string) => livretSheetState(done.has(`${period.number}:${code}`), period, settings.graceDays, today);
        return { number: period.number, to: period.to, objectives: state('OBJECTIVES'), tutorEvaluation: state('TUTOR_EVALUATION'), selfEvaluation: state('SELF_EVALUATION') };
      }),
    })),
  };
}

export type LivretProgressModel = Awaited<ReturnType<typeof findLivretProgress>>;
