import type { MailContent } from '../mail/templates.js';

const signature = '\n\n--\nMIAGE d’Aix-Marseille — pôle alternance\nCe message est envoyé automatiquement : pour toute question, répondez au responsable de l’alternance.';

/** One offer as a mail lists it: its reference (to give in the fiche, §3.2), its title, its OPA and its page. */
export interface MailedOffer {
  reference: string;
  title: string;
  organisation: string | null;
  /** The cohort it targets, in words, or null for every cohort. */
  cohort: string | null;
  link: string;
}

const block = (o: MailedOffer): string =>
  `- [${o.reference}] ${o.title}${o.organisation ? ` — ${o.organisation}` : ''}${o.cohort ? ` (${o.cohort})` : ''}\n  ${o.link}`;

/**
 * The MIAGE's diffusion of its offers « au fil de l'eau » (§3.2): each new offer at once
 * (`kind` IMMEDIATE, one offer) or the day's digest (DAILY, the offers published since the last
 * one). It says the reference must be given in the fiche if the alternance is one of them, and
 * how to receive them otherwise (`settingsLink`: no sign-in needed).
 */
export function offerDiffusionMail(p: { studentName: string; kind: 'IMMEDIATE' | 'DAILY'; offers: MailedOffer[]; offersLink: string; settingsLink: string; unsubscribeUrl: string }): MailContent {
  const single = p.offers.length === 1;
  const subject =
    p.kind === 'IMMEDIATE' && single
      ? `Nouvelle offre d’alternance de la MIAGE : ${p.offers[0]!.reference} — ${p.offers[0]!.title}`
      : `Offres d’alternance de la MIAGE : ${p.offers.length} nouvelle${single ? '' : 's'} offre${single ? '' : 's'}`;
  return {
    subject,
    text:
      `Bonjour ${p.studentName},\n\n` +
      (single ? 'La MIAGE diffuse une nouvelle offre d’alternance :\n\n' : `La MIAGE diffuse ${p.offers.length} nouvelles offres d’alternance :\n\n`) +
      `${p.offers.map(block).join('\n\n')}\n\n` +
      'Si l’alternance que vous allez faire valider est l’une de ces offres (même trouvée par vous-même), indiquez sa référence dans votre fiche de validation de mission.\n' +
      `Toutes les offres en cours : ${p.offersLink}\n\n` +
      (p.kind === 'IMMEDIATE'
        ? 'Vous recevez chaque offre dès sa publication. '
        : 'Vous recevez un récapitulatif par jour des offres publiées. ') +
      `Pour recevoir chaque offre dès sa publication, un récapitulatif par jour, ou ne plus rien recevoir : ${p.settingsLink}\n` +
      'Vous ne recevez plus ces offres dès que votre mission en alternance est validée.' +
      signature,
    // RFC 2369 and RFC 8058: the mail client's own « se désabonner » button — one POST of
    // `List-Unsubscribe=One-Click` on the signed link stops the offer mails, without a page.
    headers: { 'List-Unsubscribe': `<${p.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
