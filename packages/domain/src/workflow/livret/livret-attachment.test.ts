import { describe, expect, it } from 'vitest';
import { checkLivretAttachment, LIVRET_ATTACHMENT_MAX_BYTES, sniffLivretAttachment } from './livret-attachment.js';

const bytes = (text: string, size = text.length) => {
  const out = new Uint8Array(size);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
};
const zipEntry = (name: string, content: string) => bytes(`PK\u0003\u0004${'\u0000'.repeat(22)}${String.fromCharCode(name.length)}\u0000\u0000\u0000${name}${content}`);

describe('sniffLivretAttachment: the type comes from the bytes', () => {
  it('recognises PDF, ODT and DOCX', () => {
    expect(sniffLivretAttachment(bytes('%PDF-1.7\n'))).toBe('PDF');
    expect(sniffLivretAttachment(zipEntry('mimetype', 'application/vnd.oasis.opendocument.text'))).toBe('ODT');
    expect(sniffLivretAttachment(zipEntry('[Content_Types].xml', '...word/document.xml...'))).toBe('DOCX');
  });
  it('refuses a renamed file: an image, a spreadsheet zip, plain text', () => {
    expect(sniffLivretAttachment(bytes('\u0089PNG\r\n'))).toBeNull();
    expect(sniffLivretAttachment(zipEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(sniffLivretAttachment(bytes('Objectifs : …'))).toBeNull();
  });
});

describe('checkLivretAttachment', () => {
  it('LIVRET_ATTACHMENT_TOO_LARGE one byte above 10 Mo, not at 10 Mo', () => {
    expect(checkLivretAttachment(bytes('%PDF-1.7', LIVRET_ATTACHMENT_MAX_BYTES))).toEqual({ kind: 'PDF', findings: [] });
    expect(checkLivretAttachment(bytes('%PDF-1.7', LIVRET_ATTACHMENT_MAX_BYTES + 1)).findings.map((f) => f.code)).toEqual(['LIVRET_ATTACHMENT_TOO_LARGE']);
  });
  it('LIVRET_ATTACHMENT_TYPE for anything else', () => {
    expect(checkLivretAttachment(bytes('GIF89a')).findings.map((f) => f.code)).toEqual(['LIVRET_ATTACHMENT_TYPE']);
  });
});
