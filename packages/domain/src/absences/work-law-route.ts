/**
 * §4.3: "Pour les alternant(e)s sous contrat (i.e. hors stagiaires), la justification des
 * absences en formation est soumise au code du travail (pour les stagiaires alternant(e)s, elle
 * se fait classiquement sur justificatif médical ou équivalent pertinent)". Under an
 * apprenticeship or professionalisation contract, a medical absence is justified by the host's
 * work stoppage only (§4.3.1); an internship (CSTAGEALT) — or an absence with no mission — is
 * justified by a medical certificate, submitted to the manager like any other reason (§4.3.3).
 */
export function underWorkLaw(contractType: string | null | undefined): boolean {
  return contractType === 'CAPP' || contractType === 'CPRO';
}
