import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

// issue 9 §7: a portal rebuilt under a running server must be served as it is on disk, without a restart.
describe('the portal served from disk', () => {
  let t: TestApp;
  let dist: string;

  function build(version: string, hash: string): void {
    rmSync(join(dist, 'assets'), { recursive: true, force: true });
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'assets', `index-${hash}.js`), `console.log('${version}');`);
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>${version}</title><script type="module" src="/assets/index-${hash}.js"></script>`);
    writeFileSync(join(dist, 'persisted-documents.json'), JSON.stringify({ [hash]: 'query { viewer { id } }' }));
  }

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'alt-portal-dist-'));
    build('build-one', 'aaaa1111');
    t = await createTestApp({ dialect: 'sqlite', portalDir: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string) => t.app.server.inject({ method: 'GET', url });

  it('serves the new index, assets and trusted documents after a rebuild, without restart', async () => {
    expect((await get('/')).body).toContain('build-one');
    expect((await get('/missions/123')).body).toContain('build-one');
    expect((await get('/assets/index-aaaa1111.js')).statusCode).toBe(200);

    build('build-two', 'bbbb2222');

    const index = await get('/');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('build-two');
    expect((await get('/contrats')).body).toContain('build-two');
    const asset = await get('/assets/index-bbbb2222.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain('build-two');
    expect((await get('/assets/index-aaaa1111.js')).statusCode).toBe(404);

    const byHash = await t.app.server.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ documentId: 'bbbb2222', variables: {} }) });
    expect(byHash.statusCode).toBe(200);
    expect(byHash.json()).toEqual({ data: { viewer: null } });
  });

  it('lets browsers keep hashed assets forever and always revalidate index.html', async () => {
    build('build-three', 'cccc3333');
    expect((await get('/assets/index-cccc3333.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/index.html')).headers['cache-control']).toBe('no-cache');
    expect((await get('/ma-fiche')).headers['cache-control']).toBe('no-cache');
  });

  it('answers 404, not the portal, for unknown API paths and missing assets', async () => {
    expect((await get('/auth/nothing')).statusCode).toBe(404);
    expect((await get('/assets/missing.js')).statusCode).toBe(404);
  });
});
