import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { LivretSheetState } from '@alternance/domain';
import type { LivretProgressModel } from './livret-progress.service.js';
import type { LivretViewModel } from './livret-view.js';

const STATE_FR: Record<LivretSheetState | 'OPTIONAL', string> = { DONE: 'Fait', UPCOMING: 'À venir', MISSING: 'À faire', LATE: 'En retard', OPTIONAL: 'Facultatif' };
const SOURCE_FR = { OVERRIDE: 'date fixée par le responsable', VISIT: 'visite du tuteur universitaire', COMMON: 'date commune de la formation' };
const fr = (iso: string): string => iso.split('-').reverse().join('/');

/** The whole livret of an alternant (§4.7) as a PDF for the jury: general part, the three periods, each sheet and grid answer. */
export function livretPdf(livret: LivretViewModel, printedOn: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Livret d’alternance — ${livret.student.firstName} ${livret.student.lastName}`, Author: 'MIAGE d’Aix-Marseille' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const heading = (text: string, size: number) => doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(text).font('Helvetica').fontSize(10);
  const field = (label: string, value: string | null) => doc.font('Helvetica-Bold').text(`${label} : `, { continued: true }).font('Helvetica').text(value?.trim() ? value : '—');

  doc.font('Helvetica-Bold').fontSize(18).text('Livret d’alternance');
  doc.fontSize(14).text(`${livret.student.firstName} ${livret.student.lastName}`);
  doc.font('Helvetica').fontSize(10).text(`Formation ${livret.cohort} — année ${livret.academicYear} — ${livret.companyTutor2Name ? 'tuteurs professionnels' : 'tuteur professionnel'} : ${[livret.companyTutorName, livret.companyTutor2Name].filter(Boolean).join(', ') || '—'}`);
  doc.text(`Édité le ${fr(printedOn)}`);
  heading('Partie générale', 13);
  field('Poste occupé', livret.general.jobTitle);
  field('Missions confiées', livret.general.missionSummary);
  field('Projet professionnel', livret.general.professionalProject);

  for (const period of livret.periods) {
    heading(`Période ${period.number} — du ${fr(period.from)} au ${fr(period.to)}`, 13);
    doc.text(`Fin de période : ${SOURCE_FR[period.endSource]} ; fiches attendues au plus tard le ${fr(period.dueDate)}.`);
    for (const sheet of period.sheets) {
      heading(`${sheet.label} — ${STATE_FR[sheet.state]}`, 11);
      if (sheet.submittedAt) doc.text(`Soumise le ${fr(new Date(sheet.submittedAt).toISOString().slice(0, 10))} par ${sheet.submittedBy ?? '—'}.`);
      if (sheet.attachment) doc.text(`Document signé joint : ${sheet.attachment.name} (${sheet.attachment.kind}).`);
      if (sheet.grid) {
        if (sheet.answers.length === 0) {
          doc.text('Grille non remplie.');
          continue;
        }
        doc.text(`Grille version ${sheet.grid.number}.`);
        const levels = new Map(sheet.grid.scale.map((l) => [l.code, l.label]));
        for (const competence of sheet.grid.competences) {
          doc.font('Helvetica-Bold').text(competence.label).font('Helvetica');
          for (const criterion of competence.criteria) {
            const answer = sheet.answers.find((a) => a.criterion === criterion.code);
            const level = answer?.level ? (levels.get(answer.level) ?? answer.level) : '—';
            doc.text(`• ${criterion.label} : ${level}${answer?.comment ? ` — ${answer.comment}` : ''}`, { indent: 10 });
          }
        }
      } else {
        doc.text(sheet.text?.trim() ? sheet.text : sheet.mandatory ? 'Non remplie.' : 'Aucun commentaire.');
      }
    }
  }
  doc.end();
  return done;
}

/** A cohort's completion (§4.7) as a workbook: one row per alternant, then the per-period summary. */
export async function livretProgressXlsx(progress: LivretProgressModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Alternance — MIAGE d’Aix-Marseille';
  const sheet = workbook.addWorksheet('Alternants');
  const header = ['Alternant(e)'];
  for (const n of [1, 2, 3]) header.push(`P${n} fin`, `P${n} objectifs`, `P${n} grille tuteur`, `P${n} autoévaluation`);
  sheet.addRow(header).font = { bold: true };
  for (const a of progress.alternants) {
    sheet.addRow([a.name, ...a.periods.flatMap((p) => [fr(p.to), STATE_FR[p.objectives], STATE_FR[p.tutorEvaluation], STATE_FR[p.selfEvaluation]])]);
  }
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 30 : 16));
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  const summary = workbook.addWorksheet('Par période');
  summary.addRow(['Période', 'Fiche', 'Faites', 'À faire', 'En retard', 'À venir', 'Alternants à jour']).font = { bold: true };
  for (const p of progress.periods) {
    for (const [label, c] of [['Objectifs', p.objectives], ['Grilles du tuteur', p.tutorEvaluations], ['Autoévaluations', p.selfEvaluations]] as const) {
      summary.addRow([p.period, label, c.done, c.missing, c.late, c.upcoming, p.complete]);
    }
  }
  summary.columns.forEach((column) => (column.width = 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
