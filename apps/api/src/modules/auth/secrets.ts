import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** security.md: argon2id with m ≥ 19 MiB, t = 2, p = 1. */
const ARGON2 = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);
export const verifyPassword = (stored: string, password: string): Promise<boolean> => verify(stored, password).catch(() => false);

/** A random secret of `bytes` bytes, URL-safe. */
export const randomToken = (bytes: number): string => randomBytes(bytes).toString('base64url');

/** Secrets (session ids, link and API tokens) are stored as SHA-256: a leaked table grants nothing. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

const COMMON = new Set([
  'password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'azerty123', 'azertyuiop', 'qwerty123', 'qwertyuiop',
  'motdepasse', 'soleil123', 'iloveyou', '11111111', '00000000', 'abc12345', 'admin123', 'welcome1', 'bonjour123', 'marseille13',
]);

/** 8–128 characters, not one of the most common passwords; null when acceptable, else the French reason. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'Le mot de passe doit compter au moins 8 caractères.';
  if (password.length > 128) return 'Le mot de passe doit compter au plus 128 caractères.';
  if (COMMON.has(password.toLowerCase())) return 'Ce mot de passe est trop courant : choisissez-en un autre.';
  return null;
}
