#!/usr/bin/env node
// Calendar publication bench (issue 11 §4): publishing a two-half-day change of the M1
// calendar for a cohort of 200 contracts recomputes every contract's hours and cost and
// queues the notices in ≤ 2 s, with a number of SQL statements that does not grow with the
// number of contracts (measured for 20 and 200 contracts). Built API, SQLite file, in process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '../dist/db/orm.js';
import { readEnv } from '../dist/env.js';
import { seedReferenceData, loadReferenceData } from '../dist/modules/reference-data/reference-data.service.js';
import { seedCalendars } from '../dist/modules/calendars/calendar-in-force.js';
import { hashPassword } from '../dist/modules/auth/secrets.js';
import { User } from '../dist/modules/auth/auth.entities.js';
import { Contract } from '../dist/modules/contracts/contract.entities.js';
import { Mission } from '../dist/modules/missions/mission.entities.js';
import { CompanyTutor, Organisation, Student } from '../dist/modules/people/people.entities.js';
import { buildApp } from '../dist/server.js';
import { fixedClock } from '../dist/shared/clock.js';

const SET = `mutation { setCalendarHalfDays(code: "M1-2025", version: 1, from: { date: "2025-10-08", half: AM }, to: { date: "2025-10-08", half: PM }, kind: TRAINING) { errors { code } } }`;
const PUBLISH = `mutation { publishCalendar(code: "M1-2025", version: 2) { notified contractsRecomputed errors { code message } } }`;

async function run(count) {
  const dir = mkdtempSync(join(tmpdir(), 'alt-cal-bench-'));
  const orm = await openDatabase({ dialect: 'sqlite', url: join(dir, 'bench.sqlite') });
  try {
    await migrate(orm);
    await seedReferenceData(orm.em.fork());
    await seedCalendars(orm.em.fork(), await loadReferenceData(orm.em.fork()), new Date());
    const em = orm.em.fork();
    const organisations = Array.from({ length: 20 }, (_, i) => Object.assign(new Organisation(), { name: `OPA ${i}`, siret: String(10_000_000_000_000 + i) }));
    const tutors = organisations.map((organisation, i) => Object.assign(new CompanyTutor(), { organisation, firstName: 'Tuteur', lastName: `OPA${i}`, email: `t@opa${i}.example` }));
    em.persist([...organisations, ...tutors]);
    for (let i = 0; i < count; i += 1) {
      const contractType = i % 2 ? 'CPRO' : 'CAPP';
      const startDate = i % 4 === 3 ? '2025-10-06' : '2025-09-01';
      const student = Object.assign(new Student(), { firstName: 'Alex', lastName: `Alternant${i}`, email: `a${i}@etu.example`, birthDate: '2003-01-01', status: contractType === 'CPRO' ? 'FC' : 'FI', cohort: 'MASTER-2025' });
      const mission = Object.assign(new Mission(), { student, cohort: 'MASTER-2025', contractType, state: 'VALIDATED', startDate, endDate: '2027-09-03', organisation: organisations[i % 20], tutor1: tutors[i % 20] });
      em.persist([student, mission, Object.assign(new Contract(), { mission, student, contractType, startDate, endDate: '2027-09-03' })]);
    }
    await em.flush();
    await em.persistAndFlush(Object.assign(new User(), { email: 'bench@miage.example', displayName: 'Bench', role: 'MANAGER', passwordHash: await hashPassword('Bench-Password-2026') }));
    const app = await buildApp({ env: readEnv({ DATABASE_URL: join(dir, 'bench.sqlite') }), orm, clock: fixedClock('2025-09-15') });
    try {
      const login = await app.server.inject({ method: 'POST', url: '/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'bench@miage.example', password: 'Bench-Password-2026' }) });
      const cookie = String(login.headers['set-cookie']).split(';')[0];
      const gql = async (query) => JSON.parse((await app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', cookie }, payload: JSON.stringify({ query }) })).body).data;
      await gql(SET);
      let statements = 0;
      const logger = orm.config.getLogger();
      const logQuery = logger.logQuery.bind(logger);
      logger.logQuery = () => { statements += 1; };
      orm.config.set('debug', ['query']);
      const started = performance.now();
      const result = (await gql(PUBLISH)).publishCalendar;
      const ms = performance.now() - started;
      orm.config.set('debug', false);
      logger.logQuery = logQuery;
      if (result.errors.length) throw new Error(JSON.stringify(result.errors));
      return { count, ms, statements, notified: result.notified, recomputed: result.contractsRecomputed };
    } finally {
      await app.close();
    }
  } finally {
    await orm.close(true);
    rmSync(dir, { recursive: true, force: true });
  }
}

// A first run warms the process-wide caches (parsed reference data), as on a running server.
await run(20);
const small = await run(20);
const large = await run(200);
for (const r of [small, large]) console.log(`publish calendar, ${r.count} contracts: ${r.ms.toFixed(0)} ms, ${r.statements} SQL statements, ${r.notified} notices, ${r.recomputed} contracts recomputed`);
console.log(`statements ${small.statements === large.statements ? 'constant' : 'GROW'} in the number of contracts; 200 contracts ${large.ms <= 2000 ? 'within' : 'OVER'} the 2 s target`);
if (small.statements !== large.statements || large.ms > 2000) process.exitCode = 1;
