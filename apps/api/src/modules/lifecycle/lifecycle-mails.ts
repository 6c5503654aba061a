import { formatEuros } from '@alternance/domain';
import type { MailContent } from '../mail/templates.js';

/** French mail templates of the lifecycle (issue 13). */
const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

export function ruptureRequestedMail(p: { studentName: string; requester: string; reason: string; link: string }): MailContent {
  return {
    subject: `Demande de rupture de l’alternance de ${p.studentName}`,
    text:
      `Bonjour,\n\n${p.requester} demande la rupture de l’alternance de ${p.studentName} :\n\n« ${p.reason} »\n\n` +
      `Le guide demande de tenter d’abord une médiation (tuteur universitaire, puis responsable de l’alternance). Contrat : ${p.link}` +
      signature,
  };
}

/** To the managers: a CFA/SFCA's system declared a rupture; the office engages the procedure (§5). */
export function ruptureDeclaredMail(p: { studentName: string; partner: string; lastDay: string; reason: string; link: string }): MailContent {
  return {
    subject: `Rupture déclarée par le ${p.partner} : alternance de ${p.studentName}`,
    text:
      `Bonjour,\n\nLe ${p.partner} a enregistré la rupture du contrat de ${p.studentName}, dernier jour déclaré (inclus) : ${p.lastDay}.\n\n« ${p.reason} »\n\n` +
      `Le contrat reste actif ici tant que la rupture n’est pas engagée puis terminée par le responsable (§5 du guide) : vérifiez la date, engagez la procédure et suivez les documents. Contrat : ${p.link}` +
      signature,
  };
}

export function ruptureStartedMail(p: { recipientName: string; studentName: string; lastDay: string; steps: string[]; link: string | null }): MailContent {
  return {
    subject: `Rupture de l’alternance de ${p.studentName} : documents à transmettre`,
    text:
      `Bonjour ${p.recipientName},\n\nLa rupture de l’alternance de ${p.studentName} est engagée. Dernier jour du contrat (inclus) : ${p.lastDay}.\n` +
      `Indiquez cette date exacte sur chaque document de rupture.\n\nÀ faire :\n${p.steps.map((s) => `- ${s}`).join('\n')}\n\n` +
      (p.link ? `Suivi : ${p.link}` : '') +
      signature,
  };
}

export function ruptureCompletedMail(p: { recipientName: string; studentName: string; lastDay: string; newContract: boolean }): MailContent {
  return {
    subject: `Rupture de l’alternance de ${p.studentName} enregistrée`,
    text:
      `Bonjour ${p.recipientName},\n\nLa rupture de l’alternance de ${p.studentName} est enregistrée : le contrat a pris fin le ${p.lastDay} (inclus).` +
      (p.newContract
        ? '\n\nUn nouveau contrat du même type peut être signé dans un autre organisme d’accueil, sans délai de carence, après une nouvelle validation de mission (guide §3 et §5).'
        : '') +
      signature,
  };
}

export function contractExtendedMail(p: { recipientName: string; studentName: string; previousEnd: string; newEnd: string; prolongedFrom: string; prolongedRate: { ratePercent: number; monthlyMinimumGross: number } | null; withPay?: boolean }): MailContent {
  // §4.2.1: the prolonged period is paid the last year's rate + 15 points; the employer must know it (not a company tutor, §3.1).
  const pay = p.withPay === false ? '' : p.prolongedRate
    ? ` Pendant la prolongation, à partir du ${p.prolongedFrom}, la rémunération minimale est majorée de 15 points (§4.2.1 du guide) : ${String(p.prolongedRate.ratePercent).replace('.', ',')} %, soit ${formatEuros(p.prolongedRate.monthlyMinimumGross)} brut mensuel à temps plein au départ.`
    : ' La rémunération minimale est recalculée sur la nouvelle durée.';
  return {
    subject: `Prorogation du contrat de ${p.studentName}`,
    text: `Bonjour ${p.recipientName},\n\nLe contrat d’alternance de ${p.studentName} est prorogé par avenant : sa date de fin passe du ${p.previousEnd} au ${p.newEnd}.${pay}` + signature,
  };
}

export function yearOutcomeMail(p: { recipientName: string; studentName: string; programme: string; outcome: 'PASSES' | 'REPEATS' | 'LEAVES'; details: string[] }): MailContent {
  const what = { PASSES: 'passe en année supérieure', REPEATS: 'redouble', LEAVES: 'quitte la formation' }[p.outcome];
  return {
    subject: `Fin d’année ${p.programme} : ${p.studentName} ${what}`,
    text: `Bonjour ${p.recipientName},\n\nÀ la clôture de l’année ${p.programme}, ${p.studentName} ${what}.\n` + (p.details.length ? `\n${p.details.map((d) => `- ${d}`).join('\n')}\n` : '') + signature,
  };
}

export function ruptureRequestLinkMail(p: { recipientName: string; studentName: string; link: string; expiresOn: string }): MailContent {
  return {
    subject: `Demander la rupture de l’alternance de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\nVous pouvez demander au responsable de l’alternance la rupture du contrat de ${p.studentName} (§5 du guide : une médiation est tentée d’abord ; le responsable engage ensuite la procédure, avec la date exacte du dernier jour). ` +
      `Utilisez ce lien personnel, valable pour ce seul contrat jusqu’au ${p.expiresOn} :\n\n${p.link}\n\nNe le transférez pas.` +
      signature,
  };
}

/**
 * To the new company tutor (§3.1): their personal link to read the contract, like the validation's.
 * `alternance`: an alternance's contract (apprenticeship, professionalisation, work-study internship)
 * — the livret d'alternance (§4.7) and the academic tutor's visits (§4.6) are the alternants' only,
 * not promised to a classic intern's tutor.
 */
export function tutorAppointedMail(p: { recipientName: string; studentName: string; slot: 1 | 2; effectiveOn: string; organisation: string; link: string; expiresOn: string; visits: string[]; alternance: boolean }): MailContent {
  return {
    subject: `Vous êtes tuteur professionnel de ${p.studentName}`,
    text:
      `Bonjour ${p.recipientName},\n\nÀ compter du ${p.effectiveOn}, vous êtes le tuteur professionnel n°${p.slot} de ${p.studentName} (${p.organisation}). ` +
      (p.alternance
        ? `Vous recevrez désormais les messages de l’alternance qui concernent le tuteur : livret d’alternance, visites du tuteur universitaire, absences.\n\n`
        : `Vous recevrez désormais les messages du stage qui concernent le tuteur : absences. Le livret d’alternance et les visites du tuteur universitaire concernent les alternant(e)s seulement (§4.6, §4.7) : rien n’est attendu de vous à ce titre.\n\n`) +
      `Consultez le contrat avec ce lien personnel, valable pour ce seul contrat jusqu’au ${p.expiresOn} :\n\n${p.link}\n\nNe le transférez pas.` +
      (p.visits.length ? `\n\nVisites à venir (l’invitation de chacune vous parvient à part, à ajouter à votre agenda) :\n${p.visits.map((v) => `- ${v}`).join('\n')}` : '') +
      signature,
  };
}

/** To the student and the previous tutor (§3.1): who is tutor from when; an apprenticeship's avenant is named. */
export function tutorChangedMail(p: { recipientName: string; studentName: string; slot: 1 | 2; kind: 'MODIFICATION' | 'ADDITION' | 'REMOVAL'; previousTutor: string | null; newTutor: string | null; effectiveOn: string; lastDay: string; avenantSignedOn: string | null; formerTutor: boolean }): MailContent {
  const what =
    p.kind === 'REMOVAL'
      ? `le tuteur professionnel n°${p.slot}, ${p.previousTutor ?? ''}, ne l’est plus après le ${p.lastDay}`
      : p.kind === 'ADDITION'
        ? `${p.newTutor ?? ''} devient tuteur professionnel n°${p.slot} à compter du ${p.effectiveOn}`
        : `${p.newTutor ?? ''} remplace ${p.previousTutor ?? ''} comme tuteur professionnel n°${p.slot} à compter du ${p.effectiveOn} (dernier jour de ${p.previousTutor ?? ''} : ${p.lastDay})`;
  const avenant = p.avenantSignedOn ? ` Ce changement fait l’objet d’un avenant au contrat, signé le ${p.avenantSignedOn}.` : '';
  const former = p.formerTutor ? '\n\nMerci pour votre accompagnement. Vos liens personnels vers ce contrat, son livret et ses visites ne fonctionnent plus.' : '';
  return {
    subject: `Changement de tuteur professionnel : alternance de ${p.studentName}`,
    text: `Bonjour ${p.recipientName},\n\nPour l’alternance de ${p.studentName}, ${what}.${avenant}${former}` + signature,
  };
}

/**
 * To the office (managers and secretariat) at a year's closure: the students passing to the next year
 * without a contract that carries on (§2.1.2: « vous devrez suivre le M2 MIAGE avec un nouveau contrat
 * d'alternance »), moved to that year's cohort — their track to assign — or left where they were when
 * the reference data has no such cohort.
 */
export function newContractYearOfficeMail(p: { cohortLabel: string; programme: string; nextProgramme: string; moved: { name: string; cohortLabel: string; group: string | null; link: string }[]; unmoved: { name: string; link: string }[] }): MailContent {
  const n = p.moved.length + p.unmoved.length;
  const moved = p.moved.length
    ? `\n\nDossiers passés dans la formation de l’année ${p.nextProgramme} :\n${p.moved.map((m) => `- ${m.name} → ${m.cohortLabel}, ${m.group ? `groupe ${m.group}` : 'parcours à affecter'} : ${m.link}`).join('\n')}`
    : '';
  const unmoved = p.unmoved.length
    ? `\n\nAucune formation de l’année ${p.nextProgramme} pour y entrer n’existe dans les données de référence : créez-la, puis changez la formation de ces dossiers :\n${p.unmoved.map((m) => `- ${m.name} : ${m.link}`).join('\n')}`
    : '';
  return {
    subject: `Clôture du ${p.programme} — ${p.cohortLabel} : ${n} étudiant(e)${n > 1 ? 's' : ''} en ${p.nextProgramme} avec un nouveau contrat à trouver`,
    text:
      `Bonjour,\n\nÀ la clôture de l’année ${p.programme} de la formation ${p.cohortLabel}, ${n} étudiant(e)${n > 1 ? 's passent' : ' passe'} en ${p.nextProgramme} sans contrat d’alternance qui s’y poursuive : ` +
      `l’année ${p.nextProgramme} se fait avec un nouveau contrat d’alternance (§2.1.2 du guide), dont la mission est à faire valider pendant la campagne (§3.3).` +
      moved +
      unmoved +
      signature,
  };
}
