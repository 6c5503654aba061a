import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '../gql/graphql';
import { LINK_ROLES, OFFICE_ROLES, STUDENT_RECORD_ROLES } from '../session/roles';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (sign-in, personal links). */
    public?: boolean;
    /** Roles allowed; absent: any signed-in user. */
    roles?: readonly Role[];
    /** i18n key of the page title. */
    title?: string;
  }
}

const SIGNED_IN: readonly Role[] = ['MANAGER', 'SECRETARIAT', 'DIRECTION', 'ACADEMIC_TUTOR', 'STUDENT'];

// Every screen but sign-in is its own chunk: the sign-in route stays small (bench: ≤ 250 KB gzipped).
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('../shell/home-redirect.vue') },
  { path: '/connexion', name: 'sign-in', component: () => import('../sign-in/sign-in-page.vue'), meta: { public: true, title: 'signIn.title' } },
  { path: '/lien/:token', name: 'personal-link', component: () => import('../personal-link/personal-link-page.vue'), meta: { public: true, title: 'nav.missions' } },
  { path: '/lien', name: 'personal-link-session', component: () => import('../personal-link/personal-link-page.vue'), meta: { roles: LINK_ROLES } },
  { path: '/tableau-de-bord', name: 'dashboard', component: () => import('../dashboard/dashboard-page.vue'), meta: { roles: OFFICE_ROLES, title: 'nav.dashboard' } },
  { path: '/missions', name: 'missions', component: () => import('../missions/missions-page.vue'), meta: { roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'], title: 'nav.missions' } },
  { path: '/missions/:id', name: 'mission', component: () => import('../missions/mission-page.vue'), props: true, meta: { roles: SIGNED_IN, title: 'nav.missions' } },
  { path: '/ma-fiche', name: 'my-fiche', component: () => import('../fiche/my-fiche-page.vue'), meta: { roles: ['STUDENT'], title: 'nav.myFiche' } },
  { path: '/contrats', name: 'contracts', component: () => import('../contracts/contracts-page.vue'), meta: { roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'], title: 'nav.contracts' } },
  { path: '/mon-contrat', name: 'my-contract', component: () => import('../contracts/my-contract-page.vue'), meta: { roles: ['STUDENT'], title: 'nav.myContract' } },
  { path: '/etudiants', name: 'students', component: () => import('../students/students-page.vue'), meta: { roles: STUDENT_RECORD_ROLES, title: 'nav.students' } },
  { path: '/etudiants/:id', name: 'student', component: () => import('../students/student-page.vue'), props: true, meta: { roles: STUDENT_RECORD_ROLES, title: 'nav.students' } },
  { path: '/contrats/:id', name: 'contract', component: () => import('../contracts/contract-page.vue'), props: true, meta: { roles: SIGNED_IN, title: 'nav.contracts' } },
  { path: '/offres/alertes/:token', name: 'offer-alerts-link', component: () => import('../offers/offer-alerts-link-page.vue'), meta: { public: true, title: 'offers.alerts.linkTitle' } },
  { path: '/offres', name: 'offers', component: () => import('../offers/offers-page.vue'), meta: { roles: [...OFFICE_ROLES, 'STUDENT', 'ACADEMIC_TUTOR'], title: 'nav.offers' } },
  { path: '/propositions', name: 'proposals', component: () => import('../change-proposals/change-proposals-page.vue'), meta: { roles: OFFICE_ROLES, title: 'nav.proposals' } },
  { path: '/referentiel', name: 'reference', component: () => import('../reference-data/reference-data-page.vue'), meta: { roles: OFFICE_ROLES, title: 'nav.reference' } },
  { path: '/contacts', name: 'contacts', component: () => import('../contacts/contacts-page.vue'), meta: { title: 'nav.contacts' } },
  { path: '/webhooks', name: 'webhooks', component: () => import('../office/webhooks-page.vue'), meta: { roles: ['MANAGER'], title: 'integration.webhooksNav' } },
  { path: '/jetons', name: 'api-tokens', component: () => import('../office/api-tokens-page.vue'), meta: { roles: ['SECRETARIAT', 'MANAGER'], title: 'nav.tokens' } },
  { path: '/journal', name: 'audit-log', component: () => import('../office/audit-log-page.vue'), meta: { roles: OFFICE_ROLES, title: 'nav.auditLog' } },
  { path: '/donnees-personnelles', name: 'personal-data', component: () => import('../office/personal-data-page.vue'), meta: { roles: ['MANAGER'], title: 'nav.personalData' } },
  { path: '/import-export', name: 'roster', component: () => import('../roster/roster-page.vue'), meta: { roles: OFFICE_ROLES, title: 'nav.roster' } },
  // Livret d'alternance (issue 12 §3).
  { path: '/livrets', name: 'livret-progress', component: () => import('../livret/livret-progress-page.vue'), meta: { roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'], title: 'livret.nav.progress' } },
  { path: '/livrets/grille', name: 'livret-grid', component: () => import('../livret/livret-grid-page.vue'), meta: { roles: ['MANAGER'], title: 'livret.grid.title' } },
  { path: '/livrets/:id', name: 'livret', component: () => import('../livret/livret-page.vue'), props: true, meta: { roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'], title: 'livret.title' } },
  { path: '/mon-livret', name: 'my-livret', component: () => import('../livret/livret-page.vue'), meta: { roles: ['STUDENT'], title: 'livret.nav.mine' } },
  { path: '/lien/livret', name: 'link-livret', component: () => import('../livret/livret-page.vue'), meta: { roles: ['COMPANY_TUTOR'], title: 'livret.title' } },
  // Issue 11: alternance calendars (the office reads, the manager edits and publishes); each alternant's own.
  { path: '/calendriers/:code?', name: 'calendars', component: () => import('../calendars/calendars-page.vue'), meta: { roles: OFFICE_ROLES, title: 'calendars.nav' } },
  { path: '/mon-calendrier', name: 'my-calendar', component: () => import('../calendars/my-calendar-page.vue'), meta: { roles: ['STUDENT'], title: 'calendars.myNav' } },
  // Issue 12: academic tutors and company visits (§4.6).
  { path: '/tutorat', name: 'tutor-assignments', component: () => import('../tutoring/assignments-page.vue'), meta: { roles: ['MANAGER', 'SECRETARIAT'], title: 'followUp.nav.assignments' } },
  { path: '/mes-alternants', name: 'my-alternants', component: () => import('../tutoring/my-alternants-page.vue'), meta: { roles: ['ACADEMIC_TUTOR', 'MANAGER'], title: 'followUp.nav.myAlternants' } },
  { path: '/visites', name: 'visits', component: () => import('../visits/visits-overview-page.vue'), meta: { roles: OFFICE_ROLES, title: 'followUp.nav.visits' } },
  { path: '/visites/planifier/:studentId', name: 'plan-visit', component: () => import('../visits/plan-visit-page.vue'), props: true, meta: { roles: ['ACADEMIC_TUTOR', 'MANAGER'], title: 'followUp.nav.visits' } },
  { path: '/visites/:id', name: 'visit', component: () => import('../visits/visit-page.vue'), props: true, meta: { roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR', 'STUDENT'], title: 'followUp.nav.visits' } },
  { path: '/mes-visites', name: 'my-visits', component: () => import('../visits/my-visits-page.vue'), meta: { roles: ['STUDENT'], title: 'followUp.nav.myVisits' } },
  // Absences (issue 11 §3, guide §4.3)
  { path: '/absences', name: 'absences', component: () => import('../absences/absences-page.vue'), meta: { roles: [...OFFICE_ROLES, 'ACADEMIC_TUTOR'], title: 'absences.nav.list' } },
  { path: '/absences/saisie', name: 'absence-day-sheet', component: () => import('../absences/day-sheet-page.vue'), meta: { roles: ['SECRETARIAT', 'MANAGER'], title: 'absences.daySheet.title' } },
  { path: '/absences/import', name: 'absence-import', component: () => import('../absences/absence-import-page.vue'), meta: { roles: ['SECRETARIAT', 'MANAGER'], title: 'absences.import.title' } },
  { path: '/absences/decisions', name: 'absence-decisions', component: () => import('../absences/absences-page.vue'), props: { decisions: true }, meta: { roles: ['MANAGER'], title: 'absences.nav.decisions' } },
  { path: '/absences/demandes', name: 'professional-absences', component: () => import('../absences/professional-requests-page.vue'), meta: { roles: OFFICE_ROLES, title: 'absences.nav.professional' } },
  { path: '/mes-absences', name: 'my-absences', component: () => import('../absences/my-absences-page.vue'), meta: { roles: ['STUDENT'], title: 'absences.nav.mine' } },
  { path: '/fin-d-annee', name: 'year-change', component: () => import('../lifecycle/year-change-page.vue'), meta: { roles: ['MANAGER'], title: 'lifecycle.nav' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../shell/not-found-page.vue'), meta: { public: true } },
];
