import { describe, expect, it } from 'vitest';
import { offerDiffusion, offerDigestDue, stillLooking } from './offer-diffusion.js';

const today = '2026-05-12';
const published = { state: 'PUBLISHED' as const, cohort: 'M2-2026' };
const looking = { cohort: 'M2-2026', frequency: 'DAILY' as const };

describe('offerDiffusion (§3.2: the MIAGE diffuses offers to the students still looking)', () => {
  it('sends a published offer of their cohort to a student without a validated mission', () => {
    expect(offerDiffusion({ offer: published, student: looking, missions: [], today })).toEqual({ send: true });
  });

  it('sends an offer for every cohort (no cohort) to any cohort; not one of another cohort', () => {
    expect(offerDiffusion({ offer: { ...published, cohort: null }, student: { ...looking, cohort: 'L3I-2025' }, missions: [], today })).toEqual({ send: true });
    expect(offerDiffusion({ offer: published, student: { ...looking, cohort: 'L3I-2025' }, missions: [], today })).toEqual({ send: false, reason: 'OTHER_COHORT' });
  });

  it('sends nothing of a closed offer', () => {
    expect(offerDiffusion({ offer: { ...published, state: 'CLOSED' }, student: looking, missions: [], today })).toEqual({ send: false, reason: 'OFFER_CLOSED' });
  });

  it('sends nothing to a student who found their alternance (a validated mission of their cohort)', () => {
    const validated = { state: 'VALIDATED', cohort: 'M2-2026', brokenOn: null };
    expect(offerDiffusion({ offer: published, student: looking, missions: [validated], today })).toEqual({ send: false, reason: 'ALTERNANCE_FOUND' });
  });

  it('still sends while the fiche only awaits validation, or the validated mission is of a past cohort', () => {
    expect(offerDiffusion({ offer: published, student: looking, missions: [{ state: 'SUBMITTED', cohort: 'M2-2026', brokenOn: null }], today })).toEqual({ send: true });
    expect(offerDiffusion({ offer: published, student: looking, missions: [{ state: 'VALIDATED', cohort: 'MASTER-2024', brokenOn: null }], today })).toEqual({ send: true });
  });

  it('a rupture ends the contract: looking again from the day after its last day (§5), not on it', () => {
    expect(stillLooking('M2-2026', [{ state: 'VALIDATED', cohort: 'M2-2026', brokenOn: today }], today)).toBe(false);
    expect(stillLooking('M2-2026', [{ state: 'VALIDATED', cohort: 'M2-2026', brokenOn: '2026-05-11' }], today)).toBe(true);
  });

  it('sends nothing to a student who asked for no mail', () => {
    expect(offerDiffusion({ offer: published, student: { ...looking, frequency: 'NONE' }, missions: [], today })).toEqual({ send: false, reason: 'NO_MAIL' });
  });
});

describe('offerDigestDue', () => {
  it('a daily digest once a day, the day after the last one, with something new', () => {
    expect(offerDigestDue('DAILY', null, today, 1)).toBe(true);
    expect(offerDigestDue('DAILY', '2026-05-11', today, 1)).toBe(true);
    expect(offerDigestDue('DAILY', today, today, 3)).toBe(false);
    expect(offerDigestDue('DAILY', '2026-05-11', today, 0)).toBe(false);
  });

  it('each offer at once for IMMEDIATE, never for NONE', () => {
    expect(offerDigestDue('IMMEDIATE', today, today, 1)).toBe(true);
    expect(offerDigestDue('IMMEDIATE', today, today, 0)).toBe(false);
    expect(offerDigestDue('NONE', null, today, 5)).toBe(false);
  });
});
