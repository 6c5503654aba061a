import { describe, expect, it } from 'vitest';
import { stringifyAnswer } from './answer-json.js';

// What Apollo writes by default (prettyJSONStringify): the answer's text must mean the same value.
const apollo = (value: unknown): string => `${JSON.stringify(value)}\n`;
const text = (body: unknown): string => (Buffer.isBuffer(body) ? body.toString('utf8') : (body as string));

// A roster's checks: enough French findings to be a large answer (the bench's is 527 kB).
const checks = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    durationMonths: i % 3 === 0 ? null : 24,
    findings: [{ code: 'DDC_TOO_LATE', severity: 'ERROR', message: `Ligne ${i} : la DDC ne peut être postérieure au 1er décembre ; l’apprenti·e – « 1 800 € »`, ref: '§3.3.2, Tableau 5' }],
    windows: { startDate: { min: '2025-09-01', max: null } },
  }));

describe('stringifyAnswer (the body of a GraphQL answer, issue 15)', () => {
  it('a small answer is Apollo’s own text', () => {
    const value = { data: { contracts: checks(3) } };
    expect(stringifyAnswer(value as never)).toBe(apollo(value));
  });

  it('a large answer is the same JSON value, in ASCII bytes, through every level it splits', () => {
    const value = {
      data: {
        checkContracts: checks(1_000),
        tricky: ['"quoted" \\ back\nslash\t\u0001', '😀 \u2028 \u2029', '\ud800 lone \udfff', 'Opération inconnue'],
        empty: {},
        list: [],
        nested: [[1, 2.5, -0, 1e21, Number.NaN, Infinity], [true, false, null]],
      },
      errors: undefined,
      extensions: undefined,
    };
    const body = stringifyAnswer(value as never) as unknown;
    expect(Buffer.isBuffer(body)).toBe(true);
    const written = text(body);
    expect(written).toMatch(/^[\x20-\x7e]*\n$/);
    expect(written.endsWith('}\n')).toBe(true);
    expect(JSON.parse(written)).toEqual(JSON.parse(apollo(value)));
    // Undefined fields are left out, as JSON.stringify leaves them out.
    expect(Object.keys(JSON.parse(written))).toEqual(['data']);
    expect(written).toContain('l\\u2019apprenti\\u00b7e \\u2013 \\u00ab 1 800 \\u20ac \\u00bb');
  });

  it('leaves out undefined and function values of an object, writes null for them in a list, and calls toJSON', () => {
    const value = {
      data: {
        a: undefined,
        b: [undefined, () => 1, Symbol('s'), 'x'],
        c: () => 2,
        d: new Date('2025-07-01T12:00:00Z'),
        e: { toJSON: () => ({ seen: 'vu' }) },
        rows: checks(1_000),
        f: 'after',
      },
    };
    const written = text(stringifyAnswer(value as never));
    expect(JSON.parse(written)).toEqual(JSON.parse(apollo(value)));
    expect(written.startsWith('{"data":{"b":[null,null,null,"x"],"d":"2025-07-01T12:00:00.000Z","e":{"seen":"vu"},"rows":[')).toBe(true);
    expect(written.endsWith('],"f":"after"}}\n')).toBe(true);
  });
});
