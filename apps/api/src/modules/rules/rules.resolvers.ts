import { checkContracts, InputError, minimumPaySchedule, type ContractInput, type PaySegment } from '@alternance/domain';
import { toGqlFinding } from '../../graphql/payload.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { authorize } from '../../policy/policy.js';
import { apiError } from '../../shared/errors.js';

export const MAX_CHECK_INPUTS = 5_000;

/** The input without its null fields (GraphQL's "not given"), copied by a plain loop: 1,000 rows per request. */
function clean<T extends object>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const key in input) if (input[key] !== null) out[key] = input[key];
  return out as T;
}

export const rulesResolvers: Resolvers = {
  Query: {
    checkContracts: async (_, { inputs }, ctx) => {
      authorize(ctx.actor, 'rules:use');
      if (inputs.length > MAX_CHECK_INPUTS) throw apiError('BAD_USER_INPUT', `inputs : au plus ${MAX_CHECK_INPUTS} contrats par requête.`, 'inputs');
      const checks = checkContracts(inputs.map((i) => clean(i) as ContractInput), { referenceData: await ctx.referenceData(), today: ctx.clock.today() });
      return checks.map((c) => ({ ...c, findings: c.findings.map(toGqlFinding) }));
    },
    minimumPaySchedule: async (_, { input }, ctx) => {
      authorize(ctx.actor, 'rules:use');
      if (input.contractType !== 'CAPP' && input.contractType !== 'CPRO') throw apiError('BAD_USER_INPUT', 'contractType : CAPP ou CPRO.', 'input.contractType');
      try {
        const { additions, ...rest } = input;
        const segments: PaySegment[] = minimumPaySchedule(
          { ...clean(rest), contractType: input.contractType, ...(additions ? { additions: clean(additions) } : {}) } as Parameters<typeof minimumPaySchedule>[0],
          { referenceData: await ctx.referenceData() },
        );
        return segments;
      } catch (error) {
        if (error instanceof InputError) throw apiError('BAD_USER_INPUT', error.message, `input.${error.field}`);
        throw error;
      }
    },
  },
  PaySegment: {
    extension: (s) => s.extension === true,
  },
};
