/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Changes($after: String, $first: Int, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        entityType\n        entityId\n        contractType\n        at\n        data\n      }\n      endCursor\n      hasMore\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  query ContractsPage($after: String, $first: Int) {\n    contracts(after: $after, first: $first) {\n      id\n      cursor\n      version\n      contractType\n      startDate\n      endDate\n      student {\n        id\n      }\n      mission {\n        id\n      }\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n": typeof types.ContractsPageDocument,
    "\n  query StudentsPage($first: Int, $offset: Int) {\n    students(first: $first, offset: $offset) {\n      id\n      cohort\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n": typeof types.StudentsPageDocument,
    "\n  mutation UpsertContracts($input: [ContractUpsertInput!]!) {\n    upsertContracts(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        contract {\n          id\n          version\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpsertContractsDocument,
    "\n  mutation UpsertAbsences($input: [AbsenceUpsertInput!]!) {\n    upsertAbsences(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        absence {\n          id\n          version\n          state\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpsertAbsencesDocument,
    "\n  mutation DeclareRupture($input: RuptureDeclarationInput!) {\n    declareRupture(input: $input) {\n      rupture {\n        id\n        state\n        declaredLastDay\n        lastDay\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DeclareRuptureDocument,
};
const documents: Documents = {
    "\n  query Changes($after: String, $first: Int, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        entityType\n        entityId\n        contractType\n        at\n        data\n      }\n      endCursor\n      hasMore\n    }\n  }\n": types.ChangesDocument,
    "\n  query ContractsPage($after: String, $first: Int) {\n    contracts(after: $after, first: $first) {\n      id\n      cursor\n      version\n      contractType\n      startDate\n      endDate\n      student {\n        id\n      }\n      mission {\n        id\n      }\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n": types.ContractsPageDocument,
    "\n  query StudentsPage($first: Int, $offset: Int) {\n    students(first: $first, offset: $offset) {\n      id\n      cohort\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n": types.StudentsPageDocument,
    "\n  mutation UpsertContracts($input: [ContractUpsertInput!]!) {\n    upsertContracts(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        contract {\n          id\n          version\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpsertContractsDocument,
    "\n  mutation UpsertAbsences($input: [AbsenceUpsertInput!]!) {\n    upsertAbsences(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        absence {\n          id\n          version\n          state\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpsertAbsencesDocument,
    "\n  mutation DeclareRupture($input: RuptureDeclarationInput!) {\n    declareRupture(input: $input) {\n      rupture {\n        id\n        state\n        declaredLastDay\n        lastDay\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DeclareRuptureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($after: String, $first: Int, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        entityType\n        entityId\n        contractType\n        at\n        data\n      }\n      endCursor\n      hasMore\n    }\n  }\n"): (typeof documents)["\n  query Changes($after: String, $first: Int, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        entityType\n        entityId\n        contractType\n        at\n        data\n      }\n      endCursor\n      hasMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsPage($after: String, $first: Int) {\n    contracts(after: $after, first: $first) {\n      id\n      cursor\n      version\n      contractType\n      startDate\n      endDate\n      student {\n        id\n      }\n      mission {\n        id\n      }\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractsPage($after: String, $first: Int) {\n    contracts(after: $after, first: $first) {\n      id\n      cursor\n      version\n      contractType\n      startDate\n      endDate\n      student {\n        id\n      }\n      mission {\n        id\n      }\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudentsPage($first: Int, $offset: Int) {\n    students(first: $first, offset: $offset) {\n      id\n      cohort\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudentsPage($first: Int, $offset: Int) {\n    students(first: $first, offset: $offset) {\n      id\n      cohort\n      externalIds {\n        source\n        externalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertContracts($input: [ContractUpsertInput!]!) {\n    upsertContracts(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        contract {\n          id\n          version\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertContracts($input: [ContractUpsertInput!]!) {\n    upsertContracts(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        contract {\n          id\n          version\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertAbsences($input: [AbsenceUpsertInput!]!) {\n    upsertAbsences(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        absence {\n          id\n          version\n          state\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertAbsences($input: [AbsenceUpsertInput!]!) {\n    upsertAbsences(input: $input) {\n      results {\n        index\n        externalId\n        status\n        changedFields\n        absence {\n          id\n          version\n          state\n        }\n        errors {\n          code\n          field\n          message\n        }\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareRupture($input: RuptureDeclarationInput!) {\n    declareRupture(input: $input) {\n      rupture {\n        id\n        state\n        declaredLastDay\n        lastDay\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareRupture($input: RuptureDeclarationInput!) {\n    declareRupture(input: $input) {\n      rupture {\n        id\n        state\n        declaredLastDay\n        lastDay\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;