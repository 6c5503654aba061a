import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startApi, signIn, type ApiProcess } from '@alternance/api-process';
import { defaultReferenceData, type ReferenceData } from '@alternance/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, VALID_ROW, csv } from './fixtures.js';
import { runCli, tempDir } from './run-cli.js';

/** A cohort the built-in 2025 data does not know: the manager opened it in the portal. */
function withNewCohort(): ReferenceData {
  const data = structuredClone(defaultReferenceData) as ReferenceData;
  data.cohorts.push({ ...structuredClone(data.cohorts.find((c) => c.code === 'MASTER-2025')!), code: 'MASTER-2027' });
  return data;
}
const NEW_COHORT_ROW = VALID_ROW.map((cell) => (cell === 'MASTER-2025' ? 'MASTER-2027' : cell));

let temp: Awaited<ReturnType<typeof tempDir>>;
let roster: string;
beforeAll(async () => {
  temp = await tempDir();
  roster = await temp.write('roster.csv', csv([HEADER, NEW_COHORT_ROW]));
});
afterAll(() => temp.remove());

describe('alternance check --reference-data', () => {
  it('checks with the file’s data: a cohort unknown to the built-in data passes', async () => {
    const builtin = await runCli('check', roster, '--format', 'json');
    expect(builtin.code).toBe(1);
    const file = await temp.write('ref.json', JSON.stringify(withNewCohort()));
    const run = await runCli('check', roster, '--format', 'json', '--reference-data', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('refuses a bad file in one line naming what is wrong, exit 2', async () => {
    const broken = withNewCohort();
    (broken.cohorts[0] as { ddf: string }).ddf = 'bientôt';
    const cases: [string, RegExp][] = [
      [await temp.write('bad-date.json', JSON.stringify(broken)), /^alternance: données de référence invalides \(.*bad-date\.json\) : cohorts\.0\.ddf : .+\n$/],
      [await temp.write('not-json.json', '{ "cohorts": '), /^alternance: données de référence : .*not-json\.json n’est pas du JSON valide \(.+\)\n$/],
      [await temp.write('no-legal.json', JSON.stringify({ ...withNewCohort(), legal: undefined })), /^alternance: données de référence invalides \(.*\) : legal : section « legal » manquante\.\n$/],
      [join(temp.dir, 'absent.json'), /^alternance: fichier de données de référence illisible : .*absent\.json \(ENOENT\)\n$/],
    ];
    for (const [path, message] of cases) {
      const run = await runCli('check', roster, '--reference-data', path);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
  });

  it('refuses contradictory or incomplete options', async () => {
    expect((await runCli('check', roster, '--reference-data', 'a.json', '--api', 'http://x')).stderr).toMatch(/s’excluent/);
    expect((await runCli('check', roster, '--api', 'http://127.0.0.1:9')).stderr).toMatch(/--api sans jeton/);
    expect((await runCli('check', roster, '--token', 'alt_x')).stderr).toMatch(/--token sans --api/);
    expect((await runCli('check', roster, '--api', 'ftp://x', '--token', 't')).stderr).toMatch(/URL d’API invalide/);
    expect((await runCli('check', roster, '--api', 'http://127.0.0.1:9', '--token', 't')).stderr).toMatch(/^alternance: API injoignable : http:\/\/127\.0\.0\.1:9\/graphql/);
  });
});

// The real API (built by turbo before these tests): a fresh SQLite database with the demo programme.
const apiMain = join(dirname(createRequire(import.meta.url).resolve('@alternance/api/package.json')), 'dist', 'main.js');

describe('alternance check --api URL --token (real API)', () => {
  let api: ApiProcess | undefined;
  let url: string;
  let cookie: string;

  async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: Record<string, unknown>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }
  async function issueToken(scopes: string[]): Promise<string> {
    const issued = await fetch(`${url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'CLI', scopes }) });
    expect(issued.status).toBe(201);
    return ((await issued.json()) as { token: string }).token;
  }

  beforeAll(async () => {
    api = await startApi({ main: apiMain });
    url = api.url;
    cookie = await signIn(url, 'responsable@demo.alternance.test');
  }, 180_000);

  afterAll(() => api?.stop());

  it('fetches the programme’s reference data with the token: the manager’s new cohort is known', async () => {
    const token = await issueToken(['reference:read']);
    const before = await runCli('check', roster, '--api', url, '--token', token, '--format', 'json');
    expect(before.code).toBe(1); // not yet opened on the server either

    const sections = (await graphql('{ referenceData { key version data } }')).referenceData as { key: string; version: number }[];
    const cohorts = sections.find((s) => s.key === 'cohorts')!;
    const updated = await graphql('mutation($v: Int!, $d: JSON!) { updateReferenceSection(key: "cohorts", version: $v, data: $d) { errors { field message } } }', { v: cohorts.version, d: withNewCohort().cohorts });
    expect(updated.updateReferenceSection).toEqual({ errors: [] });

    const after = await runCli('check', roster, '--api', `${url}/`, '--token', token, '--format', 'json');
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
  });

  it('says in one line when the token is refused or lacks the scope', async () => {
    const refused = await runCli('check', roster, '--api', url, '--token', 'alt_not-a-token');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe('alternance: jeton refusé par l’API (inconnu, révoqué ou expiré)\n');
    const rosterOnly = await issueToken(['roster:read']);
    const forbidden = await runCli('check', roster, '--api', url, '--token', rosterOnly);
    expect(forbidden.code).toBe(2);
    expect(forbidden.stderr).toMatch(/^alternance: ce jeton n’a pas le droit de lire les données de référence/);
  });
});
