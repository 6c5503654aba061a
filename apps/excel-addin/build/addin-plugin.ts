import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readManifestConfig } from '../src/manifest/manifest-config.js';
import { renderManifest } from '../src/manifest/render-manifest.js';

const FUNCTIONS_SOURCE = fileURLToPath(new URL('../src/functions/functions.ts', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** functions.json from the JSDoc of src/functions/functions.ts; throws on any metadata error. */
export async function functionsMetadata(source = FUNCTIONS_SOURCE): Promise<string> {
  const result = await generateCustomFunctionsMetadata(source);
  if (result.errors.length > 0) {
    throw new Error(`Métadonnées des fonctions personnalisées invalides (${source}) :\n${result.errors.join('\n')}`);
  }
  if (!result.metadataJson) throw new Error(`Aucune fonction personnalisée trouvée dans ${source}.`);
  return `${result.metadataJson}\n`;
}

/** manifest.xml for the environment described by the variables (README: environment). */
export function manifestXml(env: Readonly<Record<string, string | undefined>> = process.env): { xml: string; warnings: string[] } {
  const config = readManifestConfig(env, PACKAGE.version);
  return { xml: renderManifest(config), warnings: config.warnings };
}

/**
 * Adds functions.json and manifest.xml to the build (the build fails on a metadata or
 * manifest error) and serves them from the dev server.
 */
export function addinPlugin(): Plugin {
  return {
    name: 'alternance-addin',
    async generateBundle() {
      let metadata: string;
      let manifest: ReturnType<typeof manifestXml>;
      try {
        metadata = await functionsMetadata();
        manifest = manifestXml();
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      for (const warning of manifest.warnings) this.warn(warning);
      this.emitFile({ type: 'asset', fileName: 'functions.json', source: metadata });
      this.emitFile({ type: 'asset', fileName: 'manifest.xml', source: manifest.xml });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        if (path !== '/functions.json' && path !== '/manifest.xml') return next();
        const send = (type: string, body: string): void => {
          response.setHeader('content-type', type);
          response.end(body);
        };
        if (path === '/manifest.xml') return send('application/xml', manifestXml().xml);
        functionsMetadata().then((json) => send('application/json', json), next);
      });
    },
  };
}
