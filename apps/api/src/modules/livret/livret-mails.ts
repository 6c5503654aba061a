import type { MailContent } from '../mail/templates.js';

const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

/** To the company tutor: their personal link to the alternant's livret (§4.7). */
export function livretLinkMail(p: { tutorName: string; studentName: string; academicYear: string; link: string; expiresOn: string }): MailContent {
  return {
    subject: `Livret d’alternance de ${p.studentName} (${p.academicYear}) : votre lien personnel`,
    text:
      `Bonjour ${p.tutorName},\n\n` +
      `Vous êtes tuteur professionnel de ${p.studentName}. Pour chacune des trois périodes de l’année, le livret d’alternance vous demande la fiche « objectifs » et, en fin de période, la grille d’évaluation ; la fiche « commentaires » est facultative.\n\n` +
      `Remplissez-les avec ce lien personnel (sans mot de passe) :\n\n${p.link}\n\n` +
      `Il ne donne accès qu’à ce livret, reste valable jusqu’au ${p.expiresOn} et peut être ouvert sur plusieurs appareils. Ne le transférez pas.` +
      signature,
  };
}

/** A sheet is due soon (BEFORE) or late (AFTER): to its author. */
export function livretReminderMail(p: { recipientName: string; studentName: string; kind: 'BEFORE' | 'AFTER'; sheets: string[]; period: number; dueDate: string; link: string }): MailContent {
  const late = p.kind === 'AFTER';
  return {
    subject: `${late ? 'Retard' : 'Rappel'} — livret d’alternance de ${p.studentName}, période ${p.period}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      (late ? `La date limite du ${p.dueDate} est passée et ` : `Avant le ${p.dueDate}, `) +
      `${late ? 'il manque encore' : 'merci de remplir'} dans le livret d’alternance de ${p.studentName} (période ${p.period}) :\n` +
      p.sheets.map((s) => `- ${s}`).join('\n') +
      `\n\nLivret : ${p.link}` +
      signature,
  };
}

/** To the alternant and the company tutor: the manager reopened a submitted sheet. */
export function livretReopenedMail(p: { recipientName: string; sheet: string; period: number; reason: string; link: string }): MailContent {
  return {
    subject: `Livret d’alternance : la ${p.sheet.toLowerCase()} (période ${p.period}) est rouverte`,
    text: `Bonjour ${p.recipientName},\n\nLe responsable de l’alternance a rouvert la ${p.sheet.toLowerCase()} de la période ${p.period} :\n\n« ${p.reason} »\n\nVous pouvez la corriger puis la soumettre de nouveau : ${p.link}` + signature,
  };
}
