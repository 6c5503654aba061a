import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'offer-alerts:v1:';

const sign = (secret: string, studentId: string): string => createHmac('sha256', secret).update(PURPOSE + studentId).digest('base64url');

/**
 * The token of a student's offer-alert link (§3.2 diffusion mails): their id and its HMAC under
 * the server's secret, so that the link changes their choice without signing in and cannot be
 * made for another student. It grants nothing else (no data is shown through it) and does not
 * expire, as an unsubscribe link must keep working in an old mail.
 */
export function offerAlertToken(secret: string, studentId: string): string {
  return `${Buffer.from(studentId, 'utf8').toString('base64url')}.${sign(secret, studentId)}`;
}

/** The student id a token was made for, or null when it was not made by this server (any instance: same secret). */
export function studentOfOfferAlertToken(secret: string, token: string): string | null {
  const [id64, mac] = token.split('.');
  if (!id64 || !mac || token.length > 200) return null;
  const studentId = Buffer.from(id64, 'base64url').toString('utf8');
  const expected = Buffer.from(sign(secret, studentId));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? studentId : null;
}
