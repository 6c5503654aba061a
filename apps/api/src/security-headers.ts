import type { FastifyInstance } from 'fastify';

/** Where Office.js comes from: the add-in's only outside script (Office requires Microsoft's CDN). */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * The hosts of Office on the web that frame the add-in's task pane (Excel in a browser);
 * desktop Office uses a webview, not a frame. No other site may frame it.
 */
export const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.sharepoint.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
] as const;

const directives = (d: Record<string, string>): string =>
  Object.entries(d)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

const COMMON = {
  'default-src': "'self'",
  // Naive UI (portal) and the pane's components insert <style> elements at run time; scripts stay strictly external.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

/** The portal and the API's own answers: own scripts only, never framed. */
export const PORTAL_CSP = directives({ ...COMMON, 'script-src': "'self'", 'connect-src': "'self'", 'frame-ancestors': "'none'" });

/**
 * The Excel add-in under /addin/: Office.js from Microsoft's CDN, framed by Office's hosts
 * only; it may call the API server its user names (https), or this one.
 */
export const ADDIN_CSP = directives({ ...COMMON, 'script-src': `'self' ${OFFICE_JS_ORIGIN}`, 'connect-src': "'self' https:", 'frame-ancestors': OFFICE_FRAME_ANCESTORS.join(' ') });

/**
 * Security headers on every answer (issue 10, item 10; security.md): a CSP without inline
 * script, no MIME sniffing, no referrer (personal links carry a token in their path), and
 * HSTS when the public address is https.
 */
export function securityHeaders(server: FastifyInstance, options: { https: boolean }): void {
  server.addHook('onSend', async (request, reply) => {
    const addin = request.url.startsWith('/addin/');
    reply.header('content-security-policy', addin ? ADDIN_CSP : PORTAL_CSP);
    if (!addin) reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (options.https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
