import { HALF_DAY_KIND_LABELS, type HalfDayChange } from '@alternance/domain';
import type { MailContent } from '../mail/templates.js';

const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « mercredi 8 octobre 2025 » */
export function frenchDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const kind = (k: string | null): string => (k === null ? 'hors calendrier' : (HALF_DAY_KIND_LABELS[k as keyof typeof HALF_DAY_KIND_LABELS] ?? k).toLowerCase());

/** One line per changed half-day: « - mercredi 8 octobre 2025, matin : entreprise → formation ». */
export function changeLines(changes: readonly HalfDayChange[]): string {
  return changes.map((c) => `- ${frenchDate(c.date)}, ${c.half === 'AM' ? 'matin' : 'après-midi'} : ${kind(c.before)} → ${kind(c.after)}`).join('\n');
}

/** The manager's word on the publication, when given: why the calendar changed. */
const reason = (comment: string | null | undefined): string => (comment?.trim() ? `Motif : ${comment.trim()}\n\n` : '');

/**
 * To an alternant: their own changed half-days (footnotes 13–15: every change is sent to the alternants).
 * `official`: the publication ends the guide's provisional calendar (§2.2.2) — the alternant is told it
 * is now the one in force, even when none of their half-days changed.
 */
export function calendarChangedStudentMail(p: { studentName: string; calendarLabel: string; changes: readonly HalfDayChange[]; link: string; comment?: string | null; official?: boolean }): MailContent {
  const n = p.changes.length;
  return {
    subject: n === 0 ? `Calendrier d’alternance définitif : ${p.calendarLabel}` : `Calendrier d’alternance modifié : ${n} demi-journée${n > 1 ? 's' : ''} change${n > 1 ? 'nt' : ''}`,
    text:
      `Bonjour ${p.studentName},\n\n` +
      (p.official ? `Le calendrier d’alternance « ${p.calendarLabel} » n’est plus provisoire : il est désormais définitif.` : `Le calendrier d’alternance « ${p.calendarLabel} » a été modifié.`) +
      (n === 0 ? ` Aucune de vos demi-journées ne change.\n\n` : ` Pour vous, ces demi-journées changent :\n\n${changeLines(p.changes)}\n\n`) +
      reason(p.comment) +
      `Seul le calendrier d’alternance fait foi (§2.2.1 du guide). Votre calendrier : ${p.link}\n` +
      `Si vous êtes abonné(e) à votre flux iCalendar, votre agenda se met à jour tout seul.` +
      signature,
  };
}

/**
 * To a company tutor or HR contact: the changes of each of their alternants, so they know when the
 * alternant is away (footnotes 13–15), and their personal link to read the calendars as they now
 * stand (`link`, with the day it expires).
 */
export function calendarChangedTutorMail(p: { tutorName: string; calendarLabel: string; alternants: readonly { name: string; changes: readonly HalfDayChange[] }[]; comment?: string | null; link?: { url: string; expiresOn: string } | null; official?: boolean }): MailContent {
  const several = p.alternants.length > 1;
  const changed = p.alternants.some((a) => a.changes.length > 0);
  return {
    subject: `Calendrier d’alternance ${changed ? 'modifié' : 'définitif'} : ${p.alternants.map((a) => a.name).join(', ')}`,
    text:
      `Bonjour ${p.tutorName},\n\n` +
      (p.official ? `Le calendrier d’alternance « ${p.calendarLabel} » n’est plus provisoire : il est désormais définitif.` : `Le calendrier d’alternance « ${p.calendarLabel} » a été modifié.`) +
      (changed ? ` Voici les demi-journées qui changent pour ${several ? 'vos alternant(e)s' : 'votre alternant(e)'} :\n\n` : ` Aucune demi-journée ne change pour ${several ? 'vos alternant(e)s' : 'votre alternant(e)'} :\n\n`) +
      p.alternants.map((a) => (a.changes.length ? `${a.name} :\n${changeLines(a.changes)}` : `${a.name} : aucun changement.`)).join('\n\n') +
      `\n\n« Formation » : l’alternant(e) est à l’université ; « entreprise » : il ou elle est chez vous.` +
      (p.comment?.trim() ? `\n\nMotif : ${p.comment.trim()}` : '') +
      (p.link
        ? `\n\nLe calendrier d’alternance de ${several ? 'vos alternant(e)s' : 'votre alternant(e)'}, tel qu’il est désormais (seul le calendrier d’alternance fait foi, §2.2.1 du guide) : ${p.link.url}\n` +
          `Ce lien personnel permet seulement de lire ce calendrier ; il est valable jusqu’au ${p.link.expiresOn}, et chaque nouvelle modification vous en envoie un autre.`
        : '') +
      signature,
  };
}

export interface ContractFigureChange {
  studentName: string;
  contractType: string;
  before: { billableHours: number | null; cost: number | null };
  after: { billableHours: number | null; cost: number | null };
}

const euros = (n: number | null): string => (n === null ? '—' : `${n.toFixed(2).replace('.', ',')} €`);
const hours = (n: number | null): string => (n === null ? '—' : `${n.toFixed(2).replace('.', ',')} h`);

/** To the office: what was published and the contracts whose billed hours or cost changed (§2.3, §2.5). */
export function calendarPublishedOfficeMail(p: { calendarLabel: string; number: number; changes: number; notified: number; contracts: readonly ContractFigureChange[]; link: string; comment?: string | null }): MailContent {
  return {
    subject: `Calendrier « ${p.calendarLabel} » publié (version ${p.number}) : ${p.contracts.length} contrat${p.contracts.length > 1 ? 's' : ''} recalculé${p.contracts.length > 1 ? 's' : ''}`,
    text:
      `Bonjour,\n\n` +
      `La version ${p.number} du calendrier « ${p.calendarLabel} » est en vigueur : ${p.changes} demi-journée(s) modifiée(s), ${p.notified} message(s) envoyé(s) aux alternant(e)s, à leurs tuteurs et aux contacts RH (notes 13–15 du guide).\n\n` +
      reason(p.comment) +
      (p.contracts.length
        ? `Contrats dont les heures facturables ou le coût OPCO changent :\n${p.contracts.map((c) => `- ${c.studentName} (${c.contractType}) : ${hours(c.before.billableHours)} → ${hours(c.after.billableHours)}, ${euros(c.before.cost)} → ${euros(c.after.cost)}`).join('\n')}\n\n`
        : `Aucun contrat ne voit ses heures facturables ni son coût changer.\n\n`) +
      `Historique des versions : ${p.link}` +
      signature,
  };
}
