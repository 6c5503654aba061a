import { graphql } from '../gql';
import type { MissionFilter, MissionListQueryVariables } from '../gql/graphql';

// The missions list's query and how its URL opens it, outside the page: the first screen's
// early request (router/first-screen.ts) asks exactly what the page will ask.
export const MissionListDocument = graphql(`
  query MissionList($filter: MissionFilter, $sort: MissionSort, $first: Int!, $after: String, $withTotal: Boolean! = true) {
    missionCount(filter: $filter) @include(if: $withTotal)
    missions(filter: $filter, sort: $sort, first: $first, after: $after) {
      id
      cursor
      state
      waitingDays
      cohort
      contractType
      startDate
      endDate
      requestDate
      findings {
        code
        severity
      }
      organisation {
        id
        name
      }
      student {
        id
        firstName
        lastName
      }
    }
  }
`);

export type MissionListSort = NonNullable<MissionListQueryVariables['sort']>;
export const MISSION_LIST_SORTS: readonly MissionListSort[] = ['URGENCY', 'RECENT', 'STUDENT', 'ORGANISATION', 'START_DATE', 'STATE'];
export const MISSION_LIST_PAGE_SIZES = [25, 50, 100];

export interface MissionListFilters {
  toHandle: boolean;
  state: string;
  cohort: string;
  contractType: string;
  findingCode: string;
  search: string;
}

/**
 * The list a URL opens (issue 9 §5: filters, sort and page size live in the URL). With no
 * query at all, the office (`office`: the viewer is of it) lands on « À traiter », the longest
 * waiting first.
 */
export function missionListFromUrl(query: Readonly<Record<string, unknown>>, office: boolean): { filters: MissionListFilters; sort: MissionListSort; pageSize: number } {
  const q = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : '');
  const officeDefault = Object.keys(query).length === 0 && office;
  const filters: MissionListFilters = {
    toHandle: officeDefault || q('a-traiter') === '1',
    state: q('etat'),
    cohort: q('formation'),
    contractType: q('contrat'),
    findingCode: q('anomalie'),
    search: q('recherche'),
  };
  const sort: MissionListSort = (MISSION_LIST_SORTS as readonly string[]).includes(q('tri')) ? (q('tri') as MissionListSort) : filters.toHandle ? 'URGENCY' : 'RECENT';
  const pageSize = MISSION_LIST_PAGE_SIZES.includes(Number(q('taille'))) ? Number(q('taille')) : 25;
  return { filters, sort, pageSize };
}

export function missionFilter(filters: MissionListFilters): MissionFilter {
  const f: MissionFilter = {};
  if (filters.toHandle) f.toHandle = true;
  if (filters.state) f.state = filters.state as MissionFilter['state'];
  if (filters.cohort) f.cohort = filters.cohort;
  if (filters.contractType) f.contractType = filters.contractType;
  if (filters.findingCode) f.findingCode = filters.findingCode;
  if (filters.search.trim()) f.search = filters.search.trim();
  return f;
}

/** One page's variables, built in one place so that the early request and the page's match. */
export function missionListVariables(filters: MissionListFilters, sort: MissionListSort, first: number, after: string | null, withTotal = true): MissionListQueryVariables {
  return { filter: missionFilter(filters), sort, first, after, withTotal };
}
