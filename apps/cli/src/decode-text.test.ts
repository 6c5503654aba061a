import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeText', () => {
  it('reads UTF-8 with or without BOM', () => {
    expect(decodeText(new TextEncoder().encode('Prénom;Statut'))).toBe('Prénom;Statut');
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x4e, 0xc3, 0xa9))).toBe('Né');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(bytes(0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x80))).toBe('Prénom€');
    expect(decodeText(bytes(0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65))).toBe('l’œuvre');
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x4e, 0x00, 0xe9, 0x00))).toBe('Né');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x4e, 0x00, 0xe9))).toBe('Né');
  });

  it('refuses binary content', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00))).toBeNull();
  });
});
