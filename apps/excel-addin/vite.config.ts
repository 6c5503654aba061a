import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import { addinPlugin } from './build/addin-plugin.js';

/** The certificates office-addin-dev-certs installs (README: dev server); none in CI or tests. */
function devCertificates(): { key: Buffer; cert: Buffer } | undefined {
  const folder = join(homedir(), '.office-addin-dev-certs');
  const key = join(folder, 'localhost.key');
  const cert = join(folder, 'localhost.crt');
  return existsSync(key) && existsSync(cert) ? { key: readFileSync(key), cert: readFileSync(cert) } : undefined;
}

export default defineConfig(({ command }) => {
  const certificates = command === 'serve' ? devCertificates() : undefined;
  if (command === 'serve' && !certificates) {
    console.warn('Pas de certificat de développement : Office refusera http. Lancez `pnpm exec office-addin-dev-certs install` (README).');
  }
  return {
  // Relative URLs: the same dist/ works at https://localhost:3000/ and at ${PUBLIC_URL}/addin/.
  base: './',
  plugins: [addinPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Excel's webviews: WebView2 (Chromium), Safari on Mac, EdgeHTML 18 on some volume-licensed Windows installs.
    target: ['es2019', 'edge18', 'safari13'],
    rolldownOptions: {
      input: { taskpane: 'taskpane.html' },
      // A stable name: the manifest's Functions.Script.Url points to it.
      output: { entryFileNames: 'assets/[name].js' },
    },
  },
  server: { port: 3000, strictPort: true, ...(certificates ? { https: certificates } : {}) },
  };
});
