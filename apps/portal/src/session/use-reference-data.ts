import { shallowRef } from 'vue';
import { defaultReferenceData, type ReferenceData } from '@alternance/domain';
import { gqlRequest } from '../api/graphql-request';
import { graphql } from '../gql';

const ReferenceDataDocument = graphql(`
  query ReferenceDataForRules {
    referenceData {
      key
      data
    }
  }
`);

const current = shallowRef<ReferenceData>(defaultReferenceData);
let loading: Promise<void> | null = null;

/**
 * The reference data in force on the server (the manager may have changed it), so that the
 * rules run in the browser say what the API will say. The guide's defaults until loaded.
 */
export function useReferenceData() {
  loading ??= gqlRequest(ReferenceDataDocument)
    .then((data) => {
      const sections = Object.fromEntries(data.referenceData.map((s) => [s.key, s.data]));
      current.value = { ...defaultReferenceData, ...sections } as ReferenceData;
    })
    .catch(() => {
      loading = null;
    });
  return current;
}
