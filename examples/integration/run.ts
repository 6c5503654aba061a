// Usage: ALTERNANCE_URL=http://localhost:4000 ALTERNANCE_TOKEN=alt_… node dist/run.js
// (build: pnpm exec tsc -p examples/integration). Stores its cursor in ./cursor.txt.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { AlternanceClient } from './client.js';

const url = process.env.ALTERNANCE_URL ?? 'http://localhost:4000';
const token = process.env.ALTERNANCE_TOKEN;
if (!token) throw new Error('ALTERNANCE_TOKEN: a partner token (portal, page « Jetons d’API »).');
const client = new AlternanceClient(url, token);
const CURSOR = 'cursor.txt';

if (!existsSync(CURSOR)) {
  const { contracts, cursor } = await client.fullSync();
  console.log(`Full sync: ${contracts.length} contracts.`);
  // A push: our number for each contract not yet bound (the first push names the mission).
  const unbound = contracts.filter((c) => !c.externalIds.some((e) => e.source === 'cfa')).slice(0, 1000);
  const results = await client.pushContracts(unbound.map((c) => ({ externalId: `CFA-${c.id.slice(0, 8)}`, missionId: c.mission.id })), randomUUID());
  console.log(`Pushed: ${results.map((r) => r.status).join(', ') || 'nothing'}`);
  writeFileSync(CURSOR, cursor);
} else {
  const cursor = await client.incrementalSync(readFileSync(CURSOR, 'utf8').trim(), (e) => console.log(`${e.type} ${e.entityType} ${e.entityId}`));
  writeFileSync(CURSOR, cursor);
}
