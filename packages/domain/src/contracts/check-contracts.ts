import type { ContractCheck, ContractInput } from './contract-input.js';
import { checkRow, releaseRowFindings, type CheckOptions } from './check-contract.js';

/** {@link checkContract} on every input, in order — one roster, one call. */
export function checkContracts(inputs: readonly ContractInput[], options?: CheckOptions): ContractCheck[] {
  const results = new Array<ContractCheck>(inputs.length);
  for (let i = 0; i < inputs.length; i++) results[i] = checkRow(inputs[i] as ContractInput, options);
  releaseRowFindings();
  return results;
}
