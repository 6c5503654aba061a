import type { Lang } from './lang.js';

const USAGE = {
  fr: `Usage : alternance check <fichier.csv|fichier.xlsx> [--format table|json] [--lang fr|en]

Contrôle chaque ligne d'un tableau d'alternants (une ligne d'en-tête : Nom, Prénom,
Date de naissance, Formation, Groupe, Statut, Contrat, DDC, DFC…) avec les règles de
l'alternance de la MIAGE d'Aix-Marseille, et affiche anomalies, heures, coût et
salaire minimum.

Options :
  -f, --format table|json  présentation des résultats (défaut : table)
  -l, --lang fr|en         langue des messages (défaut : fr)
  -h, --help               affiche cette aide

Code de sortie : 0 aucune erreur, 1 au moins une ligne en erreur, 2 problème d'utilisation ou de fichier.
`,
  en: `Usage: alternance check <file.csv|file.xlsx> [--format table|json] [--lang fr|en]

Checks every row of a roster of work-study students (one header row: Last name,
First name, Birth date, Cohort, Group, Status, Contract, Start date, End date…)
against the rules of the MIAGE d'Aix-Marseille alternance programme, and prints
findings, hours, cost and minimum pay.

Options:
  -f, --format table|json  output format (default: table)
  -l, --lang fr|en         message language (default: fr)
  -h, --help               show this help

Exit code: 0 no error, 1 at least one row in error, 2 usage or file problem.
`,
};

export function usage(lang: Lang): string {
  return USAGE[lang];
}
