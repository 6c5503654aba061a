import type { DateWindow, Finding } from '../contracts/contract-input.js';
import { RULES, type RuleCode, type RuleDefinition } from './rule-catalogue.js';

/** How a rule words its finding, in French and English, from the facts it kept. */
export interface FindingText<A> {
  fr(args: A): string;
  en(args: A): string;
}

/**
 * The catalogue by code, as a `Map`: every finding looks its rule up by a code that varies,
 * and `RULES[code]` from one place with dozens of codes was a megamorphic keyed load (2.1 %
 * of a roster's check in the profile; the `Map` look-ups cost about three quarters of it).
 */
const RULE_BY_CODE: ReadonlyMap<string, RuleDefinition> = new Map(Object.entries(RULES));

// Symbol keys: invisible to JSON, Object.keys, for…in, structuredClone and templates.
const TEXT = Symbol('findingText');
const ARGS = Symbol('findingArgs');

/**
 * A finding whose French and English messages are worded when read (issue 15): a roster
 * check makes thousands of findings, and most callers read a few messages or none. The
 * messages are getters of the class, not own properties; `toJSON` gives exactly the
 * object `makeFinding` builds (same keys, same order), so the API, which stores findings
 * as JSON, the GraphQL layer and the exports see no difference. A caller that copies a
 * finding with `{ ...finding }` must copy `message`/`messageEn` by name (or use
 * {@link plainFinding}). A message is worded from values kept at check time (dates, amounts,
 * the reference data object): editing the reference data in place afterwards may change
 * the wording of a finding not yet read, never its code, severity, field or window.
 */
export class LazyFinding<A = unknown> implements Finding {
  // `declare`: no class-field definitions, so that `field` and `window` are only own
  // properties when given, as in makeFinding's objects.
  declare code: string;
  declare severity: Finding['severity'];
  declare ref: string;
  declare field?: NonNullable<Finding['field']>;
  declare window?: DateWindow;
  declare [TEXT]: FindingText<A>;
  declare [ARGS]: A;

  constructor(code: RuleCode, field: Finding['field'] | undefined, window: DateWindow | undefined, text: FindingText<A>, args: A) {
    const rule = RULE_BY_CODE.get(code) as RuleDefinition;
    this.code = code;
    this.severity = rule.severity;
    this.ref = rule.ref;
    if (field !== undefined) this.field = field;
    if (window !== undefined) this.window = window;
    this[TEXT] = text;
    this[ARGS] = args;
  }

  /** French. */
  get message(): string {
    return this[TEXT].fr(this[ARGS]);
  }

  get messageEn(): string {
    return this[TEXT].en(this[ARGS]);
  }

  /** The plain finding, keys in makeFinding's order. */
  toJSON(): Finding {
    return plainFinding(this);
  }
}

/** A finding of `code` worded on demand by `text` from `args`. */
export function lazyFinding<A>(code: RuleCode, field: Finding['field'] | undefined, text: FindingText<A>, args: A, window?: DateWindow): Finding {
  return new LazyFinding(code, field, window, text, args);
}

/** A plain object copy of a finding, its messages worded: what makeFinding returns. */
export function plainFinding(f: Finding): Finding {
  const plain: Finding = { code: f.code, severity: f.severity, message: f.message, messageEn: f.messageEn, ref: f.ref };
  if (f.field !== undefined) plain.field = f.field;
  if (f.window !== undefined) plain.window = f.window;
  const subject = (f as { subject?: unknown }).subject;
  if (subject !== undefined) (plain as { subject?: unknown }).subject = subject;
  return plain;
}
