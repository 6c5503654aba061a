import { describe, expect, it } from 'vitest';
import { missionFilter, missionListFromUrl, missionListVariables } from './mission-list-query';

describe('missionListFromUrl', () => {
  it('opens « À traiter », the longest waiting first, for the office arriving without a query', () => {
    expect(missionListFromUrl({}, true)).toEqual({ filters: { toHandle: true, state: '', cohort: '', contractType: '', findingCode: '', search: '' }, sort: 'URGENCY', pageSize: 25 });
    expect(missionListFromUrl({}, false)).toMatchObject({ filters: { toHandle: false }, sort: 'RECENT' });
  });

  it('reads the filters, the order and the page size of the URL, whoever opens it', () => {
    const opened = missionListFromUrl({ etat: 'SUBMITTED', formation: 'M1', contrat: 'CAPP', anomalie: 'R12', recherche: 'Durand', tri: 'STUDENT', taille: '100' }, true);
    expect(opened).toEqual({ filters: { toHandle: false, state: 'SUBMITTED', cohort: 'M1', contractType: 'CAPP', findingCode: 'R12', search: 'Durand' }, sort: 'STUDENT', pageSize: 100 });
    expect(missionListFromUrl({ 'a-traiter': '1' }, false)).toMatchObject({ filters: { toHandle: true }, sort: 'URGENCY' });
  });

  it('ignores an unknown order, page size or a repeated parameter', () => {
    expect(missionListFromUrl({ tri: 'PRICE', taille: '7', etat: ['A', 'B'] }, true)).toMatchObject({ filters: { state: '' }, sort: 'RECENT', pageSize: 25 });
  });
});

describe('missionListVariables', () => {
  it('sends only the filters set, the search trimmed', () => {
    const { filters } = missionListFromUrl({ recherche: '  Durand ', etat: 'VALIDATED' }, true);
    expect(missionFilter(filters)).toEqual({ state: 'VALIDATED', search: 'Durand' });
    expect(missionListVariables({ ...filters, search: '   ' }, 'RECENT', 50, 'c1', false)).toEqual({ filter: { state: 'VALIDATED' }, sort: 'RECENT', first: 50, after: 'c1', withTotal: false });
  });
});
