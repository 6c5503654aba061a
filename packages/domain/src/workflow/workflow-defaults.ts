/** Months (1–12) in which a visit usually takes place, per programme code ('default' for the others). */
export type VisitMonths = Record<string, readonly number[]>;

/**
 * Programme settings of the workflow rules, kept in `ReferenceData.settings.workflow`
 * (JSON-serialisable); every rule takes its value as an option defaulting to these.
 */
export interface WorkflowSettings {
  /** Highest share of company time in telework, "pas plus de 25 %" (§3.3.2, présentiel vs distanciel). */
  teleworkMaxShare: number;
  /** A checklist item not done is flagged this many days before its due date (and after it). */
  checklistWarnDays: number;
  /** "Dès validation" (§3.4): an item to do as soon as the mission is validated is due this many jours ouvrables after. */
  asSoonAsValidatedJoursOuvrables: number;
  /** Academic tutors are assigned "courant octobre, au plus tard début novembre" (§4.6): the latest day, in the DDF's year. */
  academicTutorDeadline: { month: number; day: number };
  /** Usual visit months (§4.6): 1st visit January/February; 2nd April/May, "voire juin pour les M2". */
  visitMonths: { first: VisitMonths; second: VisitMonths };
  /** A company contact who has not answered a confirmation request is reminded after this many jours ouvrables (§3.3.3)… */
  confirmationReminderJoursOuvrables: number;
  /** …at most this many times. */
  confirmationReminderMax: number;
}

/** The guide's values (§3.3.2, §3.4, §4.6) and this product's reading of "début novembre" and "dès validation". */
export const workflowDefaults: WorkflowSettings = {
  teleworkMaxShare: 0.25,
  checklistWarnDays: 5,
  asSoonAsValidatedJoursOuvrables: 5,
  academicTutorDeadline: { month: 11, day: 10 },
  confirmationReminderJoursOuvrables: 3,
  confirmationReminderMax: 2,
  visitMonths: {
    first: { default: [1, 2] },
    second: { default: [4, 5], M2: [4, 5, 6] },
  },
};
