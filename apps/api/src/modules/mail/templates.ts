/** French mail templates. Each returns the subject and plain-text body. */
export interface MailContent {
  subject: string;
  text: string;
}

const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

export function confirmationRequestMail(p: { recipientName: string; studentName: string; roleLabel: string; link: string; expiresOn: string }): MailContent {
  return {
    subject: `Validation de la mission de ${p.studentName} : merci de confirmer`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `${p.studentName} a déposé sa fiche de validation de mission en alternance, où vous figurez comme ${p.roleLabel}.\n` +
      `Merci de vérifier les informations qui vous concernent et de les confirmer, ou de signaler une erreur, en suivant ce lien personnel :\n\n` +
      `${p.link}\n\n` +
      `Ce lien est à usage unique et expire le ${p.expiresOn}. Ne le transférez pas.` +
      signature,
  };
}

export function missionReturnedMail(p: { studentName: string; comment: string; link: string }): MailContent {
  return {
    subject: 'Votre fiche de validation de mission est à compléter',
    text: `Bonjour ${p.studentName},\n\nLe responsable de l’alternance vous renvoie votre fiche de validation avec ce commentaire :\n\n« ${p.comment} »\n\nCorrigez-la puis soumettez-la de nouveau : ${p.link}` + signature,
  };
}

export function errorReportedMail(p: { studentName: string; reporter: string; comment: string; link: string }): MailContent {
  return {
    subject: `Erreur signalée sur la mission de ${p.studentName}`,
    text: `Bonjour,\n\n${p.reporter} signale une erreur sur la fiche de validation de ${p.studentName} :\n\n« ${p.comment} »\n\nFiche : ${p.link}` + signature,
  };
}

export function allConfirmedMail(p: { studentName: string; link: string }): MailContent {
  return {
    subject: `Mission de ${p.studentName} : toutes les confirmations sont reçues`,
    text: `Bonjour,\n\nLe(s) tuteur(s) et le contact RH ont confirmé la fiche de validation de ${p.studentName}. Elle peut être validée : ${p.link}` + signature,
  };
}

export function missionValidatedMail(p: { recipientName: string; studentName: string; contractLabel: string; startDate: string; endDate: string; checklist: string[] }): MailContent {
  return {
    subject: `Mission de ${p.studentName} validée`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `La mission en alternance de ${p.studentName} est validée : ${p.contractLabel} du ${p.startDate} au ${p.endDate}.\n\n` +
      (p.checklist.length ? `Avant le début du contrat (DDC) :\n${p.checklist.map((c) => `- ${c}`).join('\n')}` : '') +
      signature,
  };
}

export function missionRejectedMail(p: { studentName: string; reason: string }): MailContent {
  return {
    subject: 'Votre demande de validation de mission est refusée',
    text: `Bonjour ${p.studentName},\n\nLe responsable de l’alternance refuse la mission proposée :\n\n« ${p.reason} »` + signature,
  };
}
