import type { ContractCheck, ContractInput } from './contract-input.js';
import { checkRow, releaseRowFindings, type CheckOptions } from './check-contract.js';

/** {@link checkContract} on every input, in order — one roster, one call. */
export function checkContracts(inputs: readonly ContractInput[], options?: CheckOptions): ContractCheck[] {
  const results = checkRows(inputs, options);
  releaseRowFindings();
  return results;
}

/**
 * The loop alone, apart from the call after it: the first roster's loop is compiled while
 * it runs (on-stack replacement), before the call after it has ever run, and that call
 * without feedback sent every later roster back to the interpreter at its end.
 */
function checkRows(inputs: readonly ContractInput[], options: CheckOptions | undefined): ContractCheck[] {
  const results = new Array<ContractCheck>(inputs.length);
  for (let i = 0; i < inputs.length; i++) results[i] = checkRow(inputs[i] as ContractInput, options);
  return results;
}
