import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The API serves dist/ at / in production; in development Vite proxies the API's paths.
const api = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  // vue-i18n's esm-bundler flags: composition API only, no devtools in production.
  define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
  server: {
    proxy: {
      '/graphql': api,
      '/auth': api,
      // Livret files (signed documents, PDF, XLSX; issue 12 §3). The SPA's own routes are /livrets…, /mon-livret.
      '^/livret/': api,
      // §3.2: the offer mails' link (the SPA's own page is /offres/alertes/…).
      '/offer-alerts': api,
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
});
