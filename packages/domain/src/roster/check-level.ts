import type { Finding } from '../contracts/contract-input.js';

export type CheckLevel = 'ok' | 'warning' | 'error';

/** The worst severity among a row's findings: 'error', 'warning', else 'ok' (info findings pass). */
export function checkLevel(findings: readonly Finding[]): CheckLevel {
  let level: CheckLevel = 'ok';
  for (const finding of findings) {
    if (finding.severity === 'error') return 'error';
    if (finding.severity === 'warning') level = 'warning';
  }
  return level;
}
