import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n/i18n';
import { auditActionLabel, auditFieldsLabel } from './audit-labels';

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
