import { formatDateFr } from '@alternance/domain';
import type { MailContent } from '../mail/templates.js';
import { halfDayLabel } from './visit-times.js';
import type { VisitFormat, VisitHalf } from './visit.entity.js';

// French mail templates of the visits (§4.6). Plain text; the invitation travels as the mail's calendar part.

const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

const nth = (n: number): string => (n === 1 ? '1re' : '2de');

export interface SlotText {
  date: string;
  half: VisitHalf;
  format: VisitFormat;
  location: string;
}

export function slotText(s: SlotText): string {
  return `${formatDateFr(s.date)}, ${halfDayLabel(s.half)} — ${s.format === 'ON_SITE' ? `sur place : ${s.location}` : `à distance : ${s.location}`}`;
}

/** The visitor's name, saying so when the manager stands in for an unassigned tutor (note 32). */
export function visitorLabel(tutorName: string | null, managerName: string): string {
  return tutorName ?? `${managerName}, responsable de l’alternance, qui assure le rôle de tuteur universitaire tant qu’aucun tuteur n’est affecté`;
}

/** « A et B », « A, B et C ». */
const names = (list: readonly string[]): string => (list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} et ${list.at(-1)}`);

/**
 * To one company tutor of the visit, with their own link (§4.6 note 34); `otherCompanyTutors`: the
 * contract's other company tutor (§3.1), who gets the slots with their own link — the first to pick sets the visit.
 */
export function slotsProposedMail(p: { recipientName: string; studentName: string; visitNumber: number; visitor: string; visitorName: string; slots: SlotText[]; link: string; expiresOn: string; kind?: 'REQUEST' | 'OTHER_SLOTS' | 'REMINDER'; otherCompanyTutors?: readonly string[] }): MailContent {
  const other = p.kind === 'OTHER_SLOTS';
  const reminder = p.kind === 'REMINDER';
  const others = p.otherCompanyTutors ?? [];
  return {
    subject: `${reminder ? 'Rappel — ' : ''}${nth(p.visitNumber)} visite de ${p.studentName} : ${other ? 'nouveaux créneaux, ' : ''}merci de choisir un créneau`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      (reminder
        ? `Le tuteur universitaire de ${p.studentName} — ${p.visitor} — vous a proposé des créneaux pour la ${nth(p.visitNumber)} visite en entreprise et attend votre réponse : le rendez-vous se cale avec vous (guide de l’alternance, §4.6, note 34). Ce lien remplace celui reçu précédemment.\n\n`
        : other
        ? `Le tuteur universitaire de ${p.studentName} — ${p.visitor} — vous propose de nouveaux créneaux pour la ${nth(p.visitNumber)} visite en entreprise ; ceux proposés auparavant ne sont plus valables (guide de l’alternance, §4.6).\n\n`
        : `Le tuteur universitaire de ${p.studentName} — ${p.visitor} — souhaite réaliser la ${nth(p.visitNumber)} visite en entreprise, en présence de l’alternant(e) et de son tuteur en entreprise (guide de l’alternance, §4.6).\n\n`) +
      `${reminder ? 'Créneaux encore possibles' : 'Créneaux proposés'} :\n${p.slots.map((s) => `- ${slotText(s)}`).join('\n')}\n\n` +
      `Choisissez celui qui vous convient en suivant ce lien personnel (aucun mot de passe n’est demandé) :\n\n${p.link}\n\n` +
      (others.length ? `Ces créneaux sont aussi proposés à ${names(others)}, également tuteur en entreprise de ${p.studentName}, avec son propre lien : le premier créneau retenu par l’un de vous vaut pour la visite, et chacun en est informé.\n\n` : '') +
      `Chacun recevra ensuite une invitation à ajouter à son agenda. Ce lien reste valable jusqu’au ${p.expiresOn}. Ne le transférez pas. Si aucun créneau ne convient, indiquez-le depuis ce même lien avec vos disponibilités (un jour où l’alternant(e) est en entreprise) : elles sont transmises à ${p.visitorName}.` +
      signature,
  };
}

/** To the visitor (the tutor, or the managers while one acts as tutor): the company tutor declined every slot (note 34). */
export function slotsDeclinedMail(p: { recipientName: string; studentName: string; visitNumber: number; companyTutorName: string; slots: SlotText[]; availability: string; link: string; stillAnswering?: readonly string[] }): MailContent {
  const still = p.stillAnswering ?? [];
  return {
    subject: `Aucun créneau ne convient — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `${p.companyTutorName}, tuteur en entreprise de ${p.studentName}, indique qu’aucun des créneaux proposés pour la ${nth(p.visitNumber)} visite ne lui convient :\n${p.slots.map((s) => `- ${slotText(s)}`).join('\n')}\n\n` +
      `Ses disponibilités : « ${p.availability} »\n\n` +
      (still.length ? `${names(still)}, également tuteur en entreprise, n’a pas encore répondu et peut toujours retenir l’un de ces créneaux avec son propre lien.\n\n` : '') +
      `Le rendez-vous se cale avec le tuteur en entreprise, un jour où l’alternant(e) est présent(e) (guide de l’alternance, §4.6, note 34). Proposez d’autres créneaux depuis la visite : ${p.link}` +
      signature,
  };
}

/** `chosenBy`: the company tutor who picked the slot through their link (the first pick wins, §4.6 note 34). */
export function visitScheduledMail(p: { recipientName: string; studentName: string; visitNumber: number; visitor: string; companyTutors: readonly string[]; slot: SlotText; kind: 'SCHEDULED' | 'RESCHEDULED'; reason?: string | null; chosenBy?: string | null }): MailContent {
  const moved = p.kind === 'RESCHEDULED';
  return {
    subject: `${moved ? 'Visite déplacée' : 'Visite confirmée'} — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      (moved ? `La ${nth(p.visitNumber)} visite en entreprise de ${p.studentName} est déplacée` + (p.reason ? ` (« ${p.reason} »)` : '') + '.\n\n' : `La ${nth(p.visitNumber)} visite en entreprise de ${p.studentName} est confirmée${p.chosenBy ? ` : ${p.chosenBy} a retenu ce créneau` : ''}.\n\n`) +
      `Quand : ${slotText(p.slot)}\n` +
      `Tuteur universitaire : ${p.visitor}\n` +
      `Tuteur${p.companyTutors.length > 1 ? 's' : ''} en entreprise : ${p.companyTutors.join(', ')}\n\n` +
      `L’invitation jointe (fichier .ics) ajoute la visite à votre agenda${moved ? ' et remplace la précédente' : ''}. La présence de l’alternant(e) et du tuteur en entreprise est attendue.` +
      signature,
  };
}

export function visitCancelledMail(p: { recipientName: string; studentName: string; visitNumber: number; reason: string; wasScheduled: boolean }): MailContent {
  return {
    subject: `Visite annulée — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `La ${nth(p.visitNumber)} visite en entreprise de ${p.studentName} est annulée : « ${p.reason} ».\n\n` +
      (p.wasScheduled ? 'L’invitation jointe la retire de votre agenda. ' : 'Les créneaux proposés ne sont plus valables et le lien envoyé ne fonctionne plus. ') +
      'Une nouvelle date vous sera proposée.' +
      signature,
  };
}

/** To a company tutor replaced (or tutor 2 removed) before a scheduled visit (§3.1): the visit is no longer theirs to attend. */
export function visitHandedOverMail(p: { recipientName: string; studentName: string; visitNumber: number; slot: SlotText; successorName: string | null }): MailContent {
  return {
    subject: `Visite retirée de votre agenda — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `Vous n’êtes plus le tuteur en entreprise de ${p.studentName} : la ${nth(p.visitNumber)} visite en entreprise (${slotText(p.slot)}) aura lieu ${p.successorName ? `avec ${p.successorName}, qui vous remplace` : 'sans vous'}.\n\n` +
      'L’invitation jointe (fichier .ics) retire la visite de votre agenda.' +
      signature,
  };
}

/**
 * To those who stay at a scheduled visit whose company tutors changed (§3.1): the student, the
 * academic tutor, the other company tutor. Same date and place; the attached invitation (same
 * UID, higher SEQUENCE) brings their calendar's event up to date with who attends.
 */
export function visitTutorsChangedMail(p: { recipientName: string; studentName: string; visitNumber: number; visitor: string; slot: SlotText; companyTutors: string[]; successorName: string | null; formerName: string | null }): MailContent {
  const change = p.successorName && p.formerName ? `${p.successorName} remplace ${p.formerName}` : p.successorName ? `${p.successorName} y assistera aussi` : `${p.formerName ?? 'un tuteur'} n’y assistera plus`;
  return {
    subject: `Visite mise à jour — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `La ${nth(p.visitNumber)} visite en entreprise de ${p.studentName} est maintenue, mais le tuteur en entreprise change : ${change}.\n\n` +
      `Quand : ${slotText(p.slot)}\n` +
      `Tuteur universitaire : ${p.visitor}\n` +
      `Tuteur${p.companyTutors.length > 1 ? 's' : ''} en entreprise : ${p.companyTutors.join(', ')}\n\n` +
      'L’invitation jointe (fichier .ics) met à jour la visite déjà dans votre agenda.' +
      signature,
  };
}

/**
 * The alternant's academic tutor changed (§4.6; or none is assigned any more and the manager
 * acts, note 32) before a scheduled visit: to whoever visits now, the visit is theirs to make.
 */
export function visitTakenOverMail(p: { recipientName: string; studentName: string; visitNumber: number; slot: SlotText; companyTutors: string[]; formerName: string; link: string }): MailContent {
  return {
    subject: `Visite à réaliser — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `Vous suivez désormais ${p.studentName} comme tuteur universitaire (guide de l’alternance, §4.6) : la ${nth(p.visitNumber)} visite en entreprise, déjà convenue avec le tuteur en entreprise, vous revient (elle devait être réalisée par ${p.formerName}).\n\n` +
      `Quand : ${slotText(p.slot)}\n` +
      `Tuteur${p.companyTutors.length > 1 ? 's' : ''} en entreprise : ${p.companyTutors.join(', ')}\n\n` +
      `L’invitation jointe (fichier .ics) ajoute la visite à votre agenda. Pour la déplacer, l’annuler ou en saisir le compte rendu : ${p.link}` +
      signature,
  };
}

/** To the academic tutor (or the manager who acted as tutor) who no longer makes a scheduled visit. */
export function visitLeftMail(p: { recipientName: string; studentName: string; visitNumber: number; slot: SlotText; successor: string }): MailContent {
  return {
    subject: `Visite retirée de votre agenda — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `Vous ne suivez plus ${p.studentName} comme tuteur universitaire : la ${nth(p.visitNumber)} visite en entreprise (${slotText(p.slot)}) sera réalisée par ${p.successor}.\n\n` +
      'L’invitation jointe (fichier .ics) retire la visite de votre agenda.' +
      signature,
  };
}

/** To the alternant and the company tutor(s) of a scheduled visit whose visitor changed: same day and place, who comes. */
export function visitVisitorChangedMail(p: { recipientName: string; studentName: string; visitNumber: number; slot: SlotText; visitor: string; formerName: string; companyTutors: string[] }): MailContent {
  return {
    subject: `Visite mise à jour — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `La ${nth(p.visitNumber)} visite en entreprise de ${p.studentName} est maintenue, mais le tuteur universitaire change : elle sera réalisée par ${p.visitor}, et non plus par ${p.formerName}.\n\n` +
      `Quand : ${slotText(p.slot)}\n` +
      `Tuteur universitaire : ${p.visitor}\n` +
      `Tuteur${p.companyTutors.length > 1 ? 's' : ''} en entreprise : ${p.companyTutors.join(', ')}\n\n` +
      'L’invitation jointe (fichier .ics) met à jour la visite déjà dans votre agenda.' +
      signature,
  };
}

/** To the visitor: the slots are all past and no company tutor answered (unansweredVisitProposal). */
export function slotsUnansweredMail(p: { recipientName: string; studentName: string; visitNumber: number; companyTutors: readonly string[]; slots: SlotText[]; link: string }): MailContent {
  const two = p.companyTutors.length > 1;
  return {
    subject: `Créneaux restés sans réponse — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      (two
        ? `${names(p.companyTutors)}, tuteurs en entreprise de ${p.studentName}, n’ont retenu aucun des créneaux proposés pour la ${nth(p.visitNumber)} visite, ni l’un ni l’autre, et ils sont tous passés :`
        : `${names(p.companyTutors)}, tuteur en entreprise de ${p.studentName}, n’a retenu aucun des créneaux proposés pour la ${nth(p.visitNumber)} visite, et ils sont tous passés :`) +
      `\n${p.slots.map((s) => `- ${slotText(s)}`).join('\n')}\n\n` +
      `${two ? 'Les liens qui leur avaient été envoyés ne fonctionnent plus' : 'Le lien qui lui avait été envoyé ne fonctionne plus'}. Le rendez-vous se cale avec le(s) tuteur(s) en entreprise, un jour où l’alternant(e) est présent(e) (guide de l’alternance, §4.6, note 34) : ${two ? 'contactez-les' : 'contactez-le'} et proposez d’autres créneaux depuis la visite : ${p.link}` +
      signature,
  };
}

export function followUpNeededMail(p: { studentName: string; visitNumber: number; date: string; visitor: string; note: string; pointsOfAttention: string; link: string }): MailContent {
  return {
    subject: `Suivi à prévoir — ${p.studentName} (${nth(p.visitNumber)} visite)`,
    text:
      `Bonjour,\n\n` +
      `Après la ${nth(p.visitNumber)} visite du ${formatDateFr(p.date)}, ${p.visitor} signale qu’un suivi est nécessaire pour ${p.studentName}.\n\n` +
      (p.note ? `Suivi demandé : « ${p.note} »\n` : '') +
      (p.pointsOfAttention ? `Points d’attention : « ${p.pointsOfAttention} »\n` : '') +
      `\nCompte rendu : ${p.link}` +
      signature,
  };
}

/**
 * A visit still to hold of an alternant handed to a tutor, as their assignment mail lists it (one
 * whose day has come or passed stays with its visitor: keptVisitText).
 */
export function upcomingVisitText(v: { visitNumber: number; state: 'PROPOSED' | 'SCHEDULED'; slot: SlotText | null }): string {
  return v.state === 'SCHEDULED' && v.slot
    ? `${nth(v.visitNumber)} visite planifiée : ${slotText(v.slot)} (invitation envoyée à part)`
    : `${nth(v.visitNumber)} visite : créneaux proposés au tuteur en entreprise, en attente de son choix`;
}

/**
 * A visit made (or made today) that stays with whoever visited when the alternant changed tutor
 * (domain visitStaysWithVisitor), as the new tutor's assignment mail lists it: who writes its report.
 */
export function keptVisitText(v: { visitNumber: number; date: string; visitor: string }): string {
  return `Le compte rendu de la ${nth(v.visitNumber)} visite du ${formatDateFr(v.date)} reste à saisir par ${v.visitor}, qui l’a réalisée`;
}

/** To whoever made a visit that stays with them when the alternant changed tutor: its report is still theirs to write. */
export function visitReportStaysMail(p: { recipientName: string; studentName: string; visitNumber: number; date: string; successor: string; link: string }): MailContent {
  return {
    subject: `Compte rendu à saisir — ${nth(p.visitNumber)} visite de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\n` +
      `${p.studentName} est désormais suivi(e) par ${p.successor}. La ${nth(p.visitNumber)} visite du ${formatDateFr(p.date)} reste la vôtre : son compte rendu est à saisir par vous (« Mes alternant(e)s », Comptes rendus à saisir).\n\n` +
      `Compte rendu : ${p.link}` +
      signature,
  };
}

export function tutorAssignedMail(p: { tutorName: string; academicYear: string; students: { name: string; cohort: string; company: string | null; visits?: string[] }[]; link: string }): MailContent {
  return {
    subject: `Alternant(e)s qui vous sont affecté(e)s (${p.academicYear})`,
    text:
      `Bonjour ${p.tutorName},\n\n` +
      `Vous êtes désormais le tuteur universitaire de :\n${p.students.map((s) => `- ${s.name} (${s.cohort}${s.company ? `, ${s.company}` : ''})${(s.visits ?? []).map((v) => `\n  · ${v}`).join('')}`).join('\n')}\n\n` +
      `Votre rôle (guide de l’alternance, §4.6) : vérifier que l’alternance se déroule bien, être l’interlocuteur de l’alternant(e) et du tuteur en entreprise, et réaliser 2 visites dans l’année (janvier/février, puis avril/mai — voire juin pour les M2), un jour où l’alternant(e) est en entreprise.\n\n` +
      `Vos alternant(e)s : ${p.link}` +
      signature,
  };
}
