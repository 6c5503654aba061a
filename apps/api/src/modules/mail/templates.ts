/** French mail templates. Each returns the subject and plain-text body. */
export interface MailContent {
  subject: string;
  text: string;
  /** Headers of this mail (e.g. List-Unsubscribe, RFC 8058), stored with it in the outbox and sent as they are. */
  headers?: Record<string, string>;
}

const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

export function confirmationRequestMail(p: { recipientName: string; studentName: string; roleLabel: string; link: string; expiresOn: string; kind?: 'REQUEST' | 'RESENT' | 'REMINDER' }): MailContent {
  const prefix = p.kind === 'REMINDER' ? 'Rappel — ' : p.kind === 'RESENT' ? 'Nouveau lien — ' : '';
  const intro =
    p.kind === 'REMINDER'
      ? 'Nous n’avons pas encore reçu votre réponse. '
      : p.kind === 'RESENT'
        ? 'Voici un nouveau lien personnel : les liens envoyés précédemment ne fonctionnent plus. '
        : '';
  return {
    subject: `${prefix}Validation de la mission de ${p.studentName} : merci de confirmer`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      intro +
      `${p.studentName} a déposé sa fiche de validation de mission en alternance, où vous figurez comme ${p.roleLabel}.\n` +
      `Merci de vérifier les informations qui vous concernent et de les confirmer, ou de signaler une erreur, en suivant ce lien personnel :\n\n` +
      `${p.link}\n\n` +
      `Ce lien reste valable jusqu’à votre réponse (vous pouvez l’ouvrir sur un téléphone puis sur un ordinateur), et au plus tard le ${p.expiresOn}. Ne le transférez pas.` +
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

export function missionValidatedMail(p: { recipientName: string; studentName: string; contractLabel: string; startDate: string; endDate: string; checklist: string[]; checklistHeading?: string | null; link?: string | null; reservation?: string | null; withPay?: boolean }): MailContent {
  return {
    subject: `Mission de ${p.studentName} validée`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `La mission en alternance de ${p.studentName} est validée : ${p.contractLabel} du ${p.startDate} au ${p.endDate}.\n\n` +
      (p.reservation ? `${p.reservation}\n\n` : '') +
      (p.checklist.length ? `${p.checklistHeading ?? 'Avant la date de début du contrat (DDC)'} :\n${p.checklist.map((c) => `- ${c}`).join('\n')}\n\n` : '') +
      (p.link ? `Le contrat (${p.withPay === false ? 'dates' : 'dates, rémunération minimale'}, heures de formation) et ce qui reste à fournir : ${p.link}` : '') +
      signature,
  };
}

/** The office sends a company contact their link to a validated contract again (lost mail, expired link). */
export function contractLinkResentMail(p: { recipientName: string; studentName: string; roleLabel: string; link: string; expiresOn: string; withPay?: boolean }): MailContent {
  return {
    subject: `Votre lien vers le contrat de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `À votre demande, voici un nouveau lien personnel vers le contrat d'alternance de ${p.studentName}, dont vous êtes ${p.roleLabel} : ` +
      `${p.withPay === false ? 'dates' : 'dates, rémunération minimale'}, heures de formation et ce qui reste à fournir.\n\n${p.link}\n\n` +
      `Ce lien vous est personnel ; il est valable jusqu'au ${p.expiresOn}. Les liens envoyés auparavant ne fonctionnent plus.` +
      signature,
  };
}

export function ficheSubmittedMail(p: { studentName: string; findings: string[]; link: string }): MailContent {
  return {
    subject: `Fiche de validation soumise par ${p.studentName}`,
    text:
      `Bonjour,\n\n${p.studentName} a soumis sa fiche de validation de mission.\n\n` +
      (p.findings.length ? `Points relevés par les règles :\n${p.findings.map((f) => `- ${f}`).join('\n')}\n\n` : 'Aucune règle ne relève de problème.\n\n') +
      `Fiche : ${p.link}` +
      signature,
  };
}

export function missionRejectedMail(p: { studentName: string; reason: string }): MailContent {
  return {
    subject: 'Votre demande de validation de mission est refusée',
    text: `Bonjour ${p.studentName},\n\nLe responsable de l’alternance refuse la mission proposée :\n\n« ${p.reason} »` + signature,
  };
}
