import type { EntityManager } from '@mikro-orm/core';
import { ALTERNANCE_CONTRACT_TYPES, DEFAULT_LIVRET_GRID, type LivretDocumentCode, type LivretAuthor, type ReferenceData } from '@alternance/domain';
import { User } from '../modules/auth/auth.entities.js';
import { hashPassword } from '../modules/auth/secrets.js';
import { currentGrid } from '../modules/livret/livret-grid.service.js';
import { academicYearOf } from '../modules/livret/livret-settings.js';
import { Livret, LivretSheet } from '../modules/livret/livret.entities.js';
import { Mission } from '../modules/missions/mission.entities.js';
import { DEMO_PASSWORD } from './demo-accounts.js';

/** The demo alternant who signs in to fill their livret (README, demo section). */
export const DEMO_LIVRET_STUDENT = 'alternant.livret@demo.alternance.test';

const levels = DEFAULT_LIVRET_GRID.scale.map((l) => l.code);
const criteria = DEFAULT_LIVRET_GRID.competences.flatMap((c) => c.criteria.map((k) => k.code));

/**
 * Livrets (§4.7) for the validated alternants, at various completion levels so that the
 * progress screens show a living year: nothing yet, objectives only, period 1 complete,
 * period 1 complete and period 2 started. One M2-2025 alternant gets an account, livret still empty.
 */
export async function seedDemoLivrets(em: EntityManager, data: ReferenceData): Promise<number> {
  const missions = await em.find(Mission, { state: 'VALIDATED', tutor1: { $ne: null } }, { populate: ['student', 'tutor1', 'tutor2'], orderBy: { student: { lastName: 'asc' } } });
  const grid = await currentGrid(em);
  const submittedAt = new Date('2026-02-16T09:00:00Z');
  // The demo alternant with an account: the first one of M2-2025, whose year (2025-2026) is the demo's running year.
  const withAccount = missions.find((m) => m.student.cohort === 'M2-2025' && !m.student.user) ?? null;
  let count = 0;
  let created = 0;
  for (const mission of missions) {
    const year = data.cohorts.find((c) => c.code === mission.student.cohort)?.years[0];
    if (!year) continue;
    // §4.7: the alternants' livrets only, as openLivrets opens them — none for a classic internship (nor without
    // a contract). Still counted, so that the alternants' completion levels stay those the demo has always shown.
    if (!(ALTERNANCE_CONTRACT_TYPES as readonly string[]).includes(mission.contractType)) {
      count += 1;
      continue;
    }
    const livret = Object.assign(new Livret(), { student: mission.student, cohort: mission.student.cohort, academicYear: academicYearOf(year.ddf), trainingStart: year.ddf, companyTutor: mission.tutor1, companyTutor2: mission.tutor2 && mission.tutor2.id !== mission.tutor1?.id ? mission.tutor2 : null });
    livret.general = count % 2 ? { jobTitle: 'Développeur(se) en alternance', missionSummary: mission.title, professionalProject: 'Poursuivre dans la conduite de projets SI.' } : { jobTitle: null, missionSummary: null, professionalProject: null };
    em.persist(livret);
    const sheet = (period: 1 | 2, code: LivretDocumentCode, author: LivretAuthor, submitted: boolean) => {
      const isGrid = code === 'TUTOR_EVALUATION' || code === 'SELF_EVALUATION';
      em.persist(
        Object.assign(new LivretSheet(), {
          livret,
          period,
          code,
          author,
          text: isGrid ? null : 'Prendre en main l’existant, livrer un premier module en production, documenter.',
          answers: isGrid ? criteria.map((criterion, i) => ({ criterion, level: levels[(i + count) % levels.length]!, comment: null })) : [],
          grid: isGrid ? grid : null,
          submittedAt: submitted ? submittedAt : null,
          submittedBy: submitted ? (author === 'ALTERNANT' ? `${mission.student.firstName} ${mission.student.lastName}` : `${mission.tutor1!.firstName} ${mission.tutor1!.lastName}`) : null,
        }),
      );
    };
    const level = mission === withAccount ? 0 : count % 4;
    if (level >= 1) sheet(1, 'OBJECTIVES', 'COMPANY_TUTOR', true);
    if (level >= 2) {
      sheet(1, 'TUTOR_EVALUATION', 'COMPANY_TUTOR', true);
      sheet(1, 'SELF_EVALUATION', 'ALTERNANT', true);
      sheet(1, 'COMMENTS', 'ALTERNANT', true);
    }
    if (level === 3) sheet(2, 'OBJECTIVES', 'COMPANY_TUTOR', false);
    if (mission === withAccount) {
      mission.student.user = Object.assign(new User(), { email: DEMO_LIVRET_STUDENT, displayName: `${mission.student.firstName} ${mission.student.lastName}`, role: 'STUDENT' as const, passwordHash: await hashPassword(DEMO_PASSWORD) });
      em.persist(mission.student.user);
    }
    count += 1;
    created += 1;
  }
  await em.flush();
  return created;
}
