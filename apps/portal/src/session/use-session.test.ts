import { afterEach, describe, expect, it, vi } from 'vitest';
import { parisDayOf } from '@alternance/domain';
import { fakeFetch } from '../test-support/mount-app';
import { forgetViewer, loadViewer, programmeToday } from './use-session';

describe('programmeToday', () => {
  afterEach(() => {
    forgetViewer();
    vi.unstubAllGlobals();
  });

  it('is the browser’s Paris day while nobody is signed in (a personal link)', () => {
    expect(programmeToday()).toBe(parisDayOf(new Date()));
  });

  it('is the API’s day once the viewer is known (a demo runs on its own day)', async () => {
    const viewer = { id: 'u1', role: 'SECRETARIAT', displayName: 'Sophie', email: 's@x.test', studentId: null, today: '2026-03-02' };
    vi.stubGlobal('fetch', fakeFetch({ '/graphql': () => ({ json: { data: { viewer } } }) }).fetchImpl);
    await loadViewer();
    expect(programmeToday()).toBe('2026-03-02');
  });
});
