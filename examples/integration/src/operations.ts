// The operations the CFA's client sends, typed by graphql-codegen (client preset) against
// apps/api/schema.graphql: `pnpm --filter @alternance/example-integration codegen` rewrites
// src/gql/ when they or the schema change, and the manifest of their hashes
// (src/gql/persisted-documents.json) that the manager registers for the CFA's token.
import type { DocumentNode } from 'graphql';
import { graphql } from './gql/index.js';

export const ChangesDocument = graphql(`
  query Changes($after: String, $first: Int, $types: [String!]) {
    changes(after: $after, first: $first, types: $types) {
      events {
        cursor
        type
        entityType
        entityId
        contractType
        at
        data
      }
      endCursor
      hasMore
    }
  }
`);

export const ContractsPageDocument = graphql(`
  query ContractsPage($after: String, $first: Int) {
    contracts(after: $after, first: $first) {
      id
      cursor
      version
      contractType
      startDate
      endDate
      student {
        id
      }
      mission {
        id
      }
      externalIds {
        source
        externalId
      }
    }
  }
`);

export const StudentsPageDocument = graphql(`
  query StudentsPage($first: Int, $offset: Int) {
    students(first: $first, offset: $offset) {
      id
      cohort
      externalIds {
        source
        externalId
      }
    }
  }
`);

export const UpsertContractsDocument = graphql(`
  mutation UpsertContracts($input: [ContractUpsertInput!]!) {
    upsertContracts(input: $input) {
      results {
        index
        externalId
        status
        changedFields
        contract {
          id
          version
        }
        errors {
          code
          field
          message
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const UpsertAbsencesDocument = graphql(`
  mutation UpsertAbsences($input: [AbsenceUpsertInput!]!) {
    upsertAbsences(input: $input) {
      results {
        index
        externalId
        status
        changedFields
        absence {
          id
          version
          state
        }
        errors {
          code
          field
          message
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const DeclareRuptureDocument = graphql(`
  mutation DeclareRupture($input: RuptureDeclarationInput!) {
    declareRupture(input: $input) {
      rupture {
        id
        state
        declaredLastDay
        lastDay
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Each operation's registered hash (`sha256:…`, embedded by codegen's `persistedDocuments`), by operation name. */
export const documentIds: ReadonlyMap<string, string> = new Map(
  [ChangesDocument, ContractsPageDocument, StudentsPageDocument, UpsertContractsDocument, UpsertAbsencesDocument, DeclareRuptureDocument].map((document: DocumentNode & { __meta__?: { hash?: string } }) => {
    const definition = document.definitions[0];
    const name = definition?.kind === 'OperationDefinition' ? definition.name?.value : undefined;
    const hash = document.__meta__?.hash;
    if (!name || !hash) throw new Error('src/gql is not generated with persistedDocuments: run pnpm codegen.');
    return [name, hash];
  }),
);
