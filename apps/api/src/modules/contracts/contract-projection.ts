import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { FULL_PROJECTION, type ContractListProjection, type ListAlias } from './contract-list.query.js';

/** GraphQL fields whose value comes from a differently named property. */
const PROPERTY: Record<string, string> = { monthlyGrossPay: 'monthlyGrossPayCents', smcMonthly: 'smcMonthlyCents', cursor: 'startDate' };
/** Contract fields computed by the rules from the whole mission and student. */
const RULE_FIELDS = new Set(['windows', 'findings', 'paySegments', 'payBenefits', 'gratification', 'figures', 'trainingFigures']);

type Fields = Map<string, SelectionSetNode | undefined>;

/** The fields of a selection set, or null when it uses fragments (then everything is read). */
function fieldsOf(set: SelectionSetNode | undefined): Fields | null {
  const fields: Fields = new Map();
  for (const selection of set?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) return null;
    fields.set(selection.name.value, selection.selectionSet);
  }
  return fields;
}

const scalars = (fields: Fields): string[] => [...fields].filter(([, set]) => set === undefined).map(([name]) => PROPERTY[name] ?? name);

/**
 * What a contracts list query reads, from its selection: the joins it needs and, for each
 * joined record, the properties behind the fields it asks for. Fragments read everything.
 * Fields the rules compute (findings, figures…) read the whole contract, student and mission
 * — what the rule input is made of — but not the OPAs or contacts, unless the page shows
 * them: five joins fewer for the portal's list, which PostgreSQL plans in a fraction of the time (issue 15).
 */
export function contractProjection(info: GraphQLResolveInfo): ContractListProjection {
  if (info.fieldNodes.length !== 1) return FULL_PROJECTION;
  // A selection's projection depends on its nodes alone, which Apollo's cached document keeps:
  // found once per document, and the same object each time, so the list's statement and
  // readers are found by it too (issue 15: ten pages built them ten times).
  const node = info.fieldNodes[0]!;
  let projection = projections.get(node);
  if (!projection) projections.set(node, (projection = projectionOf(node)));
  return projection;
}

const projections = new WeakMap<FieldNode, ContractListProjection>();

function projectionOf(node: FieldNode): ContractListProjection {
  const contract = fieldsOf(node.selectionSet);
  if (!contract) return FULL_PROJECTION;
  const rules = [...contract.keys()].some((f) => RULE_FIELDS.has(f));
  const projection: Record<string, string[] | null> = rules ? { c: null, s: null, m: null } : { c: scalars(contract), s: [], m: [] };
  const add = (alias: ListAlias, set: SelectionSetNode | undefined): boolean => {
    const fields = fieldsOf(set);
    if (!fields) return false;
    const current = projection[alias];
    if (current !== null) projection[alias] = [...(current ?? []), ...scalars(fields)];
    if (alias === 't1' || alias === 't2' || alias === 'h') {
      // A contact's OPA is one of the row's two OPAs: read both whole.
      if (fields.has('organisation')) projection.o = projection.w = null;
    }
    return true;
  };
  if (contract.has('student') && !add('s', contract.get('student'))) return FULL_PROJECTION;
  if (contract.has('mission')) {
    const mission = fieldsOf(contract.get('mission'));
    if (!mission) return FULL_PROJECTION;
    if (projection.m !== null) {
      projection.m = [...(projection.m ?? []), ...scalars(mission)];
      // The mission's own pay is shown only to those who may see the student's pay.
      if (mission.has('monthlyGrossPay')) projection.m.push('monthlyGrossPayCents');
    }
    const nested: [string, ListAlias][] = [['student', 's'], ['organisation', 'o'], ['workOrganisation', 'w'], ['tutor1', 't1'], ['tutor2', 't2'], ['hrContact', 'h']];
    for (const [field, alias] of nested) if (mission.has(field) && !add(alias, mission.get(field))) return FULL_PROJECTION;
  }
  return projection as ContractListProjection;
}
