import type { Role } from '../modules/auth/auth.entities.js';

/** The demo password of every demo account (README lists them); never seeded in production. */
export const DEMO_PASSWORD = 'Alternance-Demo-2026';

export const DEMO_USERS: { email: string; displayName: string; role: Role }[] = [
  { email: 'responsable@demo.alternance.test', displayName: 'Claire Responsable', role: 'MANAGER' },
  { email: 'secretariat@demo.alternance.test', displayName: 'Sophie Secrétariat', role: 'SECRETARIAT' },
  { email: 'direction@demo.alternance.test', displayName: 'Marc Direction', role: 'DIRECTION' },
  { email: 'tuteur.academique@demo.alternance.test', displayName: 'Paul Enseignant', role: 'ACADEMIC_TUTOR' },
  { email: 'tutrice.academique@demo.alternance.test', displayName: 'Nadia Enseignante', role: 'ACADEMIC_TUTOR' },
];

/** Students 1–5 of the demo have an account: etudiant1@… to etudiant5@…. */
export const DEMO_STUDENT_ACCOUNTS = 5;
export const demoStudentEmail = (n: number): string => `etudiant${n}@demo.alternance.test`;
