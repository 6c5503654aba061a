// University scale (issue 15): the SQL the API really issues for the portal's list pages,
// on a generated university (20,000 alternants, set-based, ANALYZEd), must be planned with
// indexes: no sequential scan on a big table. The statements are captured from MikroORM's
// query log while the portal's own GraphQL documents run (not copied by hand, so they
// cannot drift), then each is explained with its parameters through the same connection.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { generateUniversity } from '../bench/university-data.mjs';
import { createTestApp, type Auth, type TestApp } from './support/test-app.js';

const POSTGRESQL = Boolean(process.env.DATABASE_URL_TEST);
const BIG_TABLES = new Set(['student', 'mission', 'contract', 'checklist_item', 'audit_event', 'outbox_mail', 'absence', 'visit']);
const documents = Object.values(JSON.parse(readFileSync(new URL('../../portal/src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>);
const documentNamed = (name: string): string => {
  const found = documents.find((d) => new RegExp(`(^|\\} )query ${name}\\b`).test(d));
  if (!found) throw new Error(`the portal has no query ${name}`);
  return found;
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
const seqScans = (node: PlanNode): string[] => [
  ...(node['Node Type'] === 'Seq Scan' && node['Relation Name'] && BIG_TABLES.has(node['Relation Name']) ? [node['Relation Name']] : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

// EXPLAIN needs PostgreSQL's planner and a table of university size: SQLite plans differently and is not the production database.
describe.skipIf(!POSTGRESQL)('list query plans at university scale (PostgreSQL only: skipped without DATABASE_URL_TEST)', () => {
  let t: TestApp;
  let manager: Auth;
  let cohort: string;
  let contractCursor: string;
  const missionCursors: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ dialect: 'postgresql', today: '2025-11-17' });
    const client = new pg.Client({ connectionString: t.db.location.url });
    await client.connect();
    try {
      await generateUniversity((sql, params) => client.query(sql, params), { passwordHash: 'unused' });
      cohort = String((await client.query<{ cohort: string }>(`select cohort from student where cohort like 'U%' limit 1`)).rows[0]!.cohort);
    } finally {
      await client.end();
    }
    manager = await t.as('MANAGER');
    // Where the portal's second page of contracts starts: after the 100th.
    const first = await t.gql<{ contracts: { cursor: string }[] }>(documentNamed('ContractList'), { first: 100 }, manager);
    contractCursor = first.data!.contracts[99]!.cursor;
    // Where the portal's next page of missions starts, in each order it pages: after the 100th.
    for (const sort of ['RECENT', 'STUDENT', 'URGENCY', 'START_DATE', 'STATE', 'ORGANISATION']) {
      const missions = await t.gql<{ missions: { cursor: string }[] }>(documentNamed('MissionList'), { first: 100, sort }, manager);
      expect(missions.errors).toBeUndefined();
      missionCursors[sort] = missions.data!.missions[99]!.cursor;
    }
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  /** The statements a GraphQL request runs, with their parameters, in order. */
  async function statementsOf(query: string, variables: Record<string, unknown>): Promise<{ sql: string; params: readonly unknown[] }[]> {
    const logged: { sql: string; params: readonly unknown[] }[] = [];
    const logger = t.orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (context) => void logged.push({ sql: String(context.query), params: (context as { params?: readonly unknown[] }).params ?? [] });
    t.orm.config.set('debug', ['query']);
    try {
      const result = await t.gql(query, variables, manager);
      expect(result.errors).toBeUndefined();
    } finally {
      t.orm.config.set('debug', false);
      logger.logQuery = original;
    }
    // A page's total without a filter (`missionCount`, `auditEventCount`) counts every row by
    // definition: no index makes that cheaper than reading the table (an index-only scan needs
    // a vacuumed visibility map). Such whole-table counts are timed in the university bench, not judged here.
    const wholeTableCount = /^select count\(\*\) as "count" from "\w+" as "\w+"$/;
    // The webhook sweep's poll runs on its own timer, not for the request.
    return logged.filter((s) => /^\s*(with|select)\b/i.test(s.sql) && !wholeTableCount.test(s.sql.trim()) && !/from "webhook_delivery"/.test(s.sql));
  }

  const LISTS: [string, string, () => Record<string, unknown>][] = [
    ['missions, newest first', 'MissionList', () => ({ first: 50, sort: 'RECENT' })],
    ['missions of a cohort, by student', 'MissionList', () => ({ first: 50, sort: 'STUDENT', filter: { cohort } })],
    ['missions to handle', 'MissionList', () => ({ first: 50, sort: 'URGENCY', filter: { toHandle: true } })],
    ...['RECENT', 'STUDENT', 'URGENCY', 'START_DATE', 'STATE', 'ORGANISATION'].map(
      (sort): [string, string, () => Record<string, unknown>] => [`missions, next page after a cursor (${sort})`, 'MissionList', () => ({ first: 50, sort, after: missionCursors[sort] })],
    ),
    ['contracts', 'ContractList', () => ({ first: 50 })],
    ['contracts, the next page (after a cursor)', 'ContractList', () => ({ first: 50, after: contractCursor })],
    ['students', 'StudentList', () => ({ first: 50, offset: 0 })],
    ['students of a cohort', 'StudentList', () => ({ first: 50, offset: 0, cohort })],
    ['audit log', 'AuditLog', () => ({ first: 50, offset: 0 })],
    ['absences', 'Absences', () => ({ first: 50, offset: 0 })],
    ['absences awaiting a stoppage', 'Absences', () => ({ first: 50, offset: 0, filter: { state: 'AWAITING_STOPPAGE' } })],
    ['pending change proposals', 'ChangeProposals', () => ({ first: 50, offset: 0, state: 'PENDING' })],
    ['pending professional-absence requests', 'ProfessionalAbsenceRequests', () => ({ first: 50, state: 'PENDING' })],
    ['visits overview of a cohort', 'VisitsOverview', () => ({ first: 50, offset: 0, filter: { cohort } })],
    ['visits overview of a cohort, late only', 'VisitsOverview', () => ({ first: 50, offset: 0, filter: { cohort, lateOnly: true } })],
    ['visits overview of a cohort, reports to write only', 'VisitsOverview', () => ({ first: 50, offset: 0, filter: { cohort, reportDueOnly: true } })],
    // Not a list, but its aggregates read every contract: from narrow indexes (Migration20261204000000).
    ['dashboard', 'Dashboard', () => ({})],
  ];

  // Scans PostgreSQL rightly prefers, each measured, by list, table and statement. None now: the
  // visits overview's placing of a whole cohort (a scan of the contracts hashed to the cohort's
  // students, allowed until its fifth pass) became a page read by the students' stored name key.
  const ALLOWED_SCANS: [string, string, RegExp][] = [];

  // The statements of a page do not grow with its rows: 10 rows or 50, the same count (an N+1 would add one per row).
  it.each(LISTS)('%s (%s): as many statements for 50 rows as for 10', async (_title, name, variables) => {
    // A first request does once-per-process work (the reference data, calendars): keep it out of the counts.
    await statementsOf(documentNamed(name), { ...variables(), first: 10 });
    const ten = await statementsOf(documentNamed(name), { ...variables(), first: 10 });
    const fifty = await statementsOf(documentNamed(name), { ...variables(), first: 50 });
    expect(fifty.length, fifty.map((x) => x.sql.slice(0, 160)).join('\n')).toBe(ten.length);
  });

  it.each(LISTS)('%s (%s): no sequential scan on a big table', async (title, name, variables) => {
    const statements = await statementsOf(documentNamed(name), variables());
    expect(statements.length).toBeGreaterThan(0);
    // The log holds the statement as PostgreSQL received it ($1, $2 …); the values are bound as the API binds them.
    const client = new pg.Client({ connectionString: t.db.location.url });
    await client.connect();
    const offending: string[] = [];
    try {
      for (const s of statements) {
        const values = s.params.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : (v ?? null)));
        const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`explain (format json) ${s.sql}`, values);
        const scans = seqScans(rows[0]!['QUERY PLAN'][0]!.Plan);
        if (scans.length) offending.push(`${scans.join(', ')} ← ${s.sql}`);
      }
    } finally {
      await client.end();
    }
    expect(offending.map((o) => o.slice(0, 400)).filter((o) => !ALLOWED_SCANS.some(([list, table, statement]) => list === title && o.startsWith(`${table} ←`) && statement.test(o)))).toEqual([]);
  });
});
