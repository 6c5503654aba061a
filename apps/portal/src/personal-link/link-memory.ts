// A personal link works once: remember which mission it opened, so that reloading the
// page (same session cookie) shows the mission again instead of "lien déjà utilisé".
const KEY = 'alternance.link.';

export function rememberLinkMission(token: string | null, missionId: string): void {
  try {
    if (token) sessionStorage.setItem(KEY + token, missionId);
    sessionStorage.setItem(`${KEY}current`, missionId);
  } catch {
    // Storage refused (private mode): a reload will ask for a new link.
  }
}

export function recalledLinkMission(token: string | null): string | null {
  try {
    return sessionStorage.getItem(KEY + (token ?? 'current'));
  } catch {
    return null;
  }
}
