import type { Writable } from 'node:stream';
import { checkRoster } from './check-roster.js';
import { CliError } from './cli-error.js';
import { formatJson } from './format-json.js';
import { formatTable } from './format-table.js';
import { pick } from './lang.js';
import { guessLang, parseArgs } from './parse-args.js';
import { loadReferenceData } from './load-reference-data.js';
import { readRosterFile } from './read-roster-file.js';
import { usage } from './usage.js';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes: no row in error, some row in error, usage or input problem. */
export const EXIT = { ok: 0, rowsInError: 1, usage: 2 } as const;

/**
 * `alternance check <roster.csv|roster.xlsx> [--format table|json] [--lang fr|en]
 * [--reference-data file.json | --api URL --token TOKEN]`.
 * Resolves to the exit code; problems are one line on stderr, never a stack trace.
 */
export async function main(argv: string[], io: CliIo, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const lang = guessLang(argv);
  try {
    const command = parseArgs(argv, env);
    if (command.command === 'help') {
      (command.explicit ? io.stdout : io.stderr).write(usage(command.lang));
      return command.explicit ? EXIT.ok : EXIT.usage;
    }
    const referenceData = await loadReferenceData(command.reference);
    const roster = await readRosterFile(command.file, referenceData);
    const report = referenceData ? checkRoster(roster, referenceData) : checkRoster(roster);
    io.stdout.write(command.format === 'json' ? formatJson(report, command.lang) : formatTable(report, command.lang));
    return report.totals.error > 0 ? EXIT.rowsInError : EXIT.ok;
  } catch (error) {
    const message =
      error instanceof CliError
        ? pick(lang, error.text)
        : pick(lang, { fr: `erreur interne : ${describe(error)}`, en: `internal error: ${describe(error)}` });
    io.stderr.write(`alternance: ${message}\n`);
    return EXIT.usage;
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
