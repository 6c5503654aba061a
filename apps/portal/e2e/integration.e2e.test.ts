import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import { browserJourney, openPage, seriousA11yViolations, signIn } from './browser';

// Issue 14 §1: the manager issues a CFA token, the CFA's system reads only apprenticeships,
// the manager sees its last use and rotates it.
const journey = browserJourney();
// One manager's session: the test opens its later pages in the same context.
let context: BrowserContext;

describe('partner API tokens in Chromium', () => {
  it('creates a CFA token that reads apprenticeships only, shows its last use, and rotates it', async () => {
    const w = await journey.newPage();
    context = w.page.context();
    await signIn(w.page, journey.api.url, 'responsable@demo.alternance.test');
    await w.page.goto(`${journey.api.url}/jetons`);
    await w.page.locator('#token-partner').waitFor();
    await w.page.locator('#token-name').fill('CFA FORMASUP — production');
    await w.page.locator('#token-partner').selectOption('cfa');
    await w.page.locator('[data-testid="partner-help"]').waitFor();
    // Only the partner scopes are offered: no roster.
    expect(await w.page.locator('.scopes').textContent()).not.toContain('tableau de l’alternance');
    await w.page.getByLabel('Lire les contrats').check();
    await w.page.locator('[data-action="CREATE_TOKEN"]').click();
    await w.page.locator('[data-testid="issued-token"]').waitFor();
    const token = await w.page.locator('#token-value').inputValue();
    expect(token).toMatch(/^alt_/);
    expect(await seriousA11yViolations(w.page)).toEqual([]);

    // A partner's token runs only its registered operations (issue 14): a free document is refused.
    const DOC = 'query PartnerContracts { contracts(first: 100) { contractType } }';
    const documentId = `sha256:${createHash('sha256').update(DOC).digest('hex')}`;
    const send = (bearer: string, body: Record<string, unknown>) =>
      fetch(`${journey.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify(body) }).then(async (r) => ({
        status: r.status,
        retryAfter: r.headers.get('retry-after'),
        ...((await r.json()) as { data?: { contracts: { contractType: string }[] }; errors?: { extensions?: { code?: string } }[] }),
      }));
    const ask = (bearer: string) => send(bearer, { documentId });
    const free = await send(token, { query: DOC });
    expect(free.status).toBe(400);
    expect(free.errors![0]!.extensions!.code).toBe('OPERATION_NOT_REGISTERED');

    // The manager opens the token's limits, lowers its rate and registers the CFA's manifest.
    await w.page.reload();
    const row = w.page.locator('[data-testid="token-list"] tbody tr', { hasText: 'CFA FORMASUP — production' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('0 opération(s) enregistrée(s)');
    await row.first().locator('[data-action="LIMITS"]').click();
    const panel = w.page.locator('[data-testid="token-governance"]');
    await panel.waitFor();
    // Checked before any toast fades in (its animation is what axe would measure).
    expect(await seriousA11yViolations(w.page)).toEqual([]);
    await panel.locator('#limit-rate').fill('5');
    await panel.locator('[data-action="SAVE_LIMITS"]').click();
    await expect.poll(() => row.first().textContent()).toContain('5 req./min');
    await panel.locator('#manifest-file').setInputFiles({ name: 'cfa-manifest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ [documentId]: DOC })) });
    await panel.locator('[data-action="REGISTER_MANIFEST"]').click();
    await panel.locator('[data-testid="operation-list"]', { hasText: 'PartnerContracts' }).waitFor();

    const seen = await ask(token);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.contracts.length).toBeGreaterThan(0);
    expect(new Set(seen.data!.contracts.map((c) => c.contractType))).toEqual(new Set(['CAPP']));

    await w.page.reload();
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('CFA FORMASUP Méditerranée');
    expect(await row.first().textContent()).not.toContain('jamais');
    await row.first().locator('[data-action="ROTATE"]').click();
    await w.page.locator('[data-testid="confirm-yes"]').click();
    await w.page.locator('[data-testid="issued-token"]').waitFor();
    const next = await w.page.locator('#token-value').inputValue();
    expect(next).not.toBe(token);
    // Both work during the overlap, with the chain's operations; the list now holds the two, and only the newest rotates.
    expect((await ask(token)).errors).toBeUndefined();
    expect((await ask(next)).errors).toBeUndefined();
    await expect.poll(() => row.count()).toBe(2);
    // (The demo's own partner tokens stand beside them.)
    expect(await row.locator('[data-action="ROTATE"]').count()).toBe(1);
    // Five requests a minute for the whole chain (the refused free document counted too): of six
    // sent at once, the last waits, whatever of the minute the earlier ones had used.
    const burst = [];
    for (let i = 0; i < 6; i++) burst.push(await ask(i % 2 ? token : next));
    expect(burst.filter((r) => r.status === 200).length).toBeLessThanOrEqual(5);
    const limited = burst.at(-1)!;
    expect(limited.status).toBe(429);
    expect(limited.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
  });

  it('shows the webhook delivery log to the manager, who sends a delivery again', async () => {
    const received: string[] = [];
    const server: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push(String(req.headers['webhook-id']));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const w = await openPage(context);
      const cookie = (await context.cookies(journey.api.url)).map((c) => `${c.name}=${c.value}`).join('; ');
      const issued = await fetch(`${journey.api.url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'CFA sync', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read', 'contracts:upsert', 'webhooks:manage'] }) }).then((r) => r.json() as Promise<{ token: string }>);
      const gql = (query: string, variables: Record<string, unknown> = {}) =>
        fetch(`${journey.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${issued.token}` }, body: JSON.stringify({ query, variables }) }).then((r) => r.json() as Promise<{ data: any }>);
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      await gql('mutation($input: WebhookInput!) { registerWebhook(input: $input) { errors { code } } }', { input: { url, secret: 'un-secret-de-test-assez-long-pour-signer' } });
      // Not one the demo's CFA already numbered (a contract has one identifier per source).
      const contract = (await gql('{ contracts(first: 100) { id mission { id } externalIds { source } } }')).data.contracts.find((c: any) => c.externalIds.length === 0);
      const pushed = await gql('mutation($input: [ContractUpsertInput!]!) { upsertContracts(input: $input) { results { status } } }', { input: [{ externalId: 'CACTUS-E2E-1', missionId: contract.mission.id }] });
      expect(pushed.data.upsertContracts.results[0].status).toBe('CREATED');
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);

      await w.page.goto(`${journey.api.url}/webhooks`);
      // The demo's own deliveries stand beside this one: find it by its event.
      const row = w.page.locator('[data-testid="webhook-deliveries"] tbody tr', { hasText: 'Contrat modifié' }).first();
      await row.locator('[data-delivery-state="SENT"]').waitFor();
      // The office reads the event in French; the partner's code stands beside it.
      expect(await row.textContent()).toContain('Contrat modifié');
      expect(await w.page.locator('[data-testid="webhook-endpoints"]').textContent()).toContain(url);
      // Each registered address says whether it still receives: the new one does, the demo's disabled one does not.
      const endpointRow = (hasText: string) => w.page.locator('[data-testid="webhook-endpoints"] tbody tr', { hasText });
      expect((await endpointRow(url).textContent()) ?? '').toContain('Actif');
      expect((await endpointRow('localhost:4999').textContent()) ?? '').toContain('Retiré : ne reçoit plus rien');
      // The demo's endpoint is disabled: its deliveries are said so, not offered again (the API refuses it).
      const demoRow = w.page.locator('[data-testid="webhook-deliveries"] tbody tr', { hasText: 'localhost:4999' }).first();
      await demoRow.locator('[data-testid="endpoint-removed"]').waitFor();
      expect(await demoRow.locator('[data-action="REPLAY"]').count()).toBe(0);
      expect(await seriousA11yViolations(w.page)).toEqual([]);
      await row.locator('[data-action="REPLAY"]').click();
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
      // The same delivery again: the receiver dedupes on webhook-id.
      expect(received[1]).toBe(received[0]);
    } finally {
      server.close();
    }
  });
  it('shows the manager an absence the CFA pushed (its source) and the rupture it declared (source, last day given)', async () => {
    const w = await openPage(context);
    const cookie = (await context.cookies(journey.api.url)).map((c) => `${c.name}=${c.value}`).join('; ');
    const issued = await fetch(`${journey.api.url}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'CFA absences', partner: 'cfa', adHocDocuments: true, scopes: ['contracts:read', 'students:read', 'rupture:declare', 'absences:write'] }) }).then((r) => r.json() as Promise<{ token: string }>);
    const gql = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${journey.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${issued.token}` }, body: JSON.stringify({ query, variables }) }).then((r) => r.json() as Promise<{ data: any }>);
    const contracts = (await gql('{ contracts(first: 100) { id status startDate endDate student { id } } }')).data.contracts.filter((c: any) => c.status === 'ACTIVE');
    const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    // The first active apprenticeship without an open rupture takes the CFA's declaration.
    let contract: any = null;
    let lastDay = '';
    for (const c of contracts) {
      const declared = await gql('mutation($input: RuptureDeclarationInput!) { declareRupture(input: $input) { rupture { state } errors { code field } } }', { input: { contractId: c.id, lastDay: day(c.startDate, 60), reason: 'Rupture d’un commun accord' } });
      if (declared.data.declareRupture.rupture?.state === 'REQUESTED') {
        [contract, lastDay] = [c, day(c.startDate, 60)];
        break;
      }
    }
    expect(contract).not.toBeNull();
    // The first training morning of the contract: the API refuses the others (NOT_TRAINING_HALF_DAY).
    const UPSERT = 'mutation($input: [AbsenceUpsertInput!]!) { upsertAbsences(input: $input) { results { status errors { code } } } }';
    let status = '';
    for (let i = 0; i < 30 && status !== 'CREATED'; i++) {
      const r = await gql(UPSERT, { input: [{ externalId: `CFA-ABS-E2E-${i}`, contractId: contract.id, date: day(contract.startDate, i), half: 'AM' }] });
      status = r.data.upsertAbsences.results[0].status;
    }
    expect(status).toBe('CREATED');

    await w.page.goto(`${journey.api.url}/absences?etudiant=${contract.student.id}`);
    await w.page.locator('[data-testid="absence-source"]').first().waitFor();
    expect(await w.page.locator('[data-testid="absence-source"]').first().textContent()).toBe('Source : CFA');
    await w.page.goto(`${journey.api.url}/contrats/${contract.id}`);
    await w.page.locator('[data-testid="rupture-declared-by"]').waitFor();
    const text = await w.page.locator('[data-testid="rupture-declared-by"]').textContent();
    expect(text).toContain('Déclarée par le partenaire CFA');
    expect(text).toContain(`${lastDay.slice(8, 10)}/${lastDay.slice(5, 7)}/${lastDay.slice(0, 4)}`);
    expect(await seriousA11yViolations(w.page)).toEqual([]);
  });
});
