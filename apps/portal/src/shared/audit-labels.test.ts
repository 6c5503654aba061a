import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n/i18n';
// The API's one list of the actions it writes (`audit()` takes only these): a plain module, no server code.
import { AUDIT_ACTIONS } from '../../../api/src/modules/audit/audit-actions';
import { auditActionLabel, auditFieldsLabel, auditObjectLabel } from './audit-labels';

describe('auditFieldsLabel', () => {
  it('names in words every field a student’s draft or the office’s return writes to the journal — no monthlyGrossPayCents', () => {
    const { t, te } = createAppI18n('fr').global;
    const fields = ['group', 'contractType', 'startDate', 'monthlyGrossPayCents', 'smcMonthlyCents', 'state', 'returnComment', 'workOrganisation', 'derogationReason'];
    const label = auditFieldsLabel(fields, t as never, te as never);
    expect(label).toBe('Groupe, Contrat, DDC (date de début du contrat), Salaire brut mensuel (€), SMC mensuel (€), État, Commentaire du renvoi, Organisme où travaille l’alternant(e), Motif de la dérogation');
    const en = createAppI18n('en').global;
    expect(auditFieldsLabel(['monthlyGrossPayCents', 'rejectionReason'], en.t as never, en.te as never)).toBe('Monthly gross pay (€), Reason for rejection');
  });

  it('keeps a field no form names as it is rather than hide it', () => {
    const { t, te } = createAppI18n('fr').global;
    expect(auditFieldsLabel(['somethingNew', 'xCents'], t as never, te as never)).toBe('somethingNew, xCents');
  });
});

describe('auditActionLabel', () => {
  it('names in words what the office does around a validation (§3.3.3, §3.4) — the mission history said « Action « resend link » »', () => {
    const { t, te } = createAppI18n('fr').global;
    const actions = ['RESEND_LINK', 'APPROVE_STAGEALT', 'WITHDRAW_STAGEALT', 'RECORD_APT', 'WITHDRAW_APT', 'RECORD_TRAINING_AGREEMENT', 'WITHDRAW_TRAINING_AGREEMENT', 'CHANGE_TUTOR', 'ASSIGN_ACADEMIC_TUTOR', 'UNASSIGN_ACADEMIC_TUTOR'];
    for (const action of actions) expect(auditActionLabel(action, t as never, te as never), action).not.toMatch(/^Action « /);
    expect(auditActionLabel('RESEND_LINK', t as never, te as never)).toBe('Lien personnel renvoyé');
    const en = createAppI18n('en').global;
    expect(auditActionLabel('RECORD_APT', en.t as never, en.te as never)).toBe('Work permit (APT) recorded');
    // An action no one named yet is still shown, in words of its code.
    expect(auditActionLabel('SOMETHING_NEW', t as never, te as never)).toBe('Action « something new »');
  });
});

// Every action the API writes (apps/api/src/modules/audit/audit-actions.ts) has words in the manager's journal.
describe('every audit action the API writes has a wording', () => {
  const actions: readonly string[] = AUDIT_ACTIONS;

  it('reads the API’s list (not an empty one)', () => {
    expect(actions.length).toBeGreaterThan(90);
    expect(actions).toContain('VALIDATE');
    expect(new Set(actions).size).toBe(actions.length);
  });

  it.each(['fr', 'en'] as const)('in %s: none falls back to its code', (lang) => {
    const { t, te } = createAppI18n(lang).global;
    const codes = actions.filter((action) => /^Action [«“]/.test(auditActionLabel(action, t as never, te as never)));
    expect(codes).toEqual([]);
  });

  it('words a code by its object where the same code says another thing', () => {
    const { t, te } = createAppI18n('fr').global;
    expect(auditActionLabel('PUBLISH', t as never, te as never, 'Offer')).toBe('Offre publiée');
    expect(auditActionLabel('PUBLISH', t as never, te as never, 'AlternanceCalendar')).toBe('Calendrier publié');
    expect(auditActionLabel('DONE', t as never, te as never, 'RuptureStep')).toBe('Étape de rupture cochée');
    expect(auditActionLabel('CANCEL', t as never, te as never, 'Visit')).toBe('Visite annulée');
    expect(auditActionLabel('UPSERT', t as never, te as never, 'Contract')).toBe('Contrat mis à jour par un partenaire (CFA, SFCA)');
    const en = createAppI18n('en').global;
    expect(auditActionLabel('START', en.t as never, en.te as never, 'Rupture')).toBe('Termination started');
  });
});

describe('auditObjectLabel', () => {
  const id = 'f042377c-0000-4000-8000-000000000000';
  it('names the object by its name, FR/EN — not « Organisme d’accueil f042377c »', () => {
    const fr = createAppI18n('fr').global;
    const en = createAppI18n('en').global;
    const org = { entityType: 'Organisation', entityId: id, entityName: 'Acme Informatique', entityGone: false };
    expect(auditObjectLabel(org, fr.t as never, fr.te as never)).toBe('Organisme d’accueil — Acme Informatique');
    expect(auditObjectLabel(org, en.t as never, en.te as never)).toMatch(/ — Acme Informatique$/);
    const calendar = { entityType: 'AlternanceCalendar', entityId: id, entityName: 'M2 MIAGE', entityGone: false };
    expect(auditObjectLabel(calendar, fr.t as never, fr.te as never)).toBe('Calendrier de M2 MIAGE');
    expect(auditObjectLabel(calendar, en.t as never, en.te as never)).toBe('Calendar of M2 MIAGE');
  });
  it('says an object deleted since is gone, with its type and short id; keeps type and short id for a type without a name', () => {
    const fr = createAppI18n('fr').global;
    const en = createAppI18n('en').global;
    const gone = { entityType: 'Organisation', entityId: id, entityName: null, entityGone: true };
    expect(auditObjectLabel(gone, fr.t as never, fr.te as never)).toBe('Organisme d’accueil f042377c (supprimé)');
    expect(auditObjectLabel(gone, en.t as never, en.te as never)).toMatch(/ f042377c \(deleted\)$/);
    expect(auditObjectLabel({ entityType: 'YearClosure', entityId: id, entityName: null, entityGone: false }, fr.t as never, fr.te as never)).toMatch(/ f042377c$/);
  });
});
