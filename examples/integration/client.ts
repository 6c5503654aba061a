// A CFA's integration with the Alternance API (docs/integration.md): a first full sync of
// the contracts, then incremental sync by the change feed's cursor, then a push of what the
// CFA knows, keyed by its own identifiers. Plain fetch; the types below are those of the
// schema (apps/api/schema.graphql).

export interface Contract {
  id: string;
  version: number;
  contractType: string;
  startDate: string;
  endDate: string;
  externalIds: { source: string; externalId: string }[];
  mission: { id: string };
}

export interface ChangeEvent {
  cursor: string;
  type: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

export interface UpsertResult {
  index: number;
  externalId: string;
  status: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
  errors: { code: string; field: string | null; message: string }[];
}

export class AlternanceClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}, idempotencyKey?: string): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
    return body.data;
  }

  /** Every contract the token sees, page by page (keyset cursor), and where the change feed stands now. */
  async fullSync(): Promise<{ contracts: Contract[]; cursor: string }> {
    // Take the feed's position first: changes made during the copy are replayed after it.
    let cursor = (await this.request<{ changes: { endCursor: string } }>('query { changes(first: 1) { endCursor } }')).changes.endCursor;
    let feed = await this.changes(null, 500);
    while (feed.hasMore) feed = await this.changes(feed.endCursor, 500);
    cursor = feed.endCursor;
    const contracts: Contract[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { contracts: (Contract & { cursor: string })[] } = await this.request(
        'query($after: String) { contracts(first: 100, after: $after) { id cursor version contractType startDate endDate externalIds { source externalId } mission { id } } }',
        { after },
      );
      contracts.push(...page.contracts);
      if (page.contracts.length < 100) break;
      after = page.contracts.at(-1)!.cursor;
    }
    return { contracts, cursor };
  }

  changes(after: string | null, first = 100): Promise<{ events: ChangeEvent[]; endCursor: string; hasMore: boolean }> {
    return this.request<{ changes: { events: ChangeEvent[]; endCursor: string; hasMore: boolean } }>(
      'query($after: String, $first: Int) { changes(after: $after, first: $first) { events { cursor type entityType entityId data } endCursor hasMore } }',
      { after, first },
    ).then((r) => r.changes);
  }

  /** Everything since the stored cursor; store the returned cursor only once the events are applied. */
  async incrementalSync(cursor: string, apply: (event: ChangeEvent) => Promise<void> | void): Promise<string> {
    for (;;) {
      const page = await this.changes(cursor, 500);
      for (const event of page.events) await apply(event);
      cursor = page.endCursor;
      if (!page.hasMore) return cursor;
    }
  }

  /** Pushes up to 1,000 contracts; the same key on a retry replays the first answer. */
  async pushContracts(
    items: {
      externalId: string;
      missionId?: string;
      version?: number;
      startDate?: string;
      endDate?: string;
      monthlyGrossPay?: number;
      signed?: boolean;
      signingDate?: string;
      contractNumber?: string;
      opcoDepositDate?: string;
      opcoDepositNumber?: string;
    }[],
    idempotencyKey: string,
  ): Promise<UpsertResult[]> {
    const data = await this.request<{ upsertContracts: { results: UpsertResult[]; errors: { message: string }[] } }>(
      'mutation($input: [ContractUpsertInput!]!) { upsertContracts(input: $input) { results { index externalId status errors { code field message } } errors { message } } }',
      { input: items },
      idempotencyKey,
    );
    if (data.upsertContracts.errors.length) throw new Error(data.upsertContracts.errors.map((e) => e.message).join('; '));
    return data.upsertContracts.results;
  }
}
