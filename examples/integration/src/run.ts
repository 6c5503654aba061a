// The CFA's sync job, run on a schedule:
//   ALTERNANCE_URL=http://localhost:4000 ALTERNANCE_TOKEN=alt_… node dist/run.js
// (build: pnpm --filter @alternance/example-integration build). The first run copies every
// contract and student the token sees and binds the contracts to the CFA's numbers (a push);
// later runs apply the change feed since the cursor stored in ALTERNANCE_CURSOR_FILE
// (./cursor.txt). Every run then pushes back what the CFA's platform knows, read from
// ALTERNANCE_RECORDS_FILE (./cfa-records.json, when present): contracts signed with their
// number, OPCO deposit and real dates, absences recorded, ruptures declared (CfaRecords in
// src/client.ts). Prints one JSON line per step, for people and for scripts.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ClientError } from 'graphql-request';
import { AlternanceClient, type CfaRecords } from './client.js';

const url = process.env.ALTERNANCE_URL ?? 'http://localhost:4000';
const token = process.env.ALTERNANCE_TOKEN;
const cursorFile = process.env.ALTERNANCE_CURSOR_FILE ?? 'cursor.txt';
const recordsFile = process.env.ALTERNANCE_RECORDS_FILE ?? 'cfa-records.json';
/** The CFA's own numbering: its source is the token's partner (cfa). */
const cfaNumber = (contractId: string): string => `CFA-${contractId.slice(0, 8).toUpperCase()}`;
const print = (line: Record<string, unknown>): void => console.log(JSON.stringify(line));
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

if (!token) {
  console.error('ALTERNANCE_TOKEN: a partner token (portal, page « Jetons d’API »).');
  process.exit(2);
}
const client = new AlternanceClient(url, token);

/**
 * A refusal as one JSON line on stderr (exit 1), with what to do: the API's code, its
 * message, and for the usual first-run mistakes the step that is missing.
 */
function failed(error: unknown): never {
  const answer = error instanceof ClientError ? error.response.errors?.[0] : undefined;
  const code = answer?.extensions?.['code'] ?? (error instanceof ClientError ? `HTTP_${error.response.status}` : error instanceof TypeError ? 'UNREACHABLE' : 'ERROR');
  const hints: Record<string, string> = {
    PERSISTED_QUERY_NOT_FOUND: 'the office registers this client’s operations for the token once: node dist/register-operations.js (docs/integration.md §2, §7)',
    UNAUTHENTICATED: 'ALTERNANCE_TOKEN: unknown, revoked or expired (a rotated secret works only for its overlap): ask the office for the newest',
    FORBIDDEN: 'the token lacks a scope this job needs: contracts:read, students:read, changes:read, contracts:upsert (and, to push records: absences:write, rupture:declare)',
    UNREACHABLE: `ALTERNANCE_URL (${url}): no answer; the API’s address, e.g. http://localhost:4000`,
  };
  const message = answer?.message ?? (error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error));
  console.error(JSON.stringify({ step: 'error', code, message, ...(hints[String(code)] ? { hint: hints[String(code)] } : {}) }));
  process.exit(1);
}
process.on('uncaughtException', failed);
process.on('unhandledRejection', failed);

/** Written beside, then renamed: a crash never leaves half a cursor. */
function storeCursor(cursor: string): void {
  writeFileSync(`${cursorFile}.tmp`, cursor);
  renameSync(`${cursorFile}.tmp`, cursorFile);
}

/** The API's largest bulk call. */
const BATCH = 1000;
const batches = <T>(items: readonly T[] = []): T[][] => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));
const codes = (errors: readonly { code: string; field?: string | null }[]): string[] => errors.map((e) => (e.field ? `${e.code} ${e.field}` : e.code));

/**
 * Pushes back what the CFA's platform knows (ALTERNANCE_RECORDS_FILE), all of it on every run:
 * the API answers UNCHANGED (and appends no event) for what it already has, and returns a
 * declared rupture as it stands. The keys name the payload and the run (the cursor it started
 * from): a rerun after a crash before the cursor was stored replays the answers, the next run
 * sends again. Order: the contracts first, since absences and ruptures name them.
 */
async function pushRecords(run: string): Promise<void> {
  if (!existsSync(recordsFile)) return;
  const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as CfaRecords;
  const key = (kind: string, payload: unknown): string => `cfa-${kind}-${sha256(`${run}\n${JSON.stringify(payload)}`).slice(0, 32)}`;
  const contracts = [];
  for (const items of batches(records.contracts)) contracts.push(...(await client.pushContracts(items, key('contracts', items))));
  const absences = [];
  for (const items of batches(records.absences)) absences.push(...(await client.pushAbsences(items, key('absences', items))));
  const ruptures = [];
  for (const input of records.ruptures ?? []) {
    const { rupture, errors } = await client.declareRupture(input, key('rupture', input));
    ruptures.push({ externalId: input.externalId ?? input.contractId, ruptureId: rupture?.id ?? null, state: rupture?.state ?? null, errors: codes(errors) });
  }
  print({
    step: 'push-records',
    contracts: contracts.map((r) => ({ externalId: r.externalId, status: r.status, changedFields: r.changedFields, errors: codes(r.errors) })),
    absences: absences.map((r) => ({ externalId: r.externalId, status: r.status, state: r.absence?.state ?? null, changedFields: r.changedFields, errors: codes(r.errors) })),
    ruptures,
  });
}

if (!existsSync(cursorFile)) {
  const { contracts, students, cursor } = await client.fullSync();
  print({
    step: 'full-sync',
    contracts: contracts.map((c) => ({ id: c.id, contractType: c.contractType, studentId: c.student.id, missionId: c.mission.id, cfaId: c.externalIds.find((e) => e.source === 'cfa')?.externalId ?? null })),
    students: students.map((s) => s.id),
  });
  // The push: our number for every contract not yet bound (the first push names the mission).
  const unbound = contracts.filter((c) => !c.externalIds.some((e) => e.source === 'cfa')).slice(0, 1000);
  const items = unbound.map((c) => ({ externalId: cfaNumber(c.id), missionId: c.mission.id }));
  // The key names this payload: a rerun after a crash before the cursor was stored replays the answer.
  const key = `cfa-bind-${sha256(JSON.stringify(items)).slice(0, 32)}`;
  const results = items.length ? await client.pushContracts(items, key) : [];
  print({ step: 'push', idempotencyKey: key, results: results.map((r) => ({ externalId: r.externalId, status: r.status, errors: r.errors.map((e) => e.code) })) });
  await pushRecords('first');
  storeCursor(cursor);
} else {
  const events: { type: string; entityType: string; entityId: string; contractType: string | null; fields: unknown }[] = [];
  const stored = readFileSync(cursorFile, 'utf8').trim();
  const cursor = await client.incrementalSync(stored, (e) => {
    // A real client reads the record the event names and updates its copy here.
    events.push({ type: e.type, entityType: e.entityType, entityId: e.entityId, contractType: e.contractType, fields: e.data['fields'] ?? null });
  });
  print({ step: 'incremental', events });
  await pushRecords(stored);
  storeCursor(cursor);
}
