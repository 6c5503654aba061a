import type { ContractType } from '../contracts/contract-input.js';
import { formatDateFr } from '../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../dates/iso-date.js';
import { InputError } from '../findings/input-error.js';
import { workflowFinding, type WorkflowFinding } from '../workflow/workflow-finding.js';

/** A company tutor as the rules see them: who they are is their e-mail address. */
export interface TutorRef {
  email: string;
}

export type TutorChangeKind = 'MODIFICATION' | 'ADDITION' | 'REMOVAL';

export interface TutorChangeInput {
  contractType: ContractType | string;
  /** Tutor 1 is the one of the organisation signing the contract; tutor 2 is optional (§3.1). */
  slot: 1 | 2;
  /** The tutor now in that slot (null: none, only possible for slot 2). */
  current: TutorRef | null;
  /** The tutor of the other slot, if any. */
  other: TutorRef | null;
  /** The new tutor of the slot; null removes the slot's tutor. */
  next: TutorRef | null;
  /** First day the new tutor is in charge (the old one's last day is the day before). */
  effectiveOn: IsoDate;
  /** Signature date of the avenant recording the change; required for an apprenticeship. */
  avenantSignedOn?: IsoDate | null | undefined;
  contractStart: IsoDate;
  contractEnd: IsoDate;
  /** The last day (included) of a rupture under way, when one is: the contract stops there (§5, note 35). */
  ruptureLastDay?: IsoDate | null | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const same = (a: TutorRef | null, b: TutorRef | null): boolean => a !== null && b !== null && a.email.trim().toLowerCase() === b.email.trim().toLowerCase();

/** What the change is: an addition to an empty slot, a removal, or another tutor in place of the slot's. */
export function tutorChangeKind(current: TutorRef | null, next: TutorRef | null): TutorChangeKind | null {
  if (next === null) return current === null ? null : 'REMOVAL';
  return current === null ? 'ADDITION' : 'MODIFICATION';
}

/**
 * A change of company tutor during a contract (§3.1, « Remarque sur la possibilité d'avoir
 * 2 tuteurs professionnels » and its « Attention »). Subjects name the form's fields:
 * - TUTOR_CHANGE_AVENANT_REQUIRED (`avenantSignedOn`): an apprenticeship's change — modification,
 *   addition or removal — « DOIT faire l'objet d'un avenant au contrat »;
 * - TUTOR1_REMOVAL_NOT_ALLOWED (`tutor`): the contract's tutor 1 is replaced, never removed;
 * - TUTOR_CHANGE_NOTHING (`tutor`): the slot's tutor again, or removing an empty slot;
 * - TUTOR_CHANGE_OUTSIDE_CONTRACT (`effectiveOn`): the change takes effect from the DDC to the
 *   DFC, and not after a rupture's last day;
 * - TUTOR_EMAIL_INVALID / TUTOR_SAME_AS_OTHER (`tutor.email`): the new tutor's address is not
 *   one, or is the other tutor's (two slots, two people).
 */
export function checkTutorChange(input: TutorChangeInput): { kind: TutorChangeKind | null; findings: WorkflowFinding[] } {
  for (const key of ['effectiveOn', 'contractStart', 'contractEnd'] as const) {
    if (!isIsoDate(input[key])) throw new InputError(key, `not an ISO date: ${String(input[key])}`);
  }
  if (input.slot !== 1 && input.slot !== 2) throw new InputError('slot', `not a tutor slot (1 or 2): ${String(input.slot)}`);
  const findings: WorkflowFinding[] = [];
  const kind = tutorChangeKind(input.current, input.next);
  if (input.next === null && input.slot === 1) {
    findings.push(
      workflowFinding('TUTOR1_REMOVAL_NOT_ALLOWED', { subject: 'tutor' }, {
        fr: 'Le tuteur professionnel n°1 ne peut pas être supprimé : un contrat en a toujours un (celui de l’organisme signataire). Indiquez son remplaçant.',
        en: 'Company tutor 1 cannot be removed: a contract always has one (the signing organisation’s). Name their replacement.',
      }),
    );
  } else if (kind === null || same(input.current, input.next)) {
    findings.push(
      workflowFinding('TUTOR_CHANGE_NOTHING', { subject: 'tutor' }, kind === null
        ? { fr: 'Il n’y a pas de tuteur professionnel n°2 à supprimer.', en: 'There is no company tutor 2 to remove.' }
        : { fr: `Cette personne est déjà le tuteur professionnel n°${input.slot} du contrat.`, en: `This person already is the contract’s company tutor ${input.slot}.` }),
    );
  }
  if (input.next !== null) {
    const email = input.next.email.trim();
    if (!EMAIL.test(email)) {
      findings.push(workflowFinding('TUTOR_EMAIL_INVALID', { subject: 'tutor.email' }, { fr: `E-mail du nouveau tuteur : « ${email} » n’est pas une adresse e-mail.`, en: `New tutor’s e-mail: “${email}” is not an e-mail address.` }));
    } else if (same(input.other, input.next)) {
      const other = input.slot === 1 ? 2 : 1;
      findings.push(
        workflowFinding('TUTOR_SAME_AS_OTHER', { subject: 'tutor.email' }, {
          fr: `Cette adresse est celle du tuteur professionnel n°${other} : les deux tuteurs sont deux personnes distinctes.`,
          en: `This address is company tutor ${other}’s: the two tutors are two different people.`,
        }),
      );
    }
  }
  const lastDay = input.ruptureLastDay && input.ruptureLastDay < input.contractEnd ? input.ruptureLastDay : input.contractEnd;
  if (input.effectiveOn < input.contractStart || input.effectiveOn > lastDay) {
    const end = lastDay === input.contractEnd ? '' : ' (dernier jour de la rupture)';
    findings.push(
      workflowFinding(
        'TUTOR_CHANGE_OUTSIDE_CONTRACT',
        { subject: 'effectiveOn' },
        {
          fr: `La date d’effet (${formatDateFr(input.effectiveOn)}) doit être comprise dans le contrat, du ${formatDateFr(input.contractStart)} au ${formatDateFr(lastDay)}${end}.`,
          en: `The effective date (${formatDateFr(input.effectiveOn)}) must fall within the contract, from ${formatDateFr(input.contractStart)} to ${formatDateFr(lastDay)}${end ? ' (the rupture’s last day)' : ''}.`,
        },
        { min: input.contractStart, max: lastDay },
      ),
    );
  }
  const avenant = input.avenantSignedOn ?? null;
  if (avenant !== null && !isIsoDate(avenant)) throw new InputError('avenantSignedOn', `not an ISO date: ${String(avenant)}`);
  if (input.contractType === 'CAPP' && avenant === null && kind !== null) {
    const what = { MODIFICATION: { fr: 'une modification', en: 'a modification' }, ADDITION: { fr: 'un ajout', en: 'an addition' }, REMOVAL: { fr: 'une suppression', en: 'a removal' } }[kind];
    findings.push(
      workflowFinding('TUTOR_CHANGE_AVENANT_REQUIRED', { subject: 'avenantSignedOn' }, {
        fr: `Contrat d’apprentissage : tout changement de tuteur professionnel — ici ${what.fr} — doit faire l’objet d’un avenant au contrat. Indiquez la date de signature de l’avenant.`,
        en: `Apprenticeship contract: any change of company tutor — here ${what.en} — requires an avenant to the contract. Give the avenant’s signature date.`,
      }),
    );
  }
  return { kind, findings };
}
