import type { DirectoryEntry } from './contact-directory.js';

/**
 * The guide's list of the main contacts (§6.2): the services' own addresses, as printed
 * (Tableau 10, §6.2.2–6.2.4). People are not named here — the manager writes the people in
 * charge in Données de référence (and the demo names fictitious ones): a named person changes
 * with the year, a service's mailbox does not. "DIRECCTE" is now the DDETS; its address is
 * the guide's until the manager changes it.
 */
export const defaultContactDirectory: DirectoryEntry[] = [
  { role: 'MANAGER', name: 'Responsable de l’alternance de la MIAGE', email: null, phone: null, website: null, site: null },
  // Tableau 10: « Aix-en-Provence (pour les L3I et les M1 AIX) », « Marseille (pour les M1 MRS et les M2) ».
  { role: 'SECRETARIAT', name: 'Secrétariat pédagogique — Aix-en-Provence (L3I, M1 Aix)', email: 'feg-miage-aix@univ-amu.fr', phone: null, website: null, site: 'FORBIN' },
  { role: 'SECRETARIAT', name: 'Secrétariat pédagogique — Marseille (M1 Marseille, M2)', email: 'feg-miage-marseille@univ-amu.fr', phone: null, website: null, site: 'ILOT-DU-BOIS' },
  { role: 'INTERNSHIP_SECRETARIAT', name: 'Secrétariat stages (L3I, M1, M2)', email: 'feg-miage-aix@univ-amu.fr', phone: null, website: null, site: null },
  { role: 'DIRECTION', name: 'Direction de la MIAGE', email: null, phone: null, website: null, site: null },
  // §6.2.2
  { role: 'SFCA', name: 'SFCA de la FEG (formation continue et contrats de professionnalisation)', email: 'feg-fc@univ-amu.fr', phone: '04 91 14 08 70', website: null, site: null },
  // §6.2.3
  { role: 'CFA', name: 'CFA FORMASUP Méditerranée (contrats d’apprentissage)', email: null, phone: '04 91 14 04 50', website: 'http://www.cfa-epure.com/', site: null },
  // §6.2.4
  {
    role: 'DDETS',
    name: 'Unité territoriale des Bouches-du-Rhône de la DIRECCTE (aujourd’hui DDETS)',
    email: 'direccte-paca-ut13.direction@direccte.gouv.fr',
    phone: '04 91 57 96 00',
    website: 'http://www.paca.direccte.gouv.fr/-bouches-du-rhone-.html',
    site: null,
  },
];
