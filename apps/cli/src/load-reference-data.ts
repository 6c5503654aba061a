import { readFile } from 'node:fs/promises';
import { readReferenceData, type ReferenceData } from '@alternance/domain';
import { CliError } from './cli-error.js';
import type { ReferenceSource } from './parse-args.js';

/** The API's query for the reference data in force (apps/api admin.graphql: one row per section). */
const REFERENCE_DATA_QUERY = 'query ReferenceData { referenceData { key data } }';

/**
 * The programme's reference data for the check: undefined for the built-in data (the
 * domain's defaults), else read from a JSON file or from the API, and checked as the API
 * checks a manager's edit. Every problem is a one-line CliError (exit 2).
 */
export async function loadReferenceData(source: ReferenceSource, fetch: typeof globalThis.fetch = globalThis.fetch): Promise<ReferenceData | undefined> {
  if (source.kind === 'builtin') return undefined;
  if (source.kind === 'file') return checked(await readJson(source.path), source.path);
  return checked(await fetchFromApi(source.url, source.token, fetch), source.url);
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw new CliError({ fr: `fichier de données de référence illisible : ${path} (${code || 'erreur de lecture'})`, en: `cannot read reference data file: ${path} (${code || 'read error'})` });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError({ fr: `données de référence : ${path} n’est pas du JSON valide (${reason})`, en: `reference data: ${path} is not valid JSON (${reason})` });
  }
}

function checked(json: unknown, origin: string): ReferenceData {
  const read = readReferenceData(json);
  if (read.ok) return read.data;
  throw new CliError({
    fr: `données de référence invalides (${origin}) : ${read.error.field} : ${read.error.message}`,
    en: `invalid reference data (${origin}): ${read.error.field}: ${read.error.message}`,
  });
}

/**
 * POST /graphql with the API token as a bearer (apps/api sessions.ts); Apollo's CSRF
 * protection wants the preflight header on a JSON POST.
 */
async function fetchFromApi(url: string, token: string, fetch: typeof globalThis.fetch): Promise<unknown> {
  const endpoint = `${url.replace(/\/+$/, '')}/graphql`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: REFERENCE_DATA_QUERY }),
    });
  } catch (error) {
    const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new CliError({ fr: `API injoignable : ${endpoint} (${reason})`, en: `API unreachable: ${endpoint} (${reason})` });
  }
  let body: { data?: { referenceData?: { key: string; data: unknown }[] } | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new CliError({ fr: `réponse illisible de l’API (HTTP ${response.status}) : ${endpoint}`, en: `unreadable API response (HTTP ${response.status}): ${endpoint}` });
  }
  const code = body.errors?.[0]?.extensions?.code;
  if (response.status === 401 || code === 'UNAUTHENTICATED') {
    throw new CliError({ fr: 'jeton refusé par l’API (inconnu, révoqué ou expiré)', en: 'token refused by the API (unknown, revoked or expired)' });
  }
  if (response.status === 403 || code === 'FORBIDDEN') {
    throw new CliError({ fr: 'ce jeton n’a pas le droit de lire les données de référence (portée reference:read)', en: 'this token may not read the reference data (scope reference:read)' });
  }
  const sections = body.data?.referenceData;
  if (!sections) {
    const message = body.errors?.[0]?.message ?? `HTTP ${response.status}`;
    throw new CliError({ fr: `l’API n’a pas rendu les données de référence (${message})`, en: `the API did not return the reference data (${message})` });
  }
  return { schemaVersion: 1, ...Object.fromEntries(sections.map((s) => [s.key, s.data])) };
}
