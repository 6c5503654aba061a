import type { MailContent } from '../mail/templates.js';

/** French mail templates of the absences module (guide §4.3). */
const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

/** A half-day in words, as the office reads it. */
export const HALF = { AM: 'matin', PM: 'après-midi' } as const;

/** §4.3.4, told to the student whose absence is settled unjustified. */
export const UNJUSTIFIED_EFFECTS =
  'Une absence injustifiée peut être suivie d’effets (§4.3.4 du guide). Au niveau de la formation : selon leur nombre et la nature des enseignements manqués, ' +
  'et selon les règlements d’examens, empêcher la présentation à un examen, et donc l’obtention de l’année, ou valoir un malus (à un module, une UE, un BCC, un semestre ou à l’année). ' +
  'Au niveau de l’organisme d’accueil, à qui la formation la déclare : il est libre de toute sanction dans le respect du code du travail, à commencer par des retenues sur salaire.';
export const halfDayFr = (date: string, half: 'AM' | 'PM', formatDate: (d: string) => string): string => `${formatDate(date)} (${HALF[half]})`;

/**
 * The half-days one justification settles (§4.3): « votre absence du 5 octobre (matin) » for
 * one, a list for the several one document covers — `whose` is « votre »/« son »/« l’ ».
 */
export function absencesFr(halfDays: readonly string[], whose: { one: string; many: string }): string {
  if (halfDays.length === 1) return `${whose.one} absence du ${halfDays[0]}`;
  return `${whose.many} ${halfDays.length} absences des demi-journées suivantes :\n${halfDays.map((h) => `- ${h}`).join('\n')}\n`;
}

export function absenceRecordedMail(p: { studentName: string; halfDays: string[]; link: string; underContract: boolean }): MailContent {
  return {
    subject: 'Absence en formation enregistrée',
    text:
      `Bonjour ${p.studentName},\n\nLe secrétariat a enregistré votre absence en formation :\n${p.halfDays.map((h) => `- ${h}`).join('\n')}\n\n` +
      (p.underContract
        ? 'Sous contrat, une absence en formation est une absence au travail (§4.3 du guide) :\n' +
          '- pour raison médicale, seul un arrêt de travail la justifie : remettez-le à votre organisme d’accueil dans les 48 heures ouvrées après son établissement ; c’est lui qui le valide et le transmet à la formation dans les 10 jours ouvrables (un arrêt que vous enverriez vous-même à la formation serait ignoré) ;\n' +
          '- pour toute autre raison, indiquez-la au responsable de l’alternance, qui décidera.\n\n'
        : 'Stagiaire alternant(e), vous justifiez une absence par un certificat médical ou un justificatif équivalent (§4.3 du guide) : ' +
          'donnez-le, ou toute autre raison, au responsable de l’alternance, qui décidera.\n\n') +
      `Vos absences et leur état : ${p.link}` +
      signature,
  };
}

export function stoppageRequestMail(p: { recipientName: string; studentName: string; halfDay: string; deadline: string; link: string }): MailContent {
  return {
    subject: `Arrêt de travail de ${p.studentName} : à transmettre dans les 10 jours ouvrables après son établissement`,
    text:
      `Bonjour ${p.recipientName},\n\n${p.studentName}, alternant(e) dans votre organisme, a été absent(e) en formation le ${p.halfDay} pour raison médicale.\n\n` +
      'Une absence en formation pour raison médicale n’est justifiée que par un arrêt de travail validé par l’organisme d’accueil et transmis par lui à la formation ' +
      `dans les 10 jours ouvrables après l’établissement de l’arrêt (§4.3.1 du guide) : au plus tard le ${p.deadline} pour un arrêt établi le jour de l’absence, plus tôt pour un arrêt établi avant. ` +
      'Passé ce délai, l’absence sera définitivement notée comme injustifiée.\n\n' +
      `Déposez l’arrêt validé (PDF, JPEG ou PNG, 5 Mo au plus) avec ce lien personnel, valable pour cette absence seulement :\n\n${p.link}\n\nNe le transférez pas. Un seul dépôt suffit : l’arrêt justifie aussi les autres absences de ${p.studentName} déclarées pour raison médicale sur les jours qu’il couvre, et leurs liens ne servent plus.` +
      signature,
  };
}

export function stoppageReceivedMail(p: { studentName: string; halfDays: string[]; link: string }): MailContent {
  const many = p.halfDays.length > 1;
  return {
    subject: many ? 'Absences justifiées par arrêt de travail' : 'Absence justifiée par arrêt de travail',
    text: `Bonjour ${p.studentName},\n\nVotre organisme d’accueil a transmis votre arrêt de travail ; il justifie ${absencesFr(p.halfDays, { one: 'votre', many: 'vos' })}${many ? '' : '.'}\n\nVos absences : ${p.link}` + signature,
  };
}

/** The student's copy carries `link` (their absences) and is told what an unjustified absence may bring (§4.3.4). */
export function absenceLateMail(p: { recipientName: string; studentName: string; halfDay: string; deadline: string; link?: string }): MailContent {
  return {
    subject: `Absence de ${p.studentName} définitivement injustifiée`,
    text:
      `Bonjour ${p.recipientName},\n\nAucun arrêt de travail n’a été transmis par l’organisme d’accueil au plus tard le ${p.deadline} pour l’absence en formation de ${p.studentName} le ${p.halfDay}. ` +
      'Conformément au §4.3.1 du guide, elle est désormais définitivement notée comme injustifiée.' +
      (p.link ? `\n\n${UNJUSTIFIED_EFFECTS}\n\nDétail : ${p.link}` : '') +
      signature,
  };
}

/**
 * To the host (tutor 1, and the statement's recipients when it was declared, §4.3.4): a medical
 * absence noted definitively unjustified at its deadline is justified after all — the stoppage
 * the host mailed had arrived in time (§4.3.1 step 3), the office recorded it after.
 */
export function absenceJustifiedAfterDeadlineMail(p: { recipientName: string; studentName: string; halfDays: string[]; receivedOn: string; declaredOn: string | null; toldOfStoppage: boolean }): MailContent {
  const many = p.halfDays.length > 1;
  const absences = absencesFr(p.halfDays, { one: 'l’', many: 'les' }).replace('l’ absence', 'l’absence');
  return {
    subject: `${many ? 'Absences' : 'Absence'} de ${p.studentName} justifiée${many ? 's' : ''}${p.toldOfStoppage ? ' : arrêt de travail reçu à temps' : ''}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      // A recipient the stoppage was not asked of (tutor 2, often of another organisation, §3.1) is not told it was medical (§4.3.1).
      (p.toldOfStoppage
        ? `L’arrêt de travail de ${p.studentName}, transmis par l’organisme d’accueil le ${p.receivedOn}, ` +
          `est bien parvenu dans les 10 jours ouvrables après son établissement (§4.3.1 du guide) : il justifie ${absences}${many ? '' : '. '}` +
          (many ? 'Elles avaient été notées injustifiées faute d’arrêt enregistré à l’échéance' : 'Elle avait été notée injustifiée faute d’arrêt enregistré à l’échéance')
        : many
          ? `Les absences en formation de ${p.studentName} des demi-journées suivantes sont justifiées, leur justification étant parvenue à temps (§4.3 du guide) :\n${p.halfDays.map((h) => `- ${h}`).join('\n')}\nElles avaient été notées injustifiées`
          : `L’absence en formation de ${p.studentName} du ${p.halfDays[0]} est justifiée, sa justification étant parvenue à temps (§4.3 du guide). Elle avait été notée injustifiée`) +
      (p.declaredOn
        ? ` et déclarée${many ? 's' : ''} comme telle${many ? 's' : ''} dans le relevé des absences injustifiées envoyé le ${p.declaredOn} (§4.3.4) : ne ${many ? 'les' : 'la'} retenez pas.`
        : ` : ne tenez pas compte du message qui ${many ? 'les' : 'l’'}annonçait définitivement injustifiée${many ? 's' : ''}.`) +
      signature,
  };
}

/** One reason (and maybe one document) for every half-day it covers: one mail listing them. */
export function reasonToDecideMail(p: { studentName: string; halfDays: string[]; reason: string; fileName?: string | null; link: string }): MailContent {
  const many = p.halfDays.length > 1;
  return {
    subject: `${many ? 'Absences' : 'Absence'} de ${p.studentName} : justification à examiner`,
    text:
      `Bonjour,\n\n${p.studentName} justifie ${absencesFr(p.halfDays, { one: 'son', many: 'ses' })}${many ? '\n' : ' '}ainsi :\n\n« ${p.reason} »\n\n` +
      (p.fileName ? `Pièce justificative déposée sur la plateforme${many ? ', la même pour chacune' : ''} : ${p.fileName}.\n\n` : '') +
      `À vous de décider (§4.3.3 du guide) : ${p.link}` +
      signature,
  };
}

export function absenceDecidedMail(p: { studentName: string; halfDay: string; accepted: boolean; comment: string | null; link: string }): MailContent {
  return {
    subject: p.accepted ? 'Votre absence est justifiée' : 'Votre absence reste injustifiée',
    text:
      `Bonjour ${p.studentName},\n\nLe responsable de l’alternance ${p.accepted ? 'accepte' : 'refuse'} la justification de votre absence du ${p.halfDay}.` +
      (p.comment ? `\n\n« ${p.comment} »` : '') +
      (p.accepted ? '' : `\n\n${UNJUSTIFIED_EFFECTS}`) +
      `\n\nVos absences : ${p.link}` +
      signature,
  };
}

export function stoppageReceivedOfficeMail(p: { studentName: string; halfDays: string[]; sentBy: string; link: string }): MailContent {
  const many = p.halfDays.length > 1;
  return {
    subject: `Arrêt de travail reçu : ${p.studentName}`,
    text:
      `Bonjour,\n\n${p.sentBy} a transmis par son lien personnel l’arrêt de travail validé de ${p.studentName} (§4.3.1 du guide) ; il justifie ${absencesFr(p.halfDays, { one: 'son', many: 'ses' })}${many ? '' : '.'}\n\n` +
      `L’arrêt et les absences de l’alternant(e) : ${p.link}` +
      signature,
  };
}

export function absenceClosedUnjustifiedMail(p: { studentName: string; halfDay: string; comment: string | null; link: string }): MailContent {
  return {
    subject: 'Votre absence est notée injustifiée',
    text:
      `Bonjour ${p.studentName},\n\nAucune justification n’ayant été reçue, le responsable de l’alternance note injustifiée votre absence en formation du ${p.halfDay}. ` +
      'Elle sera déclarée à votre organisme d’accueil (§4.3.4 du guide).' +
      (p.comment ? `\n\n« ${p.comment} »` : '') +
      `\n\n${UNJUSTIFIED_EFFECTS}` +
      `\n\nVos absences : ${p.link}` +
      signature,
  };
}

export function professionalLinkMail(p: { recipientName: string; studentName: string; link: string; expiresOn: string }): MailContent {
  return {
    subject: `Demande d’absence pour raisons professionnelles pour ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\nLes absences en formation pour raisons professionnelles sont légalement interdites ; à titre exceptionnel, la Direction de la MIAGE peut en accorder (§4.3.2 du guide). ` +
      `La demande vient du tuteur professionnel, au moins 10 jours ouvrables avant le premier jour de la période visée.\n\nPour demander une absence de ${p.studentName}, utilisez ce lien personnel (valable jusqu’au ${p.expiresOn}) :\n\n${p.link}\n\nNe le transférez pas.` +
      signature,
  };
}

export function professionalRequestedMail(p: { studentName: string; tutorName: string; period: string; reason: string; link: string }): MailContent {
  return {
    subject: `Demande d’absence professionnelle pour ${p.studentName}`,
    text:
      `Bonjour,\n\n${p.tutorName}, tuteur(trice) de ${p.studentName}, demande une absence en formation pour raisons professionnelles ${p.period} :\n\n« ${p.reason} »\n\n` +
      `Après avoir vérifié avec les enseignants concernés, rendez votre décision (§4.3.2 du guide) : ${p.link}` +
      signature,
  };
}

/** §4.3.2 step 2: the direction asks the teachers in charge of the teachings of the period whether the absence is a problem. */
export function professionalConsultMail(p: { studentName: string; cohort: string; tutorName: string; period: string; trainingHalfDays: string[]; reason: string; directionEmails: string[] }): MailContent {
  return {
    subject: `Absence professionnelle demandée pour ${p.studentName} : votre avis sur vos enseignements`,
    text:
      `Bonjour,\n\n${p.tutorName}, tuteur(trice) professionnel(le) de ${p.studentName} (${p.cohort}), demande pour raisons professionnelles une absence en formation ${p.period} :\n\n« ${p.reason} »\n\n` +
      (p.trainingHalfDays.length
        ? `Demi-journées de formation concernées au calendrier d’alternance :\n${p.trainingHalfDays.map((h) => `- ${h}`).join('\n')}\n\n`
        : 'Aucune demi-journée de formation n’est prévue sur cette période au calendrier d’alternance.\n\n') +
      'Ces absences sont légalement interdites ; la Direction de la MIAGE peut, à titre exceptionnel, en accorder après avoir vérifié avec les enseignants en charge des enseignements concernés que cela ne pose pas de problème particulier (§4.3.2 du guide). ' +
      `Vous êtes consulté(e) à ce titre : répondez à la Direction${p.directionEmails.length ? ` (${p.directionEmails.join(', ')})` : ''}, qui vous enverra sa décision.` +
      signature,
  };
}

export function professionalDecidedMail(p: { recipientName: string; studentName: string; period: string; granted: boolean; comment: string | null }): MailContent {
  return {
    subject: `Absence professionnelle de ${p.studentName} : ${p.granted ? 'accordée' : 'refusée'}`,
    text:
      `Bonjour ${p.recipientName},\n\nLa Direction de la MIAGE ${p.granted ? 'accorde' : 'refuse'} l’absence en formation pour raisons professionnelles de ${p.studentName} ${p.period}.` +
      (p.comment ? `\n\n« ${p.comment} »` : '') +
      (p.granted ? '\n\nLes demi-journées de formation de cette période sont notées comme absences justifiées.' : '\n\nUne absence pendant cette période serait injustifiée.') +
      signature,
  };
}

export function absenceStatementMail(p: { recipientName: string; organisationName: string; monthLabel: string; lines: string[]; totalHours: string }): MailContent {
  return {
    subject: `Absences injustifiées en formation — ${p.monthLabel} — ${p.organisationName}`,
    text:
      `Bonjour ${p.recipientName},\n\nComme le prévoit le §4.3.4 du guide de l’alternance, voici les absences en formation injustifiées de vos alternant(e)s en ${p.monthLabel} :\n\n` +
      `${p.lines.map((l) => `- ${l}`).join('\n')}\n\nTotal : ${p.totalHours}.\n\n` +
      'L’organisme d’accueil reste libre des suites à donner, dans le respect du code du travail.' +
      signature,
  };
}

/**
 * A complement to a month's statement (§4.3.4): the month's absences settled unjustified after
 * an earlier statement went out (a stoppage that never came, a reason refused), and only those.
 */
export function absenceStatementComplementMail(p: { recipientName: string; organisationName: string; monthLabel: string; lines: string[]; totalHours: string; previousSentOn: string }): MailContent {
  return {
    subject: `Relevé complémentaire — absences injustifiées en formation — ${p.monthLabel} — ${p.organisationName}`,
    text:
      `Bonjour ${p.recipientName},\n\nRelevé complémentaire : un relevé des absences en formation injustifiées de vos alternant(e)s en ${p.monthLabel} vous a été envoyé le ${p.previousSentOn}. ` +
      `Comme le prévoit le §4.3.4 du guide de l’alternance, voici celles de ${p.monthLabel} qui n’y figuraient pas, notées injustifiées depuis :\n\n` +
      `${p.lines.map((l) => `- ${l}`).join('\n')}\n\nTotal de ce complément : ${p.totalHours}.\n\n` +
      'L’organisme d’accueil reste libre des suites à donner, dans le respect du code du travail.' +
      signature,
  };
}
