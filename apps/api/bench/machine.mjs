// The machine a figure was measured on, printed beside it (issue 15): the verdicts are
// ratios to a floor measured in the same run, but the absolute figures need their context.
import { cpus, loadavg, totalmem } from 'node:os';

export function machineFacts() {
  const cores = cpus();
  return `${cores[0]?.model?.trim() ?? 'unknown CPU'} × ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}
