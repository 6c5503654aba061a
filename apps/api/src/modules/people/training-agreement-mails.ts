import type { FcTrainingAgreementReminderKind } from '@alternance/domain';
import type { MailContent } from '../mail/templates.js';

const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';
const rule = '« La formation des étudiant(e)s en formation continue (FC) est TOUJOURS régie par une convention de formation, qu’il y ait une immersion professionnelle ou pas » (guide de l’alternance, §2.1.1 note 5).';

/** To the FC student: their convention de formation is due soon (BEFORE) or late (AFTER). */
export function trainingAgreementStudentReminderMail(p: { studentName: string; kind: FcTrainingAgreementReminderKind; dueDate: string; link: string }): MailContent {
  const late = p.kind === 'AFTER';
  return {
    subject: `${late ? 'Retard' : 'Rappel'} — votre convention de formation (formation continue)`,
    text:
      `Bonjour ${p.studentName},\n\n` +
      `${rule}\n\n` +
      (late
        ? `Votre convention de formation devait être établie au plus tard le ${p.dueDate} et la MIAGE ne l’a pas encore enregistrée. `
        : `Votre convention de formation doit être établie au plus tard le ${p.dueDate} et la MIAGE ne l’a pas encore enregistrée. `) +
      `Prenez contact au plus vite avec le SFCA (Service Formation Continue et Alternance) de la FEG ; si elle est déjà signée, transmettez-la au pôle alternance.\n\n` +
      `Qui contacter : ${p.link}` +
      signature,
  };
}

/** To the office (manager, secretariat): an FC student's convention de formation is due soon or late. */
export function trainingAgreementOfficeReminderMail(p: { studentName: string; cohort: string; kind: FcTrainingAgreementReminderKind; dueDate: string; link: string }): MailContent {
  const late = p.kind === 'AFTER';
  return {
    subject: `${late ? 'Convention de formation en retard' : 'Convention de formation à recevoir'} — ${p.studentName} (FC)`,
    text:
      `Bonjour,\n\n` +
      `La convention de formation de ${p.studentName} (${p.cohort}, formation continue) ${late ? `était attendue au plus tard le ${p.dueDate}` : `est attendue au plus tard le ${p.dueDate}`} et n’est pas enregistrée. ` +
      `L’étudiant(e) vient d’en recevoir le rappel.\n\n` +
      `Fiche de l’étudiant(e), où l’enregistrer une fois signée : ${p.link}\n\n${rule}` +
      signature,
  };
}
