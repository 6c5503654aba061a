import { BusinessError } from '../../shared/errors.js';

/** Largest work-stoppage file accepted (a scanned page or a phone photo). */
export const STOPPAGE_MAX_BYTES = 5 * 1024 * 1024;

const SIGNATURES: { mediaType: string; bytes: number[] }[] = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The file's type read from its first bytes (never from its name or what the browser claims); null when not PDF, PNG or JPEG. */
export function sniffMediaType(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.mediaType ?? null;
}

/** Decodes and checks an uploaded stoppage: errors name the field, in French. */
export function readStoppageFile(file: { name: string; base64: string }, field = 'input.file'): { fileName: string; mediaType: string; content: Buffer } {
  const fileName = file.name.trim().replace(/[\\/]/g, '_').slice(0, 200);
  if (!fileName) throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `${field}.name`, message: 'Nom du fichier manquant.' }]);
  // Base64 of 5 MB is about 6.7 MB: refuse before decoding a larger string.
  if (file.base64.length > Math.ceil((STOPPAGE_MAX_BYTES * 4) / 3) + 4 || !/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64)) {
    throw new BusinessError([{ code: 'BAD_USER_INPUT', field: `${field}.base64`, message: 'Fichier illisible ou de plus de 5 Mo.' }]);
  }
  const content = Buffer.from(file.base64, 'base64');
  if (content.length === 0) throw new BusinessError([{ code: 'BAD_USER_INPUT', field, message: 'Fichier vide.' }]);
  if (content.length > STOPPAGE_MAX_BYTES) throw new BusinessError([{ code: 'BAD_USER_INPUT', field, message: `Fichier de ${(content.length / 1048576).toFixed(1)} Mo : 5 Mo au plus.` }]);
  const mediaType = sniffMediaType(content);
  if (!mediaType) throw new BusinessError([{ code: 'BAD_USER_INPUT', field, message: 'Seuls les fichiers PDF, JPEG ou PNG sont acceptés (le contenu du fichier n’en est pas un).' }]);
  return { fileName, mediaType, content };
}
