import type { Bilingual } from './lang.js';

/**
 * A usage or input problem (missing file, unknown format, no header row): reported
 * on one line of stderr with exit code 2, never as a stack trace.
 */
export class CliError extends Error {
  readonly text: Bilingual;

  constructor(text: Bilingual, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = 'CliError';
    this.text = text;
  }
}
