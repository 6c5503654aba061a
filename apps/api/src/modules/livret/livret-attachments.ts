import { checkLivretAttachment, checkLivretAuthor, checkLivretSheetEditable, LIVRET_ATTACHMENT_MEDIA_TYPES, type LivretDocumentCode, type LivretFinding } from '@alternance/domain';
import { authorize } from '../../policy/policy.js';
import { BusinessError, conflict, missing } from '../../shared/errors.js';
import { unitOfWork, type ServiceContext } from '../../shared/service-context.js';
import { CONTROL_CHARACTERS } from '../../shared/validate.js';
import { audit } from '../audit/audit.js';
import { authorOf, livretScope } from './livret-access.js';
import { currentGrid } from './livret-grid.service.js';
import { livretView } from './livret-view.js';
import { Livret, LivretAttachment, LivretSheet } from './livret.entities.js';

const CODES: readonly LivretDocumentCode[] = ['OBJECTIVES', 'COMMENTS', 'TUTOR_EVALUATION', 'SELF_EVALUATION'];
const refuse = (findings: LivretFinding[]): never => {
  throw new BusinessError(findings.map((f) => ({ code: f.code, field: f.field, message: f.message })));
};

export interface AttachInput {
  livretId: string;
  period: number;
  code: string;
  version: number;
  name: string;
}

/**
 * Attaches the signed document of the viewer's sheet (§4.7 « télécharger/remplir/déverser »):
 * its author only, while not submitted; PDF, DOCX or ODT as read from the bytes, 10 Mo at
 * most; stored in the database (backups, several instances). Replaces an earlier one.
 */
export async function attachLivretDocument(ctx: ServiceContext, input: AttachInput, bytes: Buffer) {
  const actor = authorize(ctx.actor, 'livret:fill');
  const name = input.name.trim().replace(/[\\/]/g, '_').slice(0, 200);
  if (!name || CONTROL_CHARACTERS.test(name)) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'name', message: 'Nom du fichier manquant ou illisible.' }]);
  if (![1, 2, 3].includes(input.period)) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'period', message: 'Période : 1, 2 ou 3.' }]);
  if (!CODES.includes(input.code as LivretDocumentCode)) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: 'code', message: `Fiche inconnue : ${input.code}.` }]);
  const code = input.code as LivretDocumentCode;
  const checked = checkLivretAttachment(bytes);
  if (checked.findings.length) refuse(checked.findings);
  return unitOfWork(ctx, async () => {
    const livret = await ctx.em.findOne(Livret, { $and: [{ id: input.livretId }, livretScope(actor)] }, { populate: ['student', 'companyTutor', 'companyTutor2'] });
    if (!livret) throw missing('Livret', input.livretId, 'livretId');
    const author = authorOf(actor, livret);
    if (!author) throw new BusinessError([{ code: 'FORBIDDEN', field: 'livretId', message: 'Vous ne remplissez pas de fiche dans ce livret.' }]);
    const notAuthor = checkLivretAuthor(author, code);
    if (notAuthor.length) refuse(notAuthor);
    let sheet = await ctx.em.findOne(LivretSheet, { livret: livret.id, period: input.period as 1 | 2 | 3, code, author });
    if ((sheet?.version ?? 0) !== input.version) throw conflict('Cette fiche', 'modifiée');
    if (sheet) {
      const locked = checkLivretSheetEditable(sheet.submittedAt);
      if (locked.length) refuse(locked);
    } else {
      sheet = new LivretSheet();
      sheet.livret = livret;
      sheet.period = input.period as 1 | 2 | 3;
      sheet.code = code;
      sheet.author = author;
      sheet.grid = code === 'TUTOR_EVALUATION' || code === 'SELF_EVALUATION' ? await currentGrid(ctx.em) : null;
      ctx.em.persist(sheet);
    }
    sheet.attachmentName = name;
    sheet.attachmentKind = checked.kind;
    sheet.attachmentSize = bytes.length;
    // Replace rather than add: delete first, in the same transaction, so the unique sheet key holds.
    await ctx.em.nativeDelete(LivretAttachment, { sheet: sheet.id });
    const file = new LivretAttachment();
    file.sheet = sheet;
    file.data = bytes;
    ctx.em.persist(file);
    const now = ctx.clock.now();
    audit(ctx.em, actor, { entityType: 'LivretSheet', entityId: sheet.id, action: 'LIVRET_ATTACH', fields: ['attachment'], comment: `${name} (${checked.kind}, ${bytes.length} o)` }, now);
    await ctx.em.flush();
    return livretView(ctx.em, await ctx.referenceData(), livret, actor, ctx.clock.today(), await currentGrid(ctx.em));
  });
}

/** The signed document of a sheet, for whoever may read its livret. */
export async function readLivretAttachment(ctx: ServiceContext, sheetId: string): Promise<{ name: string; mediaType: string; data: Buffer } | null> {
  const actor = authorize(ctx.actor, 'livret:read');
  const sheet = await ctx.em.findOne(LivretSheet, { $and: [{ id: sheetId }, { livret: livretScope(actor) }] });
  if (!sheet?.attachmentKind || !sheet.attachmentName) return null;
  const file = await ctx.em.findOne(LivretAttachment, { sheet: sheet.id }, { populate: ['data'] });
  if (!file) return null;
  return { name: sheet.attachmentName, mediaType: LIVRET_ATTACHMENT_MEDIA_TYPES[sheet.attachmentKind], data: Buffer.from(file.data) };
}
