// A CFA's integration with the Alternance API (docs/integration.md): a first full sync of
// the contracts and students, then incremental sync by the change feed's cursor, then a push
// of what the CFA knows, keyed by its own identifiers.
//
// graphql-request: a standard, small GraphQL client (one dependency, the platform's fetch)
// that takes codegen's TypedDocumentNodes, so every variable and result below is typed from
// the API's schema, and that sets headers per request (the push's Idempotency-Key).
//
// A partner's token runs only the operations registered for it (docs/integration.md §2): the
// client sends each operation's hash (`documentId`), never its text. codegen embeds the hash
// in each document and writes the manifest the manager registers (src/gql/persisted-documents.json).
import { ClientError, GraphQLClient, type RequestMiddleware } from 'graphql-request';
import type {
  AbsenceUpsertInput,
  ChangesQuery,
  ContractUpsertInput,
  ContractsPageQuery,
  DeclareRuptureMutation,
  RuptureDeclarationInput,
  StudentsPageQuery,
  UpsertAbsencesMutation,
  UpsertContractsMutation,
} from './gql/graphql.js';
import { ChangesDocument, ContractsPageDocument, DeclareRuptureDocument, StudentsPageDocument, UpsertAbsencesDocument, UpsertContractsDocument, documentIds } from './operations.js';

export type Contract = ContractsPageQuery['contracts'][number];
export type Student = StudentsPageQuery['students'][number];
export type ChangeEvent = ChangesQuery['changes']['events'][number];
export type UpsertResult = UpsertContractsMutation['upsertContracts']['results'][number];
export type AbsenceUpsertResult = UpsertAbsencesMutation['upsertAbsences']['results'][number];
export type RuptureDeclared = DeclareRuptureMutation['declareRupture'];

/**
 * What the CFA's own platform knows and pushes back, keyed by its identifiers (docs/integration.md
 * §5): contracts signed (number, OPCO deposit, real dates), the absences it recorded, the
 * ruptures declared to it. A real CFA exports them from its platform; the example reads a file.
 */
export interface CfaRecords {
  contracts?: ContractUpsertInput[];
  absences?: AbsenceUpsertInput[];
  ruptures?: RuptureDeclarationInput[];
}

/** The API's largest pages (contracts: 100 a page here, the feed: 500). */
const CONTRACTS_PAGE = 100;
const STUDENTS_PAGE = 100;
const FEED_PAGE = 500;

export interface FullSync {
  contracts: Contract[];
  students: Student[];
  /** Where to resume the feed: changes made during the copy are replayed after it. */
  cursor: string;
}

/**
 * graphql-request writes `{ query, variables, operationName }`; the body sent is
 * `{ documentId, variables }`: the operation by its registered hash, its text never leaves.
 */
const byDocumentId: RequestMiddleware = (request) => {
  const documentId = request.operationName ? documentIds.get(request.operationName) : undefined;
  if (!documentId) throw new Error(`${request.operationName ?? 'An anonymous operation'}: not one of this client's persisted operations (src/operations.ts, then pnpm codegen).`);
  return { ...request, body: JSON.stringify({ documentId, variables: request.variables ?? {} }) };
};

export class AlternanceClient {
  private readonly client: GraphQLClient;

  constructor(url: string, token: string) {
    this.client = new GraphQLClient(`${url.replace(/\/$/, '')}/graphql`, { headers: { authorization: `Bearer ${token}` }, requestMiddleware: byDocumentId });
  }

  /** Every contract and student the token sees, page by page, and where the change feed stands. */
  async fullSync(): Promise<FullSync> {
    // The feed's end first: a change made while the pages are read is replayed after it
    // (seen twice at worst, never missed). Applying an event is idempotent: read the record.
    const cursor = await this.feedEnd();
    const contracts: Contract[] = [];
    for (let after: string | null = null; ; ) {
      const page: Contract[] = (await this.client.request(ContractsPageDocument, { after, first: CONTRACTS_PAGE })).contracts;
      contracts.push(...page);
      if (page.length < CONTRACTS_PAGE) break;
      after = (page.at(-1) as Contract & { cursor: string }).cursor;
    }
    const students: Student[] = [];
    for (let offset = 0; ; offset += STUDENTS_PAGE) {
      const page = (await this.client.request(StudentsPageDocument, { first: STUDENTS_PAGE, offset })).students;
      students.push(...page);
      if (page.length < STUDENTS_PAGE) break;
    }
    return { contracts, students, cursor };
  }

  /** The cursor after the last event of the feed as the token sees it now. */
  async feedEnd(): Promise<string> {
    let page = await this.changes(null);
    while (page.hasMore) page = await this.changes(page.endCursor);
    return page.endCursor;
  }

  async changes(after: string | null, first = FEED_PAGE, types?: string[]): Promise<ChangesQuery['changes']> {
    return (await this.client.request(ChangesDocument, { after, first, ...(types ? { types } : {}) })).changes;
  }

  /** Everything since the stored cursor; store the returned cursor only once the events are applied. */
  async incrementalSync(cursor: string, apply: (event: ChangeEvent) => Promise<void> | void): Promise<string> {
    for (;;) {
      const page = await this.changes(cursor);
      for (const event of page.events) await apply(event);
      cursor = page.endCursor;
      if (!page.hasMore) return cursor;
    }
  }

  /**
   * Pushes up to 1,000 contracts under an Idempotency-Key (see {@link retried}). A call-level
   * error (a bad source, too many items) throws; an item the rules refuse comes back REJECTED
   * with its code and field, and nothing of it is written.
   */
  async pushContracts(items: ContractUpsertInput[], idempotencyKey: string, attempts = 3): Promise<UpsertResult[]> {
    const data = await retried(attempts, () => this.client.request({ document: UpsertContractsDocument, variables: { input: items }, requestHeaders: { 'idempotency-key': idempotencyKey } }));
    if (data.upsertContracts.errors.length) throw new Error(describe(data.upsertContracts.errors));
    return data.upsertContracts.results;
  }

  /** Up to 1,000 absences the CFA recorded (scope absences:write), as {@link pushContracts}. */
  async pushAbsences(items: AbsenceUpsertInput[], idempotencyKey: string, attempts = 3): Promise<AbsenceUpsertResult[]> {
    const data = await retried(attempts, () => this.client.request({ document: UpsertAbsencesDocument, variables: { input: items }, requestHeaders: { 'idempotency-key': idempotencyKey } }));
    if (data.upsertAbsences.errors.length) throw new Error(describe(data.upsertAbsences.errors));
    return data.upsertAbsences.results;
  }

  /**
   * A rupture declared to the CFA (scope rupture:declare): the office engages and completes it
   * (§5). The same declaration again returns the same rupture with its state, so pushing every
   * known rupture on every run is safe; a refusal (a last day outside the contract…) is returned
   * in `errors`, with its code and field.
   */
  async declareRupture(input: RuptureDeclarationInput, idempotencyKey: string, attempts = 3): Promise<RuptureDeclared> {
    return (await retried(attempts, () => this.client.request({ document: DeclareRuptureDocument, variables: { input }, requestHeaders: { 'idempotency-key': idempotencyKey } }))).declareRupture;
  }
}

const describe = (errors: readonly { field?: string | null; message: string }[]): string => errors.map((e) => `${e.field ?? ''} ${e.message}`).join('; ');

/**
 * A network failure, a 5xx or a 429 is retried with the same Idempotency-Key, after 1 s, 2 s…:
 * if the first attempt was written, the API replays its answer instead of applying it twice.
 */
async function retried<T>(attempts: number, send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      const status = error instanceof ClientError ? error.response.status : null;
      const transient = status === null ? error instanceof TypeError : status >= 500 || status === 429;
      if (!transient || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}
