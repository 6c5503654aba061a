import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { payload } from '../../graphql/payload.js';
import { findLivretProgress } from './livret-progress.service.js';
import { sweepLivretReminders } from './livret-reminders.js';
import {
  findCurrentGrid,
  findLivret,
  findLivretSettings,
  myLivretExpectation,
  myLivrets,
  openLivrets,
  overrideLivretDates,
  publishLivretGrid,
  reopenLivretSheet,
  saveLivretGeneral,
  saveLivretSettings,
  saveLivretSheet,
  sendLivretLink,
} from './livret.service.js';
import type { LivretViewModel } from './livret-view.js';
import { authorize } from '../../policy/policy.js';

type Errors = { code: string; message: string; field: string | null; index: number | null }[];
const ok = (livret: LivretViewModel) => ({ livret, errors: [] });
const failed = (errors: Errors) => ({ livret: null, errors });

export const livretResolvers: Resolvers = {
  Query: {
    livret: (_, { id }, ctx) => findLivret(ctx, id),
    myLivrets: (_, __, ctx) => myLivrets(ctx),
    myLivretExpectation: (_, __, ctx) => myLivretExpectation(ctx),
    livretProgress: (_, { cohort, academicYear }, ctx) => findLivretProgress(ctx, cohort, academicYear),
    livretSettings: (_, { cohort, academicYear }, ctx) => findLivretSettings(ctx, cohort, academicYear),
    currentLivretGrid: (_, __, ctx) => findCurrentGrid(ctx),
  },
  Mutation: {
    openLivrets: (_, { cohort, academicYear }, ctx) =>
      payload(
        () => openLivrets(ctx, cohort, academicYear),
        (created) => ({ created, errors: [] }),
        (errors) => ({ created: 0, errors }),
      ),
    saveLivretSheet: (_, { input }, ctx) => payload(() => saveLivretSheet(ctx, input), ok, failed),
    reopenLivretSheet: (_, { id, version, reason }, ctx) => payload(() => reopenLivretSheet(ctx, id, version, reason), ok, failed),
    saveLivretGeneral: (_, { id, version, input }, ctx) => payload(() => saveLivretGeneral(ctx, id, version, input), ok, failed),
    overrideLivretDates: (_, { id, version, input }, ctx) => payload(() => overrideLivretDates(ctx, id, version, input), ok, failed),
    saveLivretSettings: (_, { cohort, academicYear, version, input }, ctx) =>
      payload(
        () => saveLivretSettings(ctx, cohort, academicYear, version, input),
        (settings) => ({ settings, errors: [] }),
        (errors) => ({ settings: null, errors }),
      ),
    publishLivretGrid: (_, { input }, ctx) =>
      payload(
        () => publishLivretGrid(ctx, input),
        (grid) => ({ grid, errors: [] }),
        (errors) => ({ grid: null, errors }),
      ),
    sendLivretLink: (_, { id }, ctx) => payload(() => sendLivretLink(ctx, id), ok, failed),
    sendLivretReminders: async (_, __, ctx) => {
      authorize(ctx.actor, 'livret:manage');
      return sweepLivretReminders(ctx.em, ctx.clock, ctx.publicUrl).then(({ sent }) => ({ sent, errors: [] }));
    },
  },
};
