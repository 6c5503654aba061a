/** What changes from one environment to another in the add-in's manifest. */
export interface ManifestConfig {
  /** Where dist/ is served, ending with '/': https://localhost:3000/ in dev, `${PUBLIC_URL}/addin/` behind the API. */
  baseUrl: string;
  /** The add-in's id (a GUID): one per environment, so that dev and production can be installed side by side. */
  id: string;
  displayName: string;
  /** Custom functions namespace: =ALTERNANCE.CHECK(…). */
  namespace: string;
  /** Four-part manifest version, e.g. 0.1.0.0. */
  version: string;
  providerName: string;
  /** Problems that do not stop the build (printed by it). */
  warnings: string[];
}

/** Default ids: a sideloaded dev add-in must not replace the deployed one. */
export const DEV_ADDIN_ID = '5b0f3a52-8c1e-4d6a-9f27-3e6d1c0b7a41';
export const DEPLOYED_ADDIN_ID = 'a7d4c2e9-61f0-4b3b-8e25-9c4f0d8b2e13';
export const DEV_BASE_URL = 'https://localhost:3000/';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE = /^[A-Za-z][A-Za-z0-9_.]{0,31}$/;

/**
 * Reads the manifest settings from environment variables (README: environment), with
 * the defaults of each environment. Throws an Error naming the variable when a value
 * would give a manifest Office refuses.
 */
export function readManifestConfig(env: Readonly<Record<string, string | undefined>>, packageVersion: string): ManifestConfig {
  const warnings: string[] = [];
  const explicit = nonEmpty(env.ADDIN_BASE_URL);
  const publicUrl = nonEmpty(env.PUBLIC_URL);
  const raw = explicit ?? (publicUrl ? `${publicUrl.replace(/\/+$/, '')}/addin/` : DEV_BASE_URL);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${explicit ? 'ADDIN_BASE_URL' : 'PUBLIC_URL'} n'est pas une URL : ${raw}`);
  }
  if (url.protocol !== 'https:') {
    // Office loads add-ins over HTTPS only.
    if (explicit) throw new Error(`ADDIN_BASE_URL doit être en https (Office refuse http) : ${raw}`);
    warnings.push(`PUBLIC_URL est en ${url.protocol} : Office ne chargera ce manifeste que servi en https.`);
  }
  const baseUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  const dev = url.hostname === 'localhost' || url.hostname === '127.0.0.1';

  const id = nonEmpty(env.ADDIN_ID) ?? (dev ? DEV_ADDIN_ID : DEPLOYED_ADDIN_ID);
  if (!GUID.test(id)) throw new Error(`ADDIN_ID doit être un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) : ${id}`);
  if (!dev && !env.ADDIN_ID) warnings.push('ADDIN_ID non défini : id par défaut des déploiements ; donnez un GUID propre à chaque environnement.');

  const namespace = nonEmpty(env.ADDIN_NAMESPACE) ?? 'ALTERNANCE';
  if (!NAMESPACE.test(namespace)) throw new Error(`ADDIN_NAMESPACE invalide (lettres, chiffres, . et _, 32 au plus) : ${namespace}`);

  const version = nonEmpty(env.ADDIN_VERSION) ?? fourParts(packageVersion);
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) throw new Error(`ADDIN_VERSION doit avoir quatre nombres (1.2.3.4) : ${version}`);

  const displayName = nonEmpty(env.ADDIN_DISPLAY_NAME) ?? (dev ? 'Alternance (dev)' : 'Alternance');
  if (displayName.length > 125) throw new Error('ADDIN_DISPLAY_NAME : 125 caractères au plus.');
  return { baseUrl, id: id.toLowerCase(), displayName, namespace, version, providerName: 'MIAGE d’Aix-Marseille', warnings };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** 0.1.0 → 0.1.0.0 (a prerelease or build suffix is dropped). */
function fourParts(semver: string): string {
  const parts = semver.split(/[-+]/)[0]?.split('.') ?? [];
  while (parts.length < 4) parts.push('0');
  return parts.slice(0, 4).join('.');
}
