// Registers this client's operations for the CFA's token (docs/integration.md §2), as the
// manager does on the portal's « Jetons d’API » page: run by the office, not by the CFA.
//   ALTERNANCE_URL=http://localhost:4000 ALTERNANCE_TOKEN=alt_… \
//   ALTERNANCE_MANAGER_EMAIL=… ALTERNANCE_MANAGER_PASSWORD=… node dist/register-operations.js [--replace]
// The manifest is codegen's src/gql/persisted-documents.json (ALTERNANCE_MANIFEST to send
// another); the token is found among the office's tokens by its prefix (its secret is never
// sent); --replace drops the operations a previous version registered and this one no longer holds.
// It signs in and sends the office's mutation as text: a server that enforces trusted documents
// (production's default, TRUSTED_DOCUMENTS=enforce) runs only the portal's operations from a
// session — there, the manager uploads the same file on the token's panel.
import { readFileSync } from 'node:fs';

const url = (process.env.ALTERNANCE_URL ?? 'http://localhost:4000').replace(/\/$/, '');
const token = process.env.ALTERNANCE_TOKEN;
const email = process.env.ALTERNANCE_MANAGER_EMAIL;
const password = process.env.ALTERNANCE_MANAGER_PASSWORD;
const manifestPath = process.env.ALTERNANCE_MANIFEST ?? new URL('../src/gql/persisted-documents.json', import.meta.url);
const replace = process.argv.includes('--replace');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!token) fail('ALTERNANCE_TOKEN: the CFA’s token (alt_…), whose operations these are.');
if (!email || !password) fail('ALTERNANCE_MANAGER_EMAIL, ALTERNANCE_MANAGER_PASSWORD: an office account that manages tokens (manager, secretariat).');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;

const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
if (login.status !== 200) fail(`Sign-in of ${email}: HTTP ${login.status} ${await login.text()}`);
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function office<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as GraphQLAnswer<T>;
  if (body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_REQUIRED')) {
    fail('This server runs only the portal’s operations from a session (TRUSTED_DOCUMENTS=enforce): upload src/gql/persisted-documents.json on the token’s panel of the portal (« Jetons d’API », « Limites et opérations »).');
  }
  if (body.errors || !body.data) fail(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const prefix = token.slice(0, 12);
const { apiTokens } = await office<{ apiTokens: { id: string; prefix: string; state: string }[] }>('{ apiTokens { id prefix state } }', {});
const matches = apiTokens.filter((t) => t.prefix === prefix);
if (matches.length !== 1) fail(`ALTERNANCE_TOKEN: ${matches.length ? 'several tokens' : 'no token'} of prefix ${prefix} on ${url}.`);
const tokenId = matches[0]!.id;

const { registerPersistedOperations: result } = await office<{ registerPersistedOperations: { added: number; unchanged: number; removed: number; errors: { code: string; field: string | null; message: string }[] } }>(
  'mutation Register($tokenId: ID!, $manifest: JSON!, $replace: Boolean) { registerPersistedOperations(tokenId: $tokenId, manifest: $manifest, replace: $replace) { added unchanged removed errors { code field message } } }',
  { tokenId, manifest, replace },
);
if (result.errors.length) fail(result.errors.map((e) => `${e.field ?? ''} ${e.code}: ${e.message}`).join('\n'));
console.log(JSON.stringify({ step: 'register-operations', tokenId, operations: Object.keys(manifest).length, added: result.added, unchanged: result.unchanged, removed: result.removed }));
