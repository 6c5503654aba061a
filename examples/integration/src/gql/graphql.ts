/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why the alternant was away (§4.3.1 medical, §4.3.2 professional, §4.3.3 other). */
export type AbsenceReason =
  | 'MEDICAL'
  | 'OTHER'
  | 'PROFESSIONAL'
  /**
   * Read only: a medical (§4.3.1) or other (§4.3.3) reason, told to whoever may not read the
   * justification (ABSENCE_JUSTIFICATION: the academic tutor, the direction, a partner's token) —
   * the two read alike. As a filter it matches what the reader reads so; never stored nor accepted as a reason.
   */
  | 'UNDISCLOSED'
  | 'UNKNOWN';

/** One half-day of absence as a partner recorded it, keyed by its own identifier (§4.3). */
export type AbsenceUpsertInput = {
  /** The alternant, by their contract: the partner's identifier for it… */
  contractExternalId?: string | null | undefined;
  /** …or ours (one of the two). */
  contractId?: string | number | null | undefined;
  /** A training half-day within the contract (its rupture ends it). Fixed once pushed. */
  date: string;
  externalId: string;
  half: HalfDay;
  /** What the partner knows of why: MEDICAL (the host's work stoppage is then awaited, §4.3.1) or OTHER (the manager decides, §4.3.3). Never details: no comment, no diagnosis. */
  reason?: AbsenceReason | null | undefined;
  /** Optimistic lock: the absence's version last read (CONFLICT when stale). */
  version?: number | null | undefined;
};

/** What a change-feed event tells (docs/integration.md §3). */
export type ChangeType =
  /** An absence recorded by mistake was removed. */
  | 'ABSENCE_DELETED'
  | 'ABSENCE_RECORDED'
  /** An absence's justification or decision changed (data.state). */
  | 'ABSENCE_UPDATED'
  /** A cohort calendar's new version, or one alternant's individual calendar (data.individual): one event per contract type of the contracts on it. */
  | 'CALENDAR_PUBLISHED'
  | 'CONTRACT_CREATED'
  | 'CONTRACT_RUPTURED'
  | 'CONTRACT_UPDATED'
  | 'MISSION_VALIDATED';

/** One contract as a partner knows it, keyed by its own identifier. */
export type ContractUpsertInput = {
  contractNumber?: string | null | undefined;
  endDate?: string | null | undefined;
  externalId: string;
  /** Needed the first time an identifier is pushed: the validated mission whose contract it is. */
  missionId?: string | number | null | undefined;
  monthlyGrossPay?: number | null | undefined;
  /** The OPCO's deposit: not before the signing date. */
  opcoDepositDate?: string | null | undefined;
  opcoDepositNumber?: string | null | undefined;
  /** The contract is signed on the partner's platform (a signing date or number implies it). */
  signed?: boolean | null | undefined;
  /** Required once signed; not in the future. */
  signingDate?: string | null | undefined;
  /** The contract's real dates, as signed (the domain's rules apply). */
  startDate?: string | null | undefined;
  /** Optimistic lock: the version last read (CONFLICT when stale). */
  version?: number | null | undefined;
};

/** Morning or afternoon: calendars, absences and visits count in half-days (§2.2). */
export type HalfDay =
  | 'AM'
  | 'PM';

/** Where the justification stands; JUSTIFIED and UNJUSTIFIED are final. */
export type JustificationState =
  | 'AWAITING_DECISION'
  | 'AWAITING_STOPPAGE'
  | 'JUSTIFIED'
  /**
   * Read only: AWAITING_STOPPAGE or AWAITING_DECISION, as whoever may not read the justification
   * (ABSENCE_JUSTIFICATION) reads them — an awaited stoppage would say « maladie » (§4.3.1). As a
   * filter, both awaiting states, for every reader.
   */
  | 'PENDING'
  | 'RECORDED'
  | 'UNJUSTIFIED';

export type RuptureDeclarationInput = {
  /** Or our contract id. */
  contractId?: string | number | null | undefined;
  /** The partner's identifier of the contract (source: the token's partner). */
  externalId?: string | null | undefined;
  /** The exact last day of the contract, that day included (§5, note 35). */
  lastDay: string;
  reason: string;
};

export type RuptureState =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'REQUESTED';

export type UpsertStatus =
  | 'CREATED'
  | 'REJECTED'
  | 'UNCHANGED'
  | 'UPDATED';

export type ChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type ChangesQuery = { changes: { endCursor: string, hasMore: boolean, events: Array<{ cursor: string, type: ChangeType, entityType: string, entityId: string, contractType: string | null, at: string, data: Record<string, unknown> }> } };

export type ContractsPageQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ContractsPageQuery = { contracts: Array<{ id: string, cursor: string, version: number, contractType: string, startDate: string, endDate: string, student: { id: string }, mission: { id: string }, externalIds: Array<{ source: string, externalId: string }> }> };

export type StudentsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type StudentsPageQuery = { students: Array<{ id: string, cohort: string, externalIds: Array<{ source: string, externalId: string }> }> };

export type UpsertContractsMutationVariables = Exact<{
  input: Array<ContractUpsertInput> | ContractUpsertInput;
}>;


export type UpsertContractsMutation = { upsertContracts: { results: Array<{ index: number, externalId: string, status: UpsertStatus, changedFields: Array<string>, contract: { id: string, version: number } | null, errors: Array<{ code: string, field: string | null, message: string }> }>, errors: Array<{ code: string, field: string | null, message: string }> } };

export type UpsertAbsencesMutationVariables = Exact<{
  input: Array<AbsenceUpsertInput> | AbsenceUpsertInput;
}>;


export type UpsertAbsencesMutation = { upsertAbsences: { results: Array<{ index: number, externalId: string, status: UpsertStatus, changedFields: Array<string>, absence: { id: string, version: number, state: JustificationState } | null, errors: Array<{ code: string, field: string | null, message: string }> }>, errors: Array<{ code: string, field: string | null, message: string }> } };

export type DeclareRuptureMutationVariables = Exact<{
  input: RuptureDeclarationInput;
}>;


export type DeclareRuptureMutation = { declareRupture: { rupture: { id: string, state: RuptureState, declaredLastDay: string | null, lastDay: string | null } | null, errors: Array<{ code: string, field: string | null, message: string }> } };


export const ChangesDocument = {"__meta__":{"hash":"sha256:4e4d733e067184ca62bf8981df399ce034ffd9a5d2e3268d3db7eee2193c5bbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const ContractsPageDocument = {"__meta__":{"hash":"sha256:a379168f3db64dd075e45e30f743eab9349b4ef5424996a8006a1d9965bed07f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"student"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<ContractsPageQuery, ContractsPageQueryVariables>;
export const StudentsPageDocument = {"__meta__":{"hash":"sha256:38e8db9e3a6406727bec90cf31b88e3f1464ba8876f3e451be5f2da9c4ca452a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"students"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"externalIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]} as unknown as DocumentNode<StudentsPageQuery, StudentsPageQueryVariables>;
export const UpsertContractsDocument = {"__meta__":{"hash":"sha256:a0062998cdbabdeb4ef01614693e6b677a9a3cface9f384dfb0b64e19aff10a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractUpsertInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertContracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertContractsMutation, UpsertContractsMutationVariables>;
export const UpsertAbsencesDocument = {"__meta__":{"hash":"sha256:25d263ceee4e6988cdab6515a45dd6cb27eaa584fb800fd779e234ac21a299e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertAbsences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AbsenceUpsertInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertAbsences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"absence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertAbsencesMutation, UpsertAbsencesMutationVariables>;
export const DeclareRuptureDocument = {"__meta__":{"hash":"sha256:82954062e0a97b7372c93dcf391e9ced360c310ca4ea878ae92693d2e1fb4605"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareRupture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuptureDeclarationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareRupture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rupture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"declaredLastDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeclareRuptureMutation, DeclareRuptureMutationVariables>;