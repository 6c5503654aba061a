import { describe, expect, it } from 'vitest';
import { statusContractOfCell } from './status-contract-cell.js';

describe('statusContractOfCell (§2.1, Tableaux 2–3)', () => {
  it('reads the sigles of Tableau 3 however they are separated, valid or not (the rules judge the pair)', () => {
    expect(statusContractOfCell('FI-CAPP')).toEqual({ status: 'FI', contractType: 'CAPP' });
    expect(statusContractOfCell('fc cpro')).toEqual({ status: 'FC', contractType: 'CPRO' });
    expect(statusContractOfCell('FI_CSTAGEALT')).toEqual({ status: 'FI', contractType: 'CSTAGEALT' });
    expect(statusContractOfCell('FC-SANS')).toEqual({ status: 'FC', contractType: 'SANS' });
    expect(statusContractOfCell('FI-CPRO')).toEqual({ status: 'FI', contractType: 'CPRO' });
  });

  it('reads statuses and contracts in the words of Tableaux 2–3', () => {
    expect(statusContractOfCell('Formation initiale')).toEqual({ status: 'FI', contractType: null });
    expect(statusContractOfCell('Formation continue (FC)')).toEqual({ status: 'FC', contractType: null });
    expect(statusContractOfCell('Contrat d’apprentissage')).toEqual({ status: null, contractType: 'CAPP' });
    expect(statusContractOfCell('Contrat de professionnalisation')).toEqual({ status: null, contractType: 'CPRO' });
    expect(statusContractOfCell('Convention de stage en alternance')).toEqual({ status: null, contractType: 'CSTAGEALT' });
    expect(statusContractOfCell('Convention de stage « classique »')).toEqual({ status: null, contractType: 'CSTAGE' });
    expect(statusContractOfCell('Sans contrat ni convention')).toEqual({ status: null, contractType: 'SANS' });
  });

  it('says nothing of other texts', () => {
    for (const text of ['', 'CDI', 'FI-CDD', 'Formation', 'alternance', 'FIX CAPP']) expect(statusContractOfCell(text)).toBeNull();
  });
});
