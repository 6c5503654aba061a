import type { EntityManager } from '@mikro-orm/core';
import { InputError, livretDates, livretDueDate, livretRequirements, livretSheetState, type LivretAuthor, type LivretDatedPeriod, type LivretDocumentCode, type ReferenceData } from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { authorOf } from './livret-access.js';
import { gridView } from './livret-grid.service.js';
import { livretSettingsFor, type LivretSettingsView } from './livret-settings.js';
import { livretVisitDates } from './livret-visit-dates.js';
import { LivretSheet, type Livret, type LivretGrid } from './livret.entities.js';

/** The sheets of every period, in the guide's order: comments once per author. */
export const SHEET_SLOTS: readonly { code: LivretDocumentCode; author: LivretAuthor }[] = [
  { code: 'OBJECTIVES', author: 'COMPANY_TUTOR' },
  { code: 'COMMENTS', author: 'COMPANY_TUTOR' },
  { code: 'COMMENTS', author: 'ALTERNANT' },
  { code: 'TUTOR_EVALUATION', author: 'COMPANY_TUTOR' },
  { code: 'SELF_EVALUATION', author: 'ALTERNANT' },
];

const COMMENT_BY = { COMPANY_TUTOR: { fr: ' — tuteur professionnel', en: ' — company tutor' }, ALTERNANT: { fr: ' — alternant(e)', en: ' — alternant' } };

/** The alternant's periods from the settings, their visits and the manager's overrides; visits that break the order are set aside. */
export async function periodsOf(em: EntityManager, livret: Livret, settings: LivretSettingsView): Promise<LivretDatedPeriod[]> {
  const visits = await livretVisitDates(em, livret.student.id, livret.academicYear);
  const input = {
    trainingStart: livret.trainingStart,
    soutenance: settings.soutenance,
    common: { firstVisit: settings.firstVisit, secondVisit: settings.secondVisit },
    commonDates: settings.commonDates,
    visits,
    overrides: { firstVisit: livret.firstVisitOverride, secondVisit: livret.secondVisitOverride, soutenance: livret.soutenanceOverride },
  };
  try {
    return livretDates(input);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return livretDates({ ...input, visits: { first: null, second: null } });
  }
}

export interface LivretContext {
  settings: LivretSettingsView;
  periods: LivretDatedPeriod[];
  sheets: LivretSheet[];
}

/** `known`: settings already read for this cohort and year (a sweep over many livrets reads them once). */
export async function livretContext(em: EntityManager, data: ReferenceData, livret: Livret, known?: LivretSettingsView | null): Promise<LivretContext> {
  const settings = known ?? (await livretSettingsFor(em, data, livret.cohort, livret.academicYear));
  if (!settings) throw new Error(`no training year ${livret.academicYear} in cohort ${livret.cohort}`);
  const periods = await periodsOf(em, livret, settings);
  const sheets = await em.find(LivretSheet, { livret: livret.id }, { populate: ['grid'] });
  return { settings, periods, sheets };
}

/** A livret as the GraphQL type shows it to this viewer. */
export async function livretView(em: EntityManager, data: ReferenceData, livret: Livret, actor: Actor | null, today: string, current: LivretGrid) {
  const { settings, periods, sheets } = await livretContext(em, data, livret);
  const viewer = authorOf(actor, livret);
  return {
    id: livret.id,
    version: livret.version,
    student: { id: livret.student.id, firstName: livret.student.firstName, lastName: livret.student.lastName },
    cohort: livret.cohort,
    academicYear: livret.academicYear,
    companyTutorName: livret.companyTutor ? `${livret.companyTutor.firstName} ${livret.companyTutor.lastName}` : null,
    companyTutor2Name: livret.companyTutor2 && livret.companyTutor2.id !== livret.companyTutor?.id ? `${livret.companyTutor2.firstName} ${livret.companyTutor2.lastName}` : null,
    general: { ...livret.general },
    overrides: { firstVisit: livret.firstVisitOverride, secondVisit: livret.secondVisitOverride, soutenance: livret.soutenanceOverride },
    periods: periods.map((period) => {
      const requirements = livretRequirements(period);
      return {
        number: period.number,
        from: period.from,
        to: period.to,
        endSource: period.endSource,
        dueDate: livretDueDate(period, settings.graceDays),
        sheets: SHEET_SLOTS.map((slot) => {
          const requirement = requirements.find((r) => r.code === slot.code)!;
          const sheet = sheets.find((s) => s.period === period.number && s.code === slot.code && s.author === slot.author) ?? null;
          const submitted = sheet?.submittedAt != null;
          const grid = slot.code === 'TUTOR_EVALUATION' || slot.code === 'SELF_EVALUATION' ? (sheet?.grid ?? current) : null;
          const suffix = slot.code === 'COMMENTS' ? COMMENT_BY[slot.author] : { fr: '', en: '' };
          return {
            id: sheet?.id ?? null,
            version: sheet?.version ?? 0,
            code: slot.code,
            author: slot.author,
            label: requirement.label + suffix.fr,
            labelEn: requirement.labelEn + suffix.en,
            mandatory: requirement.mandatory,
            state: requirement.mandatory ? livretSheetState(submitted, period, settings.graceDays, today) : submitted ? ('DONE' as const) : ('OPTIONAL' as const),
            text: sheet?.text ?? null,
            answers: sheet?.answers ?? [],
            grid: grid ? gridView(grid) : null,
            submittedAt: sheet?.submittedAt ?? null,
            submittedBy: sheet?.submittedBy ?? null,
            attachment:
              sheet?.attachmentName && sheet.attachmentKind && sheet.attachmentSize !== null
                ? { name: sheet.attachmentName, kind: sheet.attachmentKind, size: sheet.attachmentSize, url: `/livret/attachments/${sheet.id}` }
                : null,
            editable: viewer === slot.author && !submitted,
          };
        }),
      };
    }),
  };
}

export type LivretViewModel = Awaited<ReturnType<typeof livretView>>;
