import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n/i18n';
import { auditFieldsLabel } from './audit-labels';

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
