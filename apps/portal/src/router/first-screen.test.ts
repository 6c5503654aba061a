import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../test-support/mount-app';

type Body = { query: string; variables: Record<string, unknown> };
let fake: ReturnType<typeof fakeFetch>;
let signedIn: boolean;

beforeEach(() => {
  signedIn = true;
  fake = fakeFetch({
    '/graphql': (body) => {
      const { query } = body as Body;
      // As the API: nobody signed in is a null viewer, and an error on anything else.
      if (query.includes('query Viewer')) return { json: { data: { viewer: signedIn ? { id: 'u1', role: 'MANAGER', displayName: 'Responsable', email: 'r@univ.fr', studentId: null } : null } } };
      if (!signedIn) return { json: { errors: [{ message: 'Connectez-vous.', extensions: { code: 'UNAUTHENTICATED' } }] } };
      if (query.includes('query Dashboard')) return { json: { data: { dashboard: { overdueChecklistItems: fake.calls.length } } } };
      if (query.includes('query MissionList')) return { json: { data: { missionCount: 1, missions: [], asked: (body as Body).variables } } };
      return { status: 400, json: { errors: [{ message: `unexpected ${query}` }] } };
    },
  });
  vi.stubGlobal('fetch', fake.fetchImpl);
  // Each test starts as a freshly opened page: no viewer read, no early answer kept.
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

const asked = (name: string) => fake.calls.filter((c) => (c.body as Body).query.includes(`query ${name}`));

async function fresh() {
  const screen = await import('./first-screen');
  const { DashboardDocument } = await import('../dashboard/dashboard-query');
  const list = await import('../missions/mission-list-query');
  const request = await import('../api/graphql-request');
  return { ...screen, DashboardDocument, ...list, ...request };
}

describe('the first screen’s early request', () => {
  it('leaves beside the viewer’s, and the dashboard then reads its answer without asking again', async () => {
    const m = await fresh();
    m.startFirstScreen('/tableau-de-bord', '');
    // Both sent before either answered.
    expect(asked('Viewer')).toHaveLength(1);
    expect(asked('Dashboard')).toHaveLength(1);
    const data = await m.firstScreenRequest(m.DashboardDocument, {});
    expect(data.dashboard.overdueChecklistItems).toBe(2);
    expect(asked('Dashboard')).toHaveLength(1);
    // Read once: the page's next load asks the API.
    await m.firstScreenRequest(m.DashboardDocument, {});
    expect(asked('Dashboard')).toHaveLength(2);
  });

  it('serves the missions list only to a page asking the very same variables', async () => {
    const m = await fresh();
    m.startFirstScreen('/missions', '');
    expect(asked('MissionList').map((c) => (c.body as Body).variables)).toEqual([{ filter: { toHandle: true }, sort: 'URGENCY', first: 25, after: null, withTotal: true }]);
    // An academic tutor's list opens without « À traiter »: not the early one.
    const tutor = m.missionListFromUrl({}, false);
    await m.firstScreenRequest(m.MissionListDocument, m.missionListVariables(tutor.filters, tutor.sort, tutor.pageSize, null));
    expect(asked('MissionList')).toHaveLength(2);
    expect((asked('MissionList')[1]!.body as Body).variables['filter']).toEqual({});
  });

  it('reads the URL’s filters as the page does', async () => {
    const m = await fresh();
    m.startFirstScreen('/missions', '?etat=SUBMITTED&tri=STUDENT&taille=50');
    const opened = m.missionListFromUrl({ etat: 'SUBMITTED', tri: 'STUDENT', taille: '50' }, true);
    await m.firstScreenRequest(m.MissionListDocument, m.missionListVariables(opened.filters, opened.sort, opened.pageSize, null));
    expect(asked('MissionList')).toHaveLength(1);
    expect((asked('MissionList')[0]!.body as Body).variables).toMatchObject({ filter: { state: 'SUBMITTED' }, sort: 'STUDENT', first: 50 });
  });

  it('is forgotten once the user has gone to another path', async () => {
    const m = await fresh();
    m.startFirstScreen('/tableau-de-bord', '');
    m.dropFirstScreen('/tableau-de-bord');
    m.dropFirstScreen('/missions');
    await m.firstScreenRequest(m.DashboardDocument, {});
    expect(asked('Dashboard')).toHaveLength(2);
  });

  it('sent with nobody signed in, does not end the app’s session, and the page asks again', async () => {
    signedIn = false;
    const m = await fresh();
    const onUnauthenticated = vi.fn();
    m.setUnauthenticatedHandler(onUnauthenticated);
    m.startFirstScreen('/tableau-de-bord', '');
    await new Promise((r) => setTimeout(r, 0));
    expect(onUnauthenticated).not.toHaveBeenCalled();
    signedIn = true;
    const data = await m.firstScreenRequest(m.DashboardDocument, {});
    expect(asked('Dashboard')).toHaveLength(2);
    expect(data.dashboard.overdueChecklistItems).toBe(3);
  });

  it('asks nothing early for other pages', async () => {
    const m = await fresh();
    m.startFirstScreen('/contrats', '');
    expect(fake.calls.map((c) => (c.body as Body).query.split(/[ ({]/)[1])).toEqual(['Viewer']);
  });
});
