import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { guessLang, parseArgs } from './parse-args.js';

describe('parseArgs', () => {
  it('reads check with its defaults and options', () => {
    expect(parseArgs(['check', 'r.csv'])).toEqual({ command: 'check', file: 'r.csv', format: 'table', lang: 'fr', reference: { kind: 'builtin' } });
    expect(parseArgs(['check', '--format=json', 'r.xlsx', '-l', 'en'])).toEqual({ command: 'check', file: 'r.xlsx', format: 'json', lang: 'en', reference: { kind: 'builtin' } });
  });

  it('asks for help on --help, help, and no argument', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help', lang: 'fr', explicit: true });
    expect(parseArgs(['help', '--lang', 'en'])).toEqual({ command: 'help', lang: 'en', explicit: true });
    expect(parseArgs([])).toEqual({ command: 'help', lang: 'fr', explicit: false });
  });

  it('throws a bilingual CliError on bad usage', () => {
    expect(() => parseArgs(['check', 'r.csv', '--format'])).toThrow(CliError);
    try {
      parseArgs(['check', 'r.csv', '-x']);
    } catch (error) {
      expect((error as CliError).text).toEqual({ fr: 'option inconnue : -x (voir alternance --help)', en: 'unknown option: -x (see alternance --help)' });
    }
  });
});

describe('guessLang', () => {
  it('finds --lang en however it is written, French otherwise', () => {
    expect(guessLang(['--lang', 'en'])).toBe('en');
    expect(guessLang(['--lang=en'])).toBe('en');
    expect(guessLang(['-l', 'en'])).toBe('en');
    expect(guessLang(['--lang', 'fr'])).toBe('fr');
    expect(guessLang(['--lang'])).toBe('fr');
  });
});
