import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { ALTERNANCE_CONTRACT_TYPES, findCohort, lateVisitContractBounds, trainingYearOf, type CohortYear } from '@alternance/domain';
import { readRows } from '../../db/read-rows.js';
import type { ServiceContext } from '../../shared/service-context.js';
import { Student } from '../people/people.entities.js';
import type { AlternantKey } from './alternants-of-year.js';

/** A page of the alternants of a year, by name, with the whole list's counts. */
export interface AlternantPage {
  keys: AlternantKey[];
  counts: {
    /** The alternants the filter lists (the late ones only, when it asks them). */
    total: number;
    /** The alternants of the filter with a late visit (VISIT_LATE), all pages. */
    late: number;
    /** The alternants of the filter with a visit proposal to chase (visitProposalToChase), all pages. */
    toChase: number;
    /** The alternants of the filter with a visit whose report is due (visitReportDue: « compte rendu à saisir »), all pages. */
    reportDue: number;
  };
}

/** A condition as SQL on the student `"s"`, with its parameters in order. */
interface Sql {
  sql: string;
  params: unknown[];
}

const join = (parts: Sql[], operator: 'and' | 'or', none: string): Sql =>
  parts.length ? { sql: `(${parts.map((p) => p.sql).join(` ${operator} `)})`, params: parts.flatMap((p) => p.params) } : { sql: none, params: [] };

// A student's cohort as findCohort reads it: its code, or the code typed in another case or with spaces.
const inCohorts = (codes: readonly string[]): Sql => {
  const marks = codes.map(() => '?').join(', ');
  return { sql: `("s"."cohort" in (${marks}) or upper(trim("s"."cohort")) in (${marks}))`, params: [...codes, ...codes] };
};

/**
 * Whether students whose cohort is the text `filtered` (a page of one cohort) may be of the
 * cohort `code` as the SQL below reads it (the code, or the text trimmed and in capitals). A
 * page of one cohort then tests that cohort's year only, not every cohort's codes on each row
 * (issue 15: counting a cohort of 1,100 took 28–66 ms, 5 ms so). Errs towards yes — the SQL
 * still decides — and says yes to all when the text is not plain ASCII (JavaScript's and
 * PostgreSQL's capitals may differ there).
 */
function mayMatch(code: string, filtered: string | null | undefined): boolean {
  if (!filtered || /[^\x20-\x7e]/.test(filtered)) return true;
  return code === filtered || code === filtered.trim().toUpperCase();
}

/**
 * The alternants of `academicYear` among the students `studentWhere` allows, a page of them
 * by name — the stored `sortName` (`nameSortKey`: the order `Intl.Collator('fr')` gives), then
 * the id — with their latest contract of that year, counted and paged in SQL (issue 15: a
 * cohort's thousand alternants were read, sorted in the process and their late visits
 * worked out, to show fifty). Who is late is decided in SQL from the visits held and the
 * VISIT_LATE rule worked out by the domain once per training year for today: nothing stored
 * goes stale as the days pass.
 */
export async function alternantPageOfYear(
  ctx: ServiceContext,
  academicYear: string,
  studentWhere: FilterQuery<Student>,
  page: { lateOnly: boolean; toChaseOnly?: boolean; reportDueOnly?: boolean; limit: number; offset: number; cohort?: string | null },
): Promise<AlternantPage> {
  const data = await ctx.referenceData();
  const workflow = data.settings.workflow;
  const today = ctx.clock.today();
  const years = data.cohorts.flatMap((cohort) => {
    const year = trainingYearOf(cohort, academicYear);
    return year && mayMatch(cohort.code, page.cohort) ? [{ code: cohort.code, year }] : [];
  });
  if (years.length === 0) return { keys: [], counts: { total: 0, late: 0, toChase: 0, reportDue: 0 } };

  // An alternance contract (§2.1) of a validated mission running during the cohort's training
  // year; a contract ended by a rupture stops where the rupture put it (§10) — both read from
  // the contract's `validated_until`, which the database keeps from its mission (one index probe
  // per student instead of the contract's and then the mission's). Cohorts sharing their
  // training year's dates share one condition.
  const byDates = new Map<string, { year: CohortYear; codes: string[] }>();
  for (const { code, year } of years) {
    const dates = `${year.ddf}|${year.dff}`;
    byDates.set(dates, { year, codes: [...(byDates.get(dates)?.codes ?? []), code] });
  }
  const running = join(
    [...byDates.values()].map(({ year, codes }) => {
      const cohort = inCohorts(codes);
      return { sql: `(${cohort.sql} and "c"."start_date" <= ? and "c"."validated_until" >= ?)`, params: [...cohort.params, year.dff, year.ddf] };
    }),
    'or',
    '1 = 0',
  );
  const types = ALTERNANCE_CONTRACT_TYPES.map(() => '?').join(', ');
  const contractsOfYear: Sql = {
    sql: `from "contract" "c" where "c"."student_id" = "s"."id" and "c"."validated_until" is not null and "c"."contract_type" in (${types}) and ${running.sql}`,
    params: [...ALTERNANCE_CONTRACT_TYPES, ...running.params],
  };
  const em = ctx.em as SqlEntityManager;

  const postgres = em.getPlatform().constructor.name.startsWith('PostgreSql');
  // `offset 0` keeps PostgreSQL from turning an EXISTS into a hash join of every contract (or
  // visit) of the university: probed by the student's index, a page reads only its cohort's.
  const probe = postgres ? ' offset 0' : '';
  // The latest contract of the year's start and last day (§10: a rupture's last day), as one
  // text "start" || "last day" read from the contract index alone, one probe per student (the
  // existence test it replaces read as many buffers on PostgreSQL: 2,229 for a cohort of 1,100;
  // ordering by the id too made it read each contract's row, 3,228). The row's contract is the
  // first of those by id: contracts of the same start and last day have the same days.
  const latestDays = `${contractsOfYear.sql} order by "c"."start_date" desc, "c"."validated_until" desc limit 1`;
  const latest = `${contractsOfYear.sql} order by "c"."start_date" desc, "c"."validated_until" desc, "c"."id" asc limit 1`;
  const start = 'substr("s"."days", 1, 10)';
  const lastDay = 'substr("s"."days", 11, 10)';

  // Late (VISIT_LATE): a visit that did not take place whose window, read with the contract's
  // days, is over — the domain's rule as bounds on those days, worked out once per cohort and
  // visit for today (lateVisitContractBounds): nothing stored goes stale as the days pass. A
  // contract ended before a window asks for no visit in it (§4.6, visitDueWindow). The visit took
  // place (visitTookPlace) once its report is recorded (HELD) or its planned day is past (its
  // report is then due, « compte rendu à saisir », not the visit).
  const lateTerms: Sql[] = [];
  for (const n of [1, 2] as const) {
    const held = `exists (select 1 from "visit" "v" where "v"."student_id" = "s"."id" and "v"."academic_year" = ? and "v"."visit_number" = ${n} and ("v"."state" = 'HELD' or ("v"."state" = 'SCHEDULED' and "v"."date" < ?))${probe})`;
    const byBounds = new Map<string, { bounds: NonNullable<ReturnType<typeof lateVisitContractBounds>>; codes: string[] }>();
    for (const { code, year } of years) {
      const bounds = lateVisitContractBounds(n, year.programme, year.ddf, today, { visitMonths: workflow?.visitMonths });
      if (!bounds) continue;
      const key = JSON.stringify(bounds);
      byBounds.set(key, { bounds, codes: [...(byBounds.get(key)?.codes ?? []), code] });
    }
    for (const { bounds, codes } of byBounds.values()) {
      const cohort = inCohorts(codes);
      const startTerm = bounds.startBefore === null ? '' : ` or ${start} < ?`;
      lateTerms.push({
        sql: `(${cohort.sql} and ${lastDay} >= ? and (${lastDay} < ?${startTerm}) and not ${held})`,
        params: [...cohort.params, bounds.lastDayFrom, bounds.lastDayBefore, ...(bounds.startBefore === null ? [] : [bounds.startBefore]), academicYear, today],
      });
    }
  }
  const isLate = join(lateTerms, 'or', '1 = 0');
  // « À relancer » (visitProposalToChase, §4.6 note 34): a proposal of the year declined by a
  // company tutor, or whose every slot is past with no answer (no slot on or after today).
  const slotOnOrAfter = postgres
    ? `exists (select 1 from jsonb_array_elements("v"."slots") "e" where "e"->>'date' >= ?)`
    : `exists (select 1 from json_each("v"."slots") "e" where json_extract("e"."value", '$.date') >= ?)`;
  const toChase: Sql = {
    sql: `exists (select 1 from "visit" "v" where "v"."student_id" = "s"."id" and "v"."academic_year" = ? and "v"."state" = 'PROPOSED' and ("v"."slots_declined_at" is not null or not ${slotOnOrAfter})${probe})`,
    params: [academicYear, today],
  };
  // « Compte rendu à saisir » (visitReportDue, §4.6): a visit of the year planned on a day now past, no report recorded.
  const reportDue: Sql = {
    sql: `exists (select 1 from "visit" "v" where "v"."student_id" = "s"."id" and "v"."academic_year" = ? and "v"."state" = 'SCHEDULED' and "v"."date" < ?${probe})`,
    params: [academicYear, today],
  };
  const listed = [...(page.lateOnly ? ['"late" = 1'] : []), ...(page.toChaseOnly ? ['"to_chase" = 1'] : []), ...(page.reportDueOnly ? ['"report_due" = 1'] : [])].join(' and ') || '1 = 1';

  // One statement (issue 15): the filter's alternants are found once — each student's latest
  // contract and visits probed once — then counted and paged from that set, and the page's
  // latest contract of the year each read for its rows only, not for every row the offset
  // skips. The set keeps the columns of the index (cohort, sort_name, id) only, so that a
  // cohort's set is read from the index alone; the page's tutors are read for its rows.
  // Counting beside the page in a statement of their own probed the cohort once more, over
  // three round trips instead of one.
  const students = em
    .createQueryBuilder(Student, 's')
    .select([raw('"s"."id" as "id"'), raw('"s"."cohort" as "cohort"'), raw('"s"."sort_name" as "sort_name"'), raw(`(select "c"."start_date" || "c"."validated_until" ${latestDays}) as "days"`, contractsOfYear.params)])
    .where({ $and: [studentWhere] })
    .getKnexQuery()
    .toSQL();
  const rows = (await readRows(
    em,
    `with "a" as materialized (
       select "s"."id" as "id", "s"."cohort" as "cohort", "s"."sort_name" as "sort_name", "s"."days" as "days",
         case when ${isLate.sql} then 1 else 0 end as "late", case when ${toChase.sql} then 1 else 0 end as "to_chase",
         case when ${reportDue.sql} then 1 else 0 end as "report_due"
       from (${students.sql}) "s" where "s"."days" is not null),
     "n" as (select coalesce(sum(case when ${listed} then 1 else 0 end), 0) as "total", coalesce(sum("late"), 0) as "late", coalesce(sum("to_chase"), 0) as "to_chase", coalesce(sum("report_due"), 0) as "report_due" from "a")
     select "n"."total" as "total", "n"."late" as "late", "n"."to_chase" as "to_chase", "n"."report_due" as "report_due", "s"."id" as "student_id", "t"."academic_tutor_id" as "academic_tutor_id", "s"."cohort" as "cohort", "s"."days" as "days",
       (select "c"."id" ${latest}) as "contract_id"
     from "n" left join (select * from "a" where ${listed} order by "sort_name" asc, "id" asc limit ? offset ?) "s" on 1 = 1
     left join "student" "t" on "t"."id" = "s"."id"
     order by "s"."sort_name" asc, "s"."id" asc`,
    [...isLate.params, ...toChase.params, ...reportDue.params, ...(students.bindings ?? []), ...contractsOfYear.params, page.limit, page.offset],
  )) as { total: number | string; late: number | string; to_chase: number | string; report_due: number | string; student_id: string | null; academic_tutor_id: string | null; cohort: string | null; days: string | null; contract_id: string | null }[];
  const counts = { total: Number(rows[0]?.total ?? 0), late: Number(rows[0]?.late ?? 0), toChase: Number(rows[0]?.to_chase ?? 0), reportDue: Number(rows[0]?.report_due ?? 0) };
  const keys = rows.flatMap((row) => {
    if (row.student_id === null || row.cohort === null) return [];
    const cohort = findCohort(data, row.cohort);
    const year = cohort ? trainingYearOf(cohort, academicYear) : null;
    const contractDays = row.days ? { start: row.days.slice(0, 10), lastDay: row.days.slice(10, 20) } : null;
    return year && row.contract_id ? [{ studentId: String(row.student_id), contractId: String(row.contract_id), academicTutorId: row.academic_tutor_id, year, contractDays }] : [];
  });
  return { keys, counts };
}
