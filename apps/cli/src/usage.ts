import type { Lang } from './lang.js';

const USAGE = {
  fr: `Usage : alternance check <fichier.csv|fichier.xlsx> [--format table|json] [--lang fr|en]
         [--reference-data fichier.json | --api URL --token JETON]

Contrôle chaque ligne d'un tableau d'alternants (une ligne d'en-tête : Nom, Prénom,
Date de naissance, Formation, Groupe, Statut, Contrat, DDC, DFC…) avec les règles de
l'alternance de la MIAGE d'Aix-Marseille, et affiche anomalies, heures, coût et
salaire minimum.

Options :
  -f, --format table|json  présentation des résultats (défaut : table)
  -l, --lang fr|en         langue des messages (défaut : fr)
  --reference-data f.json  données de référence du programme (JSON d'une ReferenceData)
  --api URL --token JETON  lit les données de référence du programme sur l'API
                           (jeton de portée reference:read ; ou ALTERNANCE_API_TOKEN)
  -h, --help               affiche cette aide

Sans --reference-data ni --api, les données intégrées (guide 2025) s'appliquent.

Code de sortie : 0 aucune erreur, 1 au moins une ligne en erreur, 2 problème d'utilisation ou de fichier.
`,
  en: `Usage: alternance check <file.csv|file.xlsx> [--format table|json] [--lang fr|en]
       [--reference-data file.json | --api URL --token TOKEN]

Checks every row of a roster of work-study students (one header row: Last name,
First name, Birth date, Cohort, Group, Status, Contract, Start date, End date…)
against the rules of the MIAGE d'Aix-Marseille alternance programme, and prints
findings, hours, cost and minimum pay.

Options:
  -f, --format table|json  output format (default: table)
  -l, --lang fr|en         message language (default: fr)
  --reference-data f.json  the programme's reference data (JSON of a ReferenceData)
  --api URL --token TOKEN  reads the programme's reference data from the API
                           (token with scope reference:read; or ALTERNANCE_API_TOKEN)
  -h, --help               show this help

Without --reference-data or --api, the built-in data (2025 guide) applies.

Exit code: 0 no error, 1 at least one row in error, 2 usage or file problem.
`,
};

export function usage(lang: Lang): string {
  return USAGE[lang];
}
