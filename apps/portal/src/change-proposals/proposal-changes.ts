export type ProposedField = 'startDate' | 'endDate' | 'monthlyGrossPay';

export interface ProposalValues {
  startDate?: string | null;
  endDate?: string | null;
  monthlyGrossPay?: number | null;
}

export interface ProposedChange {
  field: ProposedField;
  current: string | number | null;
  proposed: string | number | null;
  /** The proposal names a value and it is not the mission's current one. */
  differs: boolean;
}

export const PROPOSED_FIELDS: readonly ProposedField[] = ['startDate', 'endDate', 'monthlyGrossPay'];

// Pay compares to the cent: the API stores cents, and Money/Float may round differently.
const same = (field: ProposedField, a: string | number, b: string | number | null | undefined) =>
  field === 'monthlyGrossPay' ? typeof b === 'number' && Math.round(Number(a) * 100) === Math.round(b * 100) : a === b;

/**
 * Each field of a proposal against the mission's current value. A null proposed value
 * means "leave as is" (the API applies only the fields the proposal names).
 */
export function proposalChanges(proposal: ProposalValues, mission: ProposalValues): ProposedChange[] {
  return PROPOSED_FIELDS.map((field) => {
    const proposed = proposal[field] ?? null;
    const current = mission[field] ?? null;
    return { field, current, proposed, differs: proposed !== null && !same(field, proposed, current) };
  });
}
