import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../src/modules/auth/auth.entities.js';
import { THROTTLE_AFTER } from '../src/modules/auth/login-throttle.js';
import { passwordProblem, sha256 } from '../src/modules/auth/secrets.js';
import { createTestApp, PASSWORD, type TestApp } from './support/test-app.js';

describe('accounts, sessions and API tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite' });
  });
  afterAll(() => t?.close());

  it('signs in with a session cookie that is HttpOnly, SameSite=Lax, and stored hashed', async () => {
    const user = await t.createUser('SECRETARIAT');
    const response = await t.post('/auth/login', { email: user.email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.setCookie).toMatch(/HttpOnly/);
    expect(response.setCookie).toMatch(/SameSite=Lax/);
    const token = response.cookie!.split('=')[1]!;
    expect(token.length).toBeGreaterThanOrEqual(43);
    const em = t.orm.em.fork();
    expect(await em.count(Session, { tokenHash: token })).toBe(0);
    expect(await em.count(Session, { tokenHash: sha256(token) })).toBe(1);
    const viewer = await t.gql('{ viewer { role email today } }', {}, { cookie: response.cookie! });
    // today: the API's programme day (the test's clock, as FIXED_TODAY in a demo), the portal's default dates.
    expect(viewer.data.viewer).toEqual({ role: 'SECRETARIAT', email: user.email, today: t.clock.today() });
    await t.post('/auth/logout', {}, { cookie: response.cookie! });
    expect((await t.gql('{ viewer { role } }', {}, { cookie: response.cookie! })).data.viewer).toBeNull();
  });

  it('names the field of bad input and does not tell which emails exist', async () => {
    expect((await t.post('/auth/login', { password: 'x' })).body).toMatchObject({ error: 'BAD_USER_INPUT', field: 'email' });
    expect((await t.post('/auth/login', { email: 'a@b.fr', password: 'x'.repeat(129) })).body).toMatchObject({ field: 'password' });
    const unknown = await t.post('/auth/login', { email: 'nobody@test.example', password: PASSWORD });
    const user = await t.createUser('DIRECTION');
    const wrong = await t.post('/auth/login', { email: user.email, password: 'wrong-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('throttles an address after repeated failures, known account or not, with the same answer', async () => {
    const user = await t.createUser('MANAGER');
    for (let i = 0; i < THROTTLE_AFTER; i++) {
      expect((await t.post('/auth/login', { email: user.email, password: 'nope-nope' })).status).toBe(401);
      expect((await t.post('/auth/login', { email: 'ghost@test.example', password: 'nope-nope' })).status).toBe(401);
    }
    const known = await t.post('/auth/login', { email: user.email, password: PASSWORD });
    const unknown = await t.post('/auth/login', { email: 'ghost@test.example', password: PASSWORD });
    expect(known.status).toBe(429);
    expect(known.body).toMatchObject({ error: 'THROTTLED' });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
  });

  it('expires idle and old sessions', async () => {
    const user = await t.createUser('DIRECTION');
    const cookie = await t.login(user.email);
    expect((await t.gql('{ viewer { role } }', {}, { cookie })).data.viewer).not.toBeNull();
    t.clock.set('2025-07-02');
    expect((await t.gql('{ viewer { role } }', {}, { cookie })).data.viewer).toBeNull();
    t.clock.set('2025-07-01');
  });

  it('issues API tokens once, scoped and expiring, to managers only', async () => {
    const manager = await t.as('MANAGER');
    const secretariat = await t.as('SECRETARIAT');
    // The secretariat creates the Excel add-in's token (issue 9 §5); the direction does not.
    expect((await t.post('/auth/tokens', { name: 'x', scopes: ['rules:use'] }, secretariat)).status).toBe(201);
    expect((await t.post('/auth/tokens', { name: 'x', scopes: ['rules:use'] }, await t.as('DIRECTION'))).status).toBe(403);
    expect((await t.post('/auth/tokens', { name: 'x', scopes: ['missions:manage'] }, manager)).body).toMatchObject({ field: 'scopes' });
    expect((await t.post('/auth/tokens', { name: 'x', scopes: ['rules:use'], expiresInDays: 1000 }, manager)).body).toMatchObject({ field: 'expiresInDays' });
    const issued = await t.post('/auth/tokens', { name: 'Excel', scopes: ['roster:read', 'rules:use'], expiresInDays: 30 }, manager);
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^alt_[A-Za-z0-9_-]{43}$/);
    const list = await t.gql('{ apiTokens { name prefix scopes lastUsedAt } }', {}, manager);
    expect(JSON.stringify(list.data)).not.toContain(issued.body.token);
    await t.gql('{ rosterRows { missionId } }', {}, { token: issued.body.token });
    const used = await t.gql('{ apiTokens { name lastUsedAt } }', {}, manager);
    expect(used.data.apiTokens.find((x: { name: string }) => x.name === 'Excel').lastUsedAt).toBeTruthy();
    // A token cannot mint tokens.
    expect((await t.post('/auth/tokens', { name: 'y', scopes: ['rules:use'] }, { token: issued.body.token })).status).toBe(403);
  });

  it('refuses short, long and common passwords', () => {
    expect(passwordProblem('short')).toMatch(/8 caractères/);
    expect(passwordProblem('x'.repeat(129))).toMatch(/128/);
    expect(passwordProblem('Password123')).toMatch(/courant/);
    expect(passwordProblem('Correct-Horse-Battery-9')).toBeNull();
  });
});
