import { formatDateFr } from '../../dates/format-date.js';
import { isIsoDate, type IsoDate } from '../../dates/iso-date.js';
import { InputError } from '../../findings/input-error.js';
import { workflowFinding, type WorkflowFinding } from '../workflow-finding.js';
import { academicTutorDeadline } from './academic-tutor-deadline.js';

/**
 * ACADEMIC_TUTOR_NOT_ASSIGNED (§4.6, note 32): the assignment deadline of the training year
 * starting on `ddfOfYear` has passed and the alternant still has no academic tutor; the
 * manager keeps acting as tutor meanwhile. On the deadline itself it is not late yet.
 */
export function checkAcademicTutorAssigned(
  input: { assigned: boolean; ddfOfYear: IsoDate },
  today: IsoDate,
  options?: { deadline?: { month: number; day: number } | undefined },
): WorkflowFinding[] {
  if (!isIsoDate(today)) throw new InputError('today', `not an ISO date: ${String(today)}`);
  if (input.assigned) return [];
  const deadline = academicTutorDeadline(input.ddfOfYear, options);
  if (today <= deadline) return [];
  return [
    workflowFinding(
      'ACADEMIC_TUTOR_NOT_ASSIGNED',
      { subject: 'student.academicTutor' },
      {
        fr: `Aucun tuteur universitaire affecté alors que la date limite était le ${formatDateFr(deadline)} : le responsable de l’alternance reste le tuteur en attendant.`,
        en: `No academic tutor assigned although the deadline was ${deadline}: the alternance manager remains the tutor meanwhile.`,
      },
      { min: null, max: deadline },
    ),
  ];
}
