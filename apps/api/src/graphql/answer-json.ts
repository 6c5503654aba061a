import type { FormattedExecutionResult } from 'graphql';

/**
 * Levels of an answer written piece by piece: the answer, `data`, a root field, and the items
 * of a root field's list (a roster's 1,000 checks, a page's 100 contracts). Below, each item
 * is one `JSON.stringify`.
 */
const SPLIT_DEPTH = 3;
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;
const escapes = new Map<string, string>();
/** `\uXXXX` of a UTF-16 code unit (a character beyond U+FFFF is written as its two surrogates, as JSON allows). */
function escape(unit: string): string {
  let escaped = escapes.get(unit);
  if (escaped === undefined) escapes.set(unit, (escaped = `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return escaped;
}
/** The same JSON text in ASCII: every character outside ASCII as its `\uXXXX` escape (RFC 8259 §7), so the same value. */
const ascii = (json: string): string => (NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, escape) : json);

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Appends the JSON of `value`; false when it has none (undefined, a function: left out of an object, `null` in a list). */
function write(parts: string[], value: unknown, depth: number): boolean {
  if (depth < SPLIT_DEPTH && value !== null && typeof value === 'object') {
    if (Array.isArray(value)) {
      parts.push('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) parts.push(',');
        if (!write(parts, value[i], depth + 1)) parts.push('null');
      }
      parts.push(']');
      return true;
    }
    if (isPlainObject(value)) {
      parts.push('{');
      let first = true;
      for (const key of Object.keys(value)) {
        const at = parts.length;
        parts.push(first ? '' : ',', ascii(JSON.stringify(key)), ':');
        if (write(parts, value[key], depth + 1)) first = false;
        else parts.length = at;
      }
      parts.push('}');
      return true;
    }
  }
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) return false;
  parts.push(ascii(json));
  return true;
}

/** Above this estimated size an answer is written in pieces (a page of 100 contracts, ~50 kB, is not). */
const LARGE_ANSWER = 64 * 1024;

/** The answer's size, estimated from the first item of each list it splits: a few small stringifies, not the whole. */
function estimatedLength(value: unknown, depth: number): number {
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return value.length === 0 ? 2 : value.length * ((JSON.stringify(value[0]) as string | undefined)?.length ?? 4);
  if (!isPlainObject(value)) return 0;
  let length = 0;
  for (const key in value) length += estimatedLength(value[key], depth + 1);
  return length;
}

/**
 * The HTTP body of a GraphQL answer (Apollo's `stringifyResult`). Most answers are Apollo's
 * own `JSON.stringify(value) + '\n'`. A large one (a roster's 1,000 checks with their French
 * findings: half a megabyte) is the same JSON value written otherwise (issue 15):
 *
 * - in pieces: `JSON.stringify` of the whole returns a rope of two-byte text that the
 *   socket's UTF-8 encoding first flattens, and any half-megabyte string costs its
 *   allocation again — measured at several times the stringify itself. Each list item is
 *   stringified alone (a small flat string) and the pieces are copied once into the bytes
 *   that are sent: the body is a Buffer, which the Fastify integration sends as it is
 *   (it returns Apollo's `string` to Fastify, which sends strings and Buffers alike);
 * - in ASCII: `’`, `€`, `é` are written `\u2019`, `\u20ac`, `\u00e9` — the same strings
 *   once parsed (RFC 8259 §7) — so that the pieces are copied byte for byte and every
 *   client decodes the body by the fast ASCII path (the bench's `TextDecoder` took twice as
 *   long on the accents in UTF-8).
 */
export function stringifyAnswer(value: FormattedExecutionResult): string {
  if (estimatedLength(value, 0) < LARGE_ANSWER) return `${JSON.stringify(value)}\n`;
  const parts: string[] = [];
  write(parts, value, 0);
  parts.push('\n');
  let length = 0;
  for (const part of parts) length += part.length;
  const body = Buffer.allocUnsafe(length);
  let at = 0;
  for (const part of parts) at += body.write(part, at, 'latin1');
  return body as unknown as string;
}
