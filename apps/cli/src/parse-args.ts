import { parseArgs as parseNodeArgs } from 'node:util';
import { CliError } from './cli-error.js';
import type { Lang } from './lang.js';

export type OutputFormat = 'table' | 'json';

/** Where the programme's reference data comes from: built in (the guide's 2025 data), a file, or the API. */
export type ReferenceSource = { kind: 'builtin' } | { kind: 'file'; path: string } | { kind: 'api'; url: string; token: string };

export type Command =
  | { command: 'help'; lang: Lang; explicit: boolean }
  | { command: 'check'; file: string; format: OutputFormat; lang: Lang; reference: ReferenceSource };

/**
 * `alternance check <file> [--format table|json] [--lang fr|en] [--reference-data file.json |
 * --api URL --token TOKEN]`, or help. Throws a CliError on anything else. The token may also
 * come from ALTERNANCE_API_TOKEN (so that it stays out of the shell's history).
 */
export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  const lang = guessLang(argv);
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        lang: { type: 'string', short: 'l' },
        help: { type: 'boolean', short: 'h' },
        'reference-data': { type: 'string' },
        api: { type: 'string' },
        token: { type: 'string' },
      },
    });
  } catch (error) {
    throw optionError(error);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') {
    throw new CliError({ fr: `langue inconnue : ${values.lang} (fr ou en)`, en: `unknown language: ${values.lang} (fr or en)` });
  }
  if (values.help || positionals[0] === 'help') return { command: 'help', lang, explicit: true };
  if (positionals.length === 0) return { command: 'help', lang, explicit: false };

  const [command, file, ...extra] = positionals;
  if (command !== 'check') {
    throw new CliError({ fr: `commande inconnue : ${command} (essayez alternance --help)`, en: `unknown command: ${command} (try alternance --help)` });
  }
  if (file === undefined) throw new CliError({ fr: 'fichier manquant : alternance check <fichier.csv|fichier.xlsx>', en: 'missing file: alternance check <file.csv|file.xlsx>' });
  if (extra.length > 0) throw new CliError({ fr: `argument en trop : ${extra.join(' ')}`, en: `unexpected argument: ${extra.join(' ')}` });
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new CliError({ fr: `format de sortie inconnu : ${format} (table ou json)`, en: `unknown output format: ${format} (table or json)` });
  }
  return { command: 'check', file, format, lang, reference: referenceSource(values, env) };
}

function referenceSource(
  values: { 'reference-data'?: string | undefined; api?: string | undefined; token?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): ReferenceSource {
  const path = values['reference-data'];
  const url = values.api;
  const token = values.token ?? env.ALTERNANCE_API_TOKEN;
  if (path !== undefined && url !== undefined) {
    throw new CliError({ fr: '--reference-data et --api s’excluent : choisissez l’un des deux', en: '--reference-data and --api are exclusive: choose one' });
  }
  if (path !== undefined) {
    if (path.trim() === '') throw new CliError({ fr: 'valeur manquante pour --reference-data (un fichier JSON)', en: 'missing value for --reference-data (a JSON file)' });
    return { kind: 'file', path };
  }
  if (url === undefined) {
    if (values.token !== undefined) throw new CliError({ fr: '--token sans --api : donnez aussi l’URL de l’API', en: '--token without --api: give the API URL too' });
    return { kind: 'builtin' };
  }
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw new CliError({ fr: `URL d’API invalide : ${url} (attendu : http(s)://…)`, en: `invalid API URL: ${url} (expected http(s)://…)` });
  if (token === undefined || token.trim() === '') {
    throw new CliError({ fr: '--api sans jeton : ajoutez --token <jeton> (ou ALTERNANCE_API_TOKEN)', en: '--api without a token: add --token <token> (or ALTERNANCE_API_TOKEN)' });
  }
  return { kind: 'api', url, token: token.trim() };
}

/** node:util's parseArgs errors, reworded in one line: "option inconnue : --bogus". */
function optionError(error: unknown): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? message.split('\n')[0] ?? '';
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new CliError({ fr: `option inconnue : ${option} (voir alternance --help)`, en: `unknown option: ${option} (see alternance --help)` });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new CliError({ fr: `valeur manquante ou invalide pour ${option}`, en: `missing or invalid value for ${option}` });
  return new CliError({ fr: `arguments invalides : ${option}`, en: `invalid arguments: ${option}` });
}

/** The language asked for, read before full parsing so that argument errors are in it too. */
export function guessLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang=en' || arg === '-len') return 'en';
    if ((arg === '--lang' || arg === '-l') && argv[i + 1] === 'en') return 'en';
  }
  return 'fr';
}
