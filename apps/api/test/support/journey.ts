import type { SmtpSink } from '@alternance/smtp-sink';
import { expect } from 'vitest';
import { MISSION_FIELDS } from './fixtures.js';
import type { Auth, TestApp } from './test-app.js';

// Test responses are read loosely: the assertions are the type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
const SAVE = `mutation($id: ID, $version: Int, $input: MissionInput!) { saveMissionDraft(id: $id, version: $version, input: $input) { mission { ${MISSION_FIELDS} } errors { code field message } } }`;
const act = (name: string) => `mutation($id: ID!, $version: Int!) { ${name}(id: $id, version: $version) { mission { ${MISSION_FIELDS} } errors { code field message } } }`;

/** The token of the last personal link mailed to `to`. */
export function lastLinkTo(smtp: SmtpSink, to: string): string {
  const text = smtp.to(to).map((m) => m.text).filter((x) => /\/lien\/[A-Za-z0-9_-]+/.test(x) && !x.includes('[masqué]')).at(-1);
  if (!text) throw new Error(`no personal link mailed to ${to}`);
  return /\/lien\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
}

/** Student drafts and submits `fiche`; the manager asks for the confirmations; the mails go out. */
export async function missionAwaitingConfirmation(t: TestApp, student: Auth, manager: Auth, fiche: Record<string, unknown>): Promise<any> {
  const draft = await t.gql(SAVE, { input: fiche }, student);
  if (!draft.data) throw new Error(JSON.stringify(draft.errors));
  expect(draft.data.saveMissionDraft.errors).toEqual([]);
  let m = draft.data.saveMissionDraft.mission;
  m = (await t.gql(act('submitMission'), { id: m.id, version: m.version }, student)).data.submitMission.mission;
  const requested = await t.gql(act('requestMissionConfirmations'), { id: m.id, version: m.version }, manager);
  expect(requested.data.requestMissionConfirmations.errors).toEqual([]);
  await t.app.mail.deliverDue();
  return requested.data.requestMissionConfirmations.mission;
}

/** A personal-link session for the last link mailed to `to`. */
export async function linkSession(t: TestApp, smtp: SmtpSink, to: string): Promise<Auth> {
  const opened = await t.post('/auth/link', { token: lastLinkTo(smtp, to) });
  expect(opened.status).toBe(200);
  return { cookie: opened.cookie! };
}

export async function confirmAs(t: TestApp, auth: Auth, id: string): Promise<any> {
  const r = await t.gql(`mutation($id: ID!) { confirmMission(id: $id) { mission { ${MISSION_FIELDS} } errors { code field message } } }`, { id }, auth);
  return r.data.confirmMission;
}

export async function validate(t: TestApp, manager: Auth, id: string, version: number, acceptWarnings = true): Promise<any> {
  const r = await t.gql(
    `mutation($id: ID!, $version: Int!, $w: Boolean) { validateMission(id: $id, version: $version, acceptWarnings: $w) { mission { ${MISSION_FIELDS} contract { id startDate checklist { id version code dueDate done } } } errors { code field message } } }`,
    { id, version, w: acceptWarnings },
    manager,
  );
  return r.data.validateMission;
}

/** Submitted, confirmed by the tutor and HR through their links, validated: the mission with its contract. */
export async function validatedMission(t: TestApp, smtp: SmtpSink, student: Auth, manager: Auth, fiche: Record<string, unknown> & { tutor1: { email: string }; hrContact: { email: string } }): Promise<any> {
  const m = await missionAwaitingConfirmation(t, student, manager, fiche);
  await confirmAs(t, await linkSession(t, smtp, fiche.tutor1.email), m.id);
  const confirmed = await confirmAs(t, await linkSession(t, smtp, fiche.hrContact.email), m.id);
  expect(confirmed.mission.state).toBe('CONFIRMED');
  const validated = await validate(t, manager, m.id, confirmed.mission.version);
  expect(validated.errors).toEqual([]);
  await t.app.mail.deliverDue();
  return validated.mission;
}
