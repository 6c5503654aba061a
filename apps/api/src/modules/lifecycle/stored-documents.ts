import type { EntityManager } from '@mikro-orm/core';
import { BusinessError } from '../../shared/errors.js';
import { CONTROL_CHARACTERS } from '../../shared/validate.js';
import { StoredDocument } from './lifecycle.entities.js';

/** Scans are small: a few signed pages. Larger files are refused before anything is written. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface DocumentUploadInput {
  fileName: string;
  contentBase64: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Checks an uploaded file and adds it to the unit of work. The guide asks for PDF scans
 * (§5: « copie numérique (scan PDF) »): the type is read from the bytes (`%PDF-`), never
 * from the name or a declared type; the size is bounded. Field errors name `field`.
 */
export function storeDocument(em: EntityManager, input: DocumentUploadInput, owner: { type: StoredDocument['ownerType']; id: string }, uploadedBy: string, field = 'document'): StoredDocument {
  const name = input.fileName.trim();
  if (!name || name.length > 200 || CONTROL_CHARACTERS.test(name) || /[\\/]/.test(name)) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `${field}.fileName`, message: 'Nom de fichier invalide (200 caractères au plus, sans « / » ni « \\ »).' }]);
  }
  const text = input.contentBase64.replace(/\s/g, '');
  // 4 base64 characters per 3 bytes: refuse an oversized file before decoding it.
  if (text.length > Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4) {
    throw new BusinessError([{ code: 'DOCUMENT_TOO_LARGE', field: `${field}.contentBase64`, message: `Le fichier dépasse ${MAX_DOCUMENT_BYTES / 1024 / 1024} Mo.` }]);
  }
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `${field}.contentBase64`, message: 'Contenu illisible : le fichier doit être encodé en base64.' }]);
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `${field}.contentBase64`, message: 'Le fichier est vide.' }]);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new BusinessError([{ code: 'DOCUMENT_TOO_LARGE', field: `${field}.contentBase64`, message: `Le fichier dépasse ${MAX_DOCUMENT_BYTES / 1024 / 1024} Mo.` }]);
  }
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new BusinessError([{ code: 'DOCUMENT_NOT_PDF', field: `${field}.contentBase64`, message: 'Ce fichier n’est pas un PDF : déposez le scan au format PDF.' }]);
  }
  const document = new StoredDocument();
  document.ownerType = owner.type;
  document.ownerId = owner.id;
  document.fileName = name;
  document.mimeType = 'application/pdf';
  document.size = bytes.length;
  document.content = bytes;
  document.uploadedBy = uploadedBy;
  em.persist(document);
  return document;
}
