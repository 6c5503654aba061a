import {
  ALTERNANCE_CONTRACT_TYPES,
  checkLivretAuthor,
  checkLivretGrid,
  checkLivretGridAnswers,
  checkLivretSheetEditable,
  InputError,
  livretExpectation,
  livretRequirements,
  type LivretExpectation,
  type LivretDocumentCode,
  type LivretFinding,
  type LivretGridAnswer,
  type LivretGridDefinition,
} from '@alternance/domain';
import type { Actor } from '../../shared/actor.js';
import { authorize } from '../../policy/policy.js';
import { apiError, BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { InputCheck, isSaneDate } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { companyContactsBlock, withContacts } from '../people/company-mail-contacts.js';
import { enqueueMail } from '../mail/outbox.js';
import { Mission } from '../missions/mission.entities.js';
import { Student } from '../people/people.entities.js';
import { authorOf, livretScope, livretTutors } from './livret-access.js';
import { currentGrid, gridView } from './livret-grid.service.js';
import { mailLivretLink } from './livret-links.js';
import { livretReopenedMail } from './livret-mails.js';
import { cohortYear, livretSettingsFor, type LivretSettingsView } from './livret-settings.js';
import { livretContext, livretView, periodsOf, type LivretViewModel } from './livret-view.js';
import { Livret, LivretGrid, LivretSettings, LivretSheet, type LivretGeneral } from './livret.entities.js';

const POPULATE = ['student', 'companyTutor', 'companyTutor2'] as const;
const TEXT_MAX = 10_000;

/** Livret findings become field errors of the payload: nothing is written. */
function refuse(findings: LivretFinding[]): never {
  throw new BusinessError(findings.map((f) => ({ code: f.code, field: f.field, message: f.message })));
}

async function view(ctx: ServiceContext, livret: Livret): Promise<LivretViewModel> {
  return livretView(ctx.em, await ctx.referenceData(), livret, ctx.actor, ctx.clock.today(), await currentGrid(ctx.em));
}

async function readable(ctx: ServiceContext, actor: Actor, id: string): Promise<Livret | null> {
  return ctx.em.findOne(Livret, { $and: [{ id }, livretScope(actor)] }, { populate: POPULATE });
}

export async function findLivret(ctx: ServiceContext, id: string): Promise<LivretViewModel | null> {
  const actor = authorize(ctx.actor, 'livret:read');
  const livret = await readable(ctx, actor, id);
  return livret ? view(ctx, livret) : null;
}

/** A student's own livrets, or the one livret of a company tutor's link. */
export async function myLivrets(ctx: ServiceContext): Promise<LivretViewModel[]> {
  const actor = authorize(ctx.actor, 'livret:fill');
  const livrets = await ctx.em.find(Livret, livretScope(actor), { populate: POPULATE, orderBy: { academicYear: 'desc' } });
  const views: LivretViewModel[] = [];
  for (const livret of livrets) views.push(await view(ctx, livret));
  return views;
}

/**
 * What the signed-in student can expect of the livret d'alternance (§4.7): the manager opens one for
 * an alternant only (see `openLivrets`), none for a classic internship nor without a contract.
 */
export async function myLivretExpectation(ctx: ServiceContext): Promise<LivretExpectation> {
  const actor = authorize(ctx.actor, 'livret:fill');
  if (!actor.studentId) throw new BusinessError([{ code: 'NOT_FOUND', field: 'student', message: 'Aucun dossier étudiant n’est lié à ce compte.' }]);
  const student = await ctx.em.findOne(Student, actor.studentId, { fields: ['cohort'] });
  if (!student) throw new BusinessError([{ code: 'NOT_FOUND', field: 'student', message: 'Aucun dossier étudiant n’est lié à ce compte.' }]);
  const missions = await ctx.em.find(Mission, { student: student.id, state: 'VALIDATED' }, { fields: ['state', 'cohort', 'contractType'] });
  return livretExpectation(student.cohort, missions);
}

export async function findLivretSettings(ctx: ServiceContext, cohort: string, academicYear: string): Promise<LivretSettingsView> {
  authorize(ctx.actor, 'livret:progress');
  const settings = await livretSettingsFor(ctx.em, await ctx.referenceData(), cohort, academicYear);
  if (!settings) throw apiError('NOT_FOUND', `Aucune année de formation ${academicYear} dans la formation ${cohort}.`, 'academicYear');
  return settings;
}

export async function findCurrentGrid(ctx: ServiceContext) {
  authorize(ctx.actor, 'livret:read');
  // Read-only callers get the default shape without creating a row: the first save creates it.
  const grid = await currentGrid(ctx.em);
  return gridView(grid);
}

function unknownYear(cohort: string, academicYear: string): BusinessError {
  return new BusinessError([{ code: 'NOT_FOUND', field: 'academicYear', message: `Aucune année de formation ${academicYear} dans la formation ${cohort}.` }]);
}

/**
 * Creates the year's livret of every alternant of the cohort whose mission is validated
 * (one per alternant and year, §4.7) and mails each company tutor their link — tutor 1 and,
 * when the mission has one, tutor 2, who fill the tutor's sheets alike.
 */
export async function openLivrets(ctx: ServiceContext, cohort: string, academicYear: string): Promise<number> {
  const actor = authorize(ctx.actor, 'livret:manage');
  return unitOfWork(ctx, async () => {
    const data = await ctx.referenceData();
    const year = cohortYear(data, cohort, academicYear);
    const settings = await livretSettingsFor(ctx.em, data, cohort, academicYear);
    if (!year || !settings) throw unknownYear(cohort, academicYear);
    // A student whose contract was broken (§5) and who signed another is on that one's livret: its mission comes first.
    // §4.7: « un(e) alternant(e) » keeps a livret with their company tutor(s) — an alternance's contracts only,
    // as for the academic tutor's visits (§4.6): no livret for a classic internship nor without a contract.
    const missions = (await ctx.em.find(Mission, { state: 'VALIDATED', student: { cohort }, contractType: { $in: [...ALTERNANCE_CONTRACT_TYPES] } }, { populate: ['student', 'tutor1', 'tutor2'], orderBy: { id: 'asc' } })).sort((a, b) => Number(a.brokenOn !== null) - Number(b.brokenOn !== null));
    const existing = new Set((await ctx.em.find(Livret, { academicYear, student: { $in: missions.map((m) => m.student.id) } }, { fields: ['student'] })).map((l) => l.student.id));
    const now = ctx.clock.now();
    await currentGrid(ctx.em);
    let created = 0;
    for (const mission of missions) {
      if (existing.has(mission.student.id)) continue;
      existing.add(mission.student.id);
      const livret = new Livret();
      livret.student = mission.student;
      livret.cohort = cohort;
      livret.academicYear = academicYear;
      livret.trainingStart = year.ddf;
      // The tutors of a broken contract keep no livret (§5): the next contract's, once validated, are given it.
      const tutors = mission.brokenOn === null;
      livret.companyTutor = tutors ? (mission.tutor1 ?? null) : null;
      livret.companyTutor2 = tutors && mission.tutor2 && mission.tutor2.id !== mission.tutor1?.id ? mission.tutor2 : null;
      ctx.em.persist(livret);
      audit(ctx.em, actor, { entityType: 'Livret', entityId: livret.id, action: 'LIVRET_OPEN', comment: `${cohort} ${academicYear}` }, now);
      await mailLivretLink(ctx.em, livret, settings.soutenance, ctx.publicUrl, now);
      created += 1;
    }
    return created;
  });
}

async function livretForUpdate(ctx: ServiceContext, actor: Actor, id: string, version: number | null): Promise<Livret> {
  const livret = await readable(ctx, actor, id);
  if (!livret) throw missing('Livret', id);
  if (version !== null && livret.version !== version) throw conflict('Ce livret', 'modifié');
  return livret;
}

export interface SaveSheetInput {
  livretId: string;
  period: number;
  code: LivretDocumentCode;
  version?: number | null;
  text?: string | null;
  answers?: readonly { criterion: string; level?: string | null; comment?: string | null }[] | null;
  submit?: boolean | null;
}

/**
 * Saves (and optionally submits) the viewer's sheet of a period: only its author (§4.7,
 * LIVRET_NOT_AUTHOR), only while not submitted (LIVRET_SHEET_SUBMITTED), a grid against the
 * version it was started with, and a submitted grid complete (LIVRET_GRID_INCOMPLETE).
 */
export async function saveLivretSheet(ctx: ServiceContext, input: SaveSheetInput): Promise<LivretViewModel> {
  const actor = authorize(ctx.actor, 'livret:fill');
  return unitOfWork(ctx, async () => {
    const livret = await livretForUpdate(ctx, actor, input.livretId, null);
    const author = authorOf(actor, livret);
    if (!author) throw new BusinessError([{ code: 'FORBIDDEN', field: 'livretId', message: 'Vous ne remplissez pas de fiche dans ce livret.' }]);
    if (![1, 2, 3].includes(input.period)) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'period', message: 'Période : 1, 2 ou 3.' }]);
    const notAuthor = checkLivretAuthor(author, input.code);
    if (notAuthor.length) refuse(notAuthor);
    let sheet = await ctx.em.findOne(LivretSheet, { livret: livret.id, period: input.period as 1 | 2 | 3, code: input.code, author }, { populate: ['grid'] });
    if (sheet && (input.version ?? 0) !== sheet.version) throw conflict('Cette fiche', 'modifiée');
    if (!sheet && (input.version ?? 0) !== 0) throw conflict('Cette fiche', 'modifiée');
    if (sheet) {
      const locked = checkLivretSheetEditable(sheet.submittedAt);
      if (locked.length) refuse(locked);
    }
    const now = ctx.clock.now();
    const isGrid = input.code === 'TUTOR_EVALUATION' || input.code === 'SELF_EVALUATION';
    const check = new InputCheck('input.');
    const text = isGrid ? null : check.text('text', input.text, TEXT_MAX);
    if (check.errors.length) throw new BusinessError(check.errors);
    if (!sheet) {
      sheet = new LivretSheet();
      sheet.livret = livret;
      sheet.period = input.period as 1 | 2 | 3;
      sheet.code = input.code;
      sheet.author = author;
      sheet.grid = isGrid ? await currentGrid(ctx.em) : null;
      ctx.em.persist(sheet);
    }
    const submit = input.submit === true;
    if (isGrid) {
      const answers: LivretGridAnswer[] = (input.answers ?? []).map((a) => ({ criterion: a.criterion, level: a.level ?? null, comment: a.comment?.trim() ? a.comment.trim().slice(0, 2_000) : null }));
      const findings = checkLivretGridAnswers(sheet.grid!.definition, answers, submit);
      if (findings.length) refuse(findings);
      sheet.answers = answers;
    } else {
      if (submit && !text && !sheet.attachmentName) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'input.text', message: 'Fiche vide : écrivez-la ou joignez le document signé avant de la soumettre.' }]);
      sheet.text = text;
    }
    if (submit) {
      sheet.submittedAt = now;
      sheet.submittedBy = actor.label;
    }
    audit(ctx.em, actor, { entityType: 'LivretSheet', entityId: sheet.id, action: submit ? 'LIVRET_SUBMIT' : 'LIVRET_SAVE', fields: isGrid ? ['answers'] : ['text'], comment: `P${input.period} ${input.code}` }, now);
    await ctx.em.flush();
    return view(ctx, livret);
  });
}

/** The manager makes a submitted sheet editable again; the reason is audited and mailed to its author. */
export async function reopenLivretSheet(ctx: ServiceContext, id: string, version: number, reason: string): Promise<LivretViewModel> {
  const actor = authorize(ctx.actor, 'livret:manage');
  return unitOfWork(ctx, async () => {
    const check = new InputCheck();
    const why = check.text('reason', reason, 2_000, { required: true });
    if (check.errors.length) throw new BusinessError(check.errors);
    const sheet = await ctx.em.findOne(LivretSheet, id, { populate: ['livret', 'livret.student', 'livret.companyTutor', 'livret.companyTutor2'] });
    if (!sheet) throw missing('Fiche', id);
    if (sheet.version !== version) throw conflict('Cette fiche', 'modifiée');
    if (!sheet.submittedAt) throw new BusinessError([{ code: 'INVALID_TRANSITION', field: 'id', message: 'Cette fiche n’est pas soumise : elle est déjà modifiable.' }]);
    const now = ctx.clock.now();
    sheet.submittedAt = null;
    sheet.submittedBy = null;
    audit(ctx.em, actor, { entityType: 'LivretSheet', entityId: sheet.id, action: 'LIVRET_REOPEN', fields: ['submittedAt'], comment: why }, now);
    const livret = sheet.livret;
    const label = livretRequirements({ number: sheet.period, from: livret.trainingStart, to: livret.trainingStart, usesDefault: false }).find((r) => r.code === sheet.code)!.label;
    // A tutor's sheet is the tutors' (§4.7 « par le(s) tuteur(s) professionnel(s) »): both are told.
    const recipients =
      sheet.author === 'ALTERNANT'
        ? [{ name: `${livret.student.firstName} ${livret.student.lastName}`, email: livret.student.email, link: `${ctx.publicUrl}/livret` }]
        : livretTutors(livret).map((t) => ({ name: `${t.firstName} ${t.lastName}`, email: t.email, link: 'le lien personnel reçu par e-mail pour ce livret' }));
    const contacts = sheet.author === 'ALTERNANT' ? null : await companyContactsBlock(ctx.em, await ctx.referenceData(), livret.student);
    for (const recipient of recipients) {
      const content = livretReopenedMail({ recipientName: recipient.name, sheet: label, period: sheet.period, reason: why!, link: recipient.link });
      enqueueMail(ctx.em, recipient.email, 'livret-reopened', contacts ? withContacts(content, contacts) : content, null, now);
    }
    await ctx.em.flush();
    return view(ctx, livret);
  });
}

/** The general part (§4.7 « éléments à renseigner »), filled by the alternant. */
export async function saveLivretGeneral(ctx: ServiceContext, id: string, version: number, input: Partial<Record<keyof LivretGeneral, string | null>>): Promise<LivretViewModel> {
  const actor = authorize(ctx.actor, 'livret:fill');
  return unitOfWork(ctx, async () => {
    const livret = await livretForUpdate(ctx, actor, id, version);
    if (authorOf(actor, livret) !== 'ALTERNANT') throw new BusinessError([{ code: 'LIVRET_NOT_AUTHOR', field: 'id', message: 'La partie générale du livret est remplie par l’alternant(e).' }]);
    const check = new InputCheck('input.');
    const general: LivretGeneral = {
      jobTitle: check.text('jobTitle', input.jobTitle, 200),
      missionSummary: check.text('missionSummary', input.missionSummary, TEXT_MAX),
      professionalProject: check.text('professionalProject', input.professionalProject, TEXT_MAX),
    };
    if (check.errors.length) throw new BusinessError(check.errors);
    livret.general = general;
    audit(ctx.em, actor, { entityType: 'Livret', entityId: livret.id, action: 'LIVRET_SAVE_GENERAL', fields: Object.keys(general) }, ctx.clock.now());
    await ctx.em.flush();
    return view(ctx, livret);
  });
}

/** The manager's own dates for one alternant (§4.7); the periods must stay in order. */
export async function overrideLivretDates(ctx: ServiceContext, id: string, version: number, input: { firstVisit?: string | null; secondVisit?: string | null; soutenance?: string | null }): Promise<LivretViewModel> {
  const actor = authorize(ctx.actor, 'livret:manage');
  return unitOfWork(ctx, async () => {
    const livret = await livretForUpdate(ctx, actor, id, version);
    const check = new InputCheck('input.');
    for (const field of ['firstVisit', 'secondVisit', 'soutenance'] as const) {
      const value = input[field];
      if (value != null && !isSaneDate(value)) check.fail(field, `Date illisible : ${value} (AAAA-MM-JJ).`);
    }
    if (check.errors.length) throw new BusinessError(check.errors);
    livret.firstVisitOverride = input.firstVisit ?? null;
    livret.secondVisitOverride = input.secondVisit ?? null;
    livret.soutenanceOverride = input.soutenance ?? null;
    const settings = await livretSettingsFor(ctx.em, await ctx.referenceData(), livret.cohort, livret.academicYear);
    try {
      await periodsOf(ctx.em, livret, settings!);
    } catch (error) {
      if (error instanceof InputError) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `input.${overrideField(error.field)}`, message: `Les périodes ne se suivent plus : ${datesMessage(error.field)}.` }]);
      throw error;
    }
    audit(ctx.em, actor, { entityType: 'Livret', entityId: livret.id, action: 'LIVRET_OVERRIDE_DATES', fields: ['firstVisitOverride', 'secondVisitOverride', 'soutenanceOverride'] }, ctx.clock.now());
    await ctx.em.flush();
    return view(ctx, livret);
  });
}

const overrideField = (field: string): string => (field.includes('secondVisit') ? 'secondVisit' : field.includes('firstVisit') ? 'firstVisit' : 'soutenance');
const datesMessage = (field: string): string =>
  field.includes('secondVisit') ? 'la fin de la période 2 doit suivre celle de la période 1' : field.includes('firstVisit') ? 'la fin de la période 1 doit suivre le début de la formation' : 'la soutenance doit suivre la fin de la période 2';

/** The livret's reference data of a cohort's year (soutenance, common dates, grace, reminders). */
export async function saveLivretSettings(ctx: ServiceContext, cohort: string, academicYear: string, version: number, input: { soutenance: string; firstVisit: string; secondVisit: string; commonDates: boolean; graceDays: number; reminderDaysBefore: number }): Promise<LivretSettingsView> {
  const actor = authorize(ctx.actor, 'livret:manage');
  return unitOfWork(ctx, async () => {
    const data = await ctx.referenceData();
    const year = cohortYear(data, cohort, academicYear);
    if (!year) throw unknownYear(cohort, academicYear);
    const check = new InputCheck('input.');
    for (const field of ['soutenance', 'firstVisit', 'secondVisit'] as const) if (!isSaneDate(input[field])) check.fail(field, `Date illisible : ${input[field]} (AAAA-MM-JJ).`);
    if (!Number.isInteger(input.graceDays) || input.graceDays < 0 || input.graceDays > 90) check.fail('graceDays', 'Délai de grâce : de 0 à 90 jours.');
    if (!Number.isInteger(input.reminderDaysBefore) || input.reminderDaysBefore < 0 || input.reminderDaysBefore > 90) check.fail('reminderDaysBefore', 'Rappel : de 0 à 90 jours avant l’échéance.');
    if (!check.errors.length) {
      if (input.firstVisit < year.ddf) check.fail('firstVisit', `La fin de la période 1 (${input.firstVisit}) précède le début de la formation (${year.ddf}).`);
      else if (input.secondVisit <= input.firstVisit) check.fail('secondVisit', 'La fin de la période 2 doit suivre celle de la période 1.');
      else if (input.soutenance <= input.secondVisit) check.fail('soutenance', 'La soutenance doit suivre la fin de la période 2.');
    }
    if (check.errors.length) throw new BusinessError(check.errors);
    let stored = await ctx.em.findOne(LivretSettings, { cohort, academicYear });
    if ((stored?.version ?? 0) !== version) throw conflict('Ces réglages', 'modifiés');
    if (!stored) {
      stored = new LivretSettings();
      stored.cohort = cohort;
      stored.academicYear = academicYear;
      ctx.em.persist(stored);
    }
    Object.assign(stored, input);
    audit(ctx.em, actor, { entityType: 'LivretSettings', entityId: stored.id, action: 'LIVRET_SETTINGS', fields: Object.keys(input), comment: `${cohort} ${academicYear}` }, ctx.clock.now());
    await ctx.em.flush();
    return (await livretSettingsFor(ctx.em, data, cohort, academicYear))!;
  });
}

/** A new version of the grid (§4.7): criteria grouped by competence, a scale; filled sheets keep theirs. */
export async function publishLivretGrid(ctx: ServiceContext, definition: LivretGridDefinition) {
  const actor = authorize(ctx.actor, 'livret:manage');
  return unitOfWork(ctx, async () => {
    const clean: LivretGridDefinition = {
      scale: definition.scale.map((l) => ({ code: l.code.trim(), label: l.label.trim() })),
      competences: definition.competences.map((c) => ({ code: c.code.trim(), label: c.label.trim(), criteria: c.criteria.map((k) => ({ code: k.code.trim(), label: k.label.trim() })) })),
    };
    const findings = checkLivretGrid(clean);
    if (findings.length) refuse(findings.map((f) => ({ ...f, field: `input.${f.field}` })));
    const latest = await currentGrid(ctx.em);
    const grid = new LivretGrid();
    grid.number = latest.number + 1;
    grid.definition = clean;
    grid.createdBy = actor.label;
    ctx.em.persist(grid);
    audit(ctx.em, actor, { entityType: 'LivretGrid', entityId: grid.id, action: 'LIVRET_PUBLISH_GRID', comment: `version ${grid.number}` }, ctx.clock.now());
    await ctx.em.flush();
    return gridView(grid);
  });
}

/** A fresh personal link for each company tutor, the second one too (earlier ones are revoked). */
export async function sendLivretLink(ctx: ServiceContext, id: string): Promise<LivretViewModel> {
  const actor = authorize(ctx.actor, 'livret:links');
  return unitOfWork(ctx, async () => {
    const livret = await livretForUpdate(ctx, actor, id, null);
    const { settings } = await livretContext(ctx.em, await ctx.referenceData(), livret);
    const now = ctx.clock.now();
    if ((await mailLivretLink(ctx.em, livret, livret.soutenanceOverride ?? settings.soutenance, ctx.publicUrl, now)) === 0) {
      throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'id', message: 'Ce livret n’a pas de tuteur professionnel à qui écrire.' }]);
    }
    audit(ctx.em, actor, { entityType: 'Livret', entityId: livret.id, action: 'LIVRET_SEND_LINK' }, now);
    await ctx.em.flush();
    return view(ctx, livret);
  });
}
