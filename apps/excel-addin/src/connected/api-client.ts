import { parisDayOf } from '@alternance/domain';
import {
  PROPOSE_MUTATION,
  REFERENCE_DATA_QUERY,
  type ApiReferenceSection,
  ROSTER_ROWS_QUERY,
  type ApiRosterRow,
  type ContractChangeInput,
  type ProposePayload,
  type RosterFilter,
} from './graphql-documents.js';

/** A failure to talk to the API, with a French message for the pane. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** The API's public URL (PUBLIC_URL), e.g. https://alternance.example.fr; GraphQL is at `${url}/graphql`. */
  url: string;
  token: string;
  fetch?: typeof globalThis.fetch;
}

export interface ApiClient {
  rosterRows(filter?: RosterFilter): Promise<ApiRosterRow[]>;
  proposeContractChanges(changes: readonly ContractChangeInput[]): Promise<ProposePayload>;
  /**
   * The programme's reference data as one JSON object (sections side by side, unchecked),
   * and the day (Paris) of its latest change.
   */
  referenceData(): Promise<{ data: Record<string, unknown>; date: string }>;
}

/** A GraphQL client for the operations of connected mode (fetch, bearer token). */
export function createApiClient({ url, token, fetch = globalThis.fetch.bind(globalThis) }: ApiClientOptions): ApiClient {
  const endpoint = `${url.replace(/\/+$/, '')}/graphql`;

  async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          // Apollo Server's CSRF protection accepts a JSON POST that carries this header.
          'apollo-require-preflight': 'true',
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new ApiError(`Serveur injoignable (${endpoint}) : ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.status === 401 || response.status === 403) throw new ApiError('Jeton refusé par le serveur : reconnectez-vous avec un jeton valide.', response.status);
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError(`Réponse illisible du serveur (HTTP ${response.status}).`, response.status);
    }
    const first = body.errors?.[0];
    if (first) {
      if (first.extensions?.code === 'UNAUTHENTICATED') throw new ApiError('Jeton refusé par le serveur : reconnectez-vous avec un jeton valide.', response.status);
      throw new ApiError(`Erreur du serveur : ${first.message}`, response.status);
    }
    if (!response.ok || !body.data) throw new ApiError(`Erreur du serveur (HTTP ${response.status}).`, response.status);
    return body.data;
  }

  return {
    async rosterRows(filter = {}) {
      const data = await request<{ rosterRows: ApiRosterRow[] }>(ROSTER_ROWS_QUERY, { filter: withoutEmpty(filter) });
      return data.rosterRows;
    },
    async proposeContractChanges(changes) {
      const data = await request<{ proposeContractChanges: ProposePayload }>(PROPOSE_MUTATION, { changes });
      return data.proposeContractChanges;
    },
    async referenceData() {
      const { referenceData: sections } = await request<{ referenceData: ApiReferenceSection[] }>(REFERENCE_DATA_QUERY, {});
      const latest = sections.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), '');
      return {
        data: { schemaVersion: 1, ...Object.fromEntries(sections.map((s) => [s.key, s.data])) },
        date: parisDayOf(latest ? new Date(latest) : new Date()),
      };
    },
  };
}

/** Filters left blank in the pane mean "any". */
function withoutEmpty(filter: RosterFilter): RosterFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => typeof value === 'string' && value.trim() !== '')) as RosterFilter;
}
