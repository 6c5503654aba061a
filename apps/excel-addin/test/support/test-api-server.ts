import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiRosterRow, ContractChangeInput, ProposePayload, RosterFilter } from '../../src/connected/graphql-documents.js';

/**
 * A tiny real HTTP server that speaks the two GraphQL operations of the API contract,
 * for the client's tests (the real API is apps/api). It checks what the real one
 * checks at the door: POST /graphql, JSON, bearer token, apollo-require-preflight.
 */
export interface TestApi {
  url: string;
  requests: { headers: IncomingMessage['headers']; body: { query: string; variables: Record<string, unknown> } }[];
  close(): Promise<void>;
}

export async function startTestApi(options: { token: string; rows: ApiRosterRow[] }): Promise<TestApi> {
  const requests: TestApi['requests'] = [];
  const versions = new Map(options.rows.map((row) => [row.missionId, row.missionVersion]));
  const server: Server = createServer((request, response) => {
    const reply = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/graphql') return reply(404, { errors: [{ message: 'not found' }] });
      if (request.headers['apollo-require-preflight'] !== 'true' || !request.headers['content-type']?.startsWith('application/json')) {
        return reply(400, { errors: [{ message: 'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).' }] });
      }
      const body = JSON.parse(raw) as { query: string; variables: Record<string, unknown> };
      requests.push({ headers: request.headers, body });
      if (request.headers.authorization !== `Bearer ${options.token}`) {
        return reply(200, { data: null, errors: [{ message: 'Jeton invalide', extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      if (body.query.includes('rosterRows(')) {
        const filter = (body.variables.filter ?? {}) as RosterFilter;
        const rows = options.rows.filter(
          (row) =>
            (!filter.cohort || row.cohort === filter.cohort) &&
            (!filter.contractType || row.contractType === filter.contractType) &&
            (!filter.missionState || row.missionState === filter.missionState),
        );
        return reply(200, { data: { rosterRows: rows } });
      }
      if (body.query.includes('proposeContractChanges(')) {
        const changes = body.variables.changes as ContractChangeInput[];
        const errors = changes.flatMap((change, index) =>
          versions.get(change.missionId) === change.missionVersion
            ? []
            : [{ code: 'CONFLICT', message: `La mission ${change.missionId} a changé (version ${versions.get(change.missionId)}).`, field: 'missionVersion', index }],
        );
        const payload: ProposePayload = errors.length > 0
          ? { proposals: [], errors }
          : {
              proposals: changes.map((change, i) => ({
                id: `P${i + 1}`, missionId: change.missionId, state: 'PENDING',
                startDate: change.startDate ?? null, endDate: change.endDate ?? null, monthlyGrossPay: change.monthlyGrossPay ?? null,
              })),
              errors: [],
            };
        return reply(200, { data: { proposeContractChanges: payload } });
      }
      return reply(400, { errors: [{ message: 'Unknown operation' }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
