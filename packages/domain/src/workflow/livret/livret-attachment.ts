import { livretFinding, type LivretFinding } from './livret-finding.js';

/** 10 Mo: the largest signed document a livret sheet accepts. */
export const LIVRET_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export type LivretAttachmentKind = 'PDF' | 'DOCX' | 'ODT';

export const LIVRET_ATTACHMENT_MEDIA_TYPES: Record<LivretAttachmentKind, string> = {
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ODT: 'application/vnd.oasis.opendocument.text',
};

const ascii = (bytes: Uint8Array, from: number, length: number): string => String.fromCharCode(...bytes.subarray(from, from + length));

/** True when a byte sequence occurs in the file (the zip's entry names are stored in clear). */
function contains(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/**
 * The kind of a signed document from its bytes, never from its name: a PDF starts with
 * `%PDF-`; an ODT is a zip whose first entry is `mimetype` holding the ODF text type; a
 * DOCX is a zip holding `word/document.xml`. Null for anything else.
 */
export function sniffLivretAttachment(bytes: Uint8Array): LivretAttachmentKind | null {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'PDF';
  if (ascii(bytes, 0, 4) !== 'PK\u0003\u0004') return null;
  if (ascii(bytes, 30, 8) === 'mimetype' && ascii(bytes, 38, 39) === LIVRET_ATTACHMENT_MEDIA_TYPES.ODT) return 'ODT';
  if (contains(bytes, 'word/document.xml')) return 'DOCX';
  return null;
}

/** LIVRET_ATTACHMENT_TOO_LARGE above 10 Mo, LIVRET_ATTACHMENT_TYPE when the bytes are not a PDF, DOCX or ODT. */
export function checkLivretAttachment(bytes: Uint8Array): { kind: LivretAttachmentKind | null; findings: LivretFinding[] } {
  if (bytes.length > LIVRET_ATTACHMENT_MAX_BYTES) {
    const mo = (bytes.length / 1024 / 1024).toFixed(1);
    return { kind: null, findings: [livretFinding('LIVRET_ATTACHMENT_TOO_LARGE', 'file', { fr: `Document trop lourd (${mo} Mo) : 10 Mo au plus.`, en: `Document too large (${mo} MB): 10 MB at most.` })] };
  }
  const kind = sniffLivretAttachment(bytes);
  if (kind) return { kind, findings: [] };
  return { kind: null, findings: [livretFinding('LIVRET_ATTACHMENT_TYPE', 'file', { fr: 'Ce fichier n’est ni un PDF, ni un document Word (DOCX), ni un document OpenDocument (ODT).', en: 'This file is neither a PDF, nor a Word (DOCX), nor an OpenDocument (ODT) document.' })] };
}
