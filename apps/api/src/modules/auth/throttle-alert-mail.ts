import type { MailContent } from '../mail/templates.js';

/** To the account's owner when its sign-ins start being throttled (issue 10, item 5). */
export function signInThrottledMail(p: { displayName: string; failures: number; waitMinutes: number; publicUrl: string }): MailContent {
  return {
    subject: 'Alternance — connexions refusées sur votre compte',
    text: [
      `Bonjour ${p.displayName},`,
      '',
      `${p.failures} tentatives de connexion à votre compte Alternance viennent d’échouer (mot de passe incorrect).`,
      `Par sécurité, les nouvelles tentatives sont ralenties : la prochaine sera possible dans ${p.waitMinutes} minute(s), puis les délais s’allongent à chaque échec.`,
      'Depuis un appareil où vous vous êtes déjà connecté(e), votre mot de passe reste accepté sans attendre.',
      '',
      'Si ce n’était pas vous, quelqu’un essaie peut-être de deviner votre mot de passe : choisissez-en un nouveau, robuste, et prévenez le responsable de l’alternance.',
      '',
      p.publicUrl,
    ].join('\n'),
  };
}
