/**
 * French names of input fields, for error messages read by people (issue 9 §4: never a raw
 * field path such as `tutor1.email`). The path itself stays in the error's `field`, which
 * is what clients use to place the message under the right input.
 */
const LEAF: Record<string, string> = {
  birthDate: 'date de naissance',
  from: 'date de début',
  to: 'date de fin',
  startDate: 'DDC (date de début du contrat)',
  endDate: 'DFC (date de fin du contrat)',
  requestDate: 'date de demande',
  email: 'adresse e-mail',
  hoursPerDay: 'heures par jour',
  monthlyGrossPay: 'salaire brut mensuel',
  previousRatePercent: 'taux du contrat précédent',
  higherEducationDiploma: 'diplôme de l’enseignement supérieur déjà obtenu',
  disabilityExtraYear: 'année supplémentaire pour handicap',
  smcMonthly: 'SMC mensuel',
  cohort: 'formation',
  contractType: 'type de contrat',
  status: 'statut (FI/FC)',
  siret: 'SIRET',
  comment: 'commentaire',
  company: 'entreprise',
  context: 'contexte',
  cproReason: 'motif du contrat de professionnalisation',
  deliverables: 'livrables',
  description: 'description',
  firstName: 'prénom',
  lastName: 'nom',
  group: 'groupe',
  nationality: 'nationalité',
  objectives: 'objectifs',
  offerReference: 'référence de l’offre',
  phone: 'téléphone',
  reason: 'motif',
  receivedOn: 'date de réception',
  teacherEmails: 'adresse de l’enseignant(e)',
  reference: 'référence',
  site: 'site',
  title: 'intitulé',
  address: 'adresse',
  name: 'raison sociale',
  opco: 'OPCO',
  jobTitle: 'fonction',
  organisation: 'OPA (organisme d’accueil)',
  workOrganisation: 'lieu de travail',
  tutor1: 'tuteur en entreprise',
  tutor2: 'second tuteur',
  hrContact: 'contact RH',
  // Issue 13: lifecycle.
  difficulty: 'difficulté rencontrée',
  actions: 'actions menées',
  outcome: 'issue',
  heldOn: 'date de la médiation',
  lastDay: 'dernier jour du contrat (inclus)',
  newEndDate: 'nouvelle date de fin',
  signedOn: 'date de signature de l’avenant',
  programme: 'année redoublée',
};

const PARENT: Record<string, string> = {
  organisation: 'OPA',
  workOrganisation: 'lieu de travail',
  tutor1: 'tuteur en entreprise',
  tutor2: 'second tuteur',
  hrContact: 'contact RH',
};

/** `tutor1.email` → « adresse e-mail (tuteur en entreprise) »; unknown names are left as they are. */
export function fieldLabel(path: string): string {
  const parts = path.replace(/^input\./, '').split('.').filter((p) => !/^\d+$/.test(p));
  const leaf = parts.at(-1) ?? path;
  const parent = parts.length > 1 ? PARENT[parts.at(-2)!] : undefined;
  const label = LEAF[leaf] ?? leaf;
  return parent ? `${label} (${parent})` : label;
}
