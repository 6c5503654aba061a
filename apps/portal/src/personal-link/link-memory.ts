// A personal link works until its answer is given: remember which mission it opened, so that
// reloading the page after answering (same session cookie) shows the mission again.
const KEY = 'alternance.link.';

export function rememberLinkMission(token: string | null, missionId: string, purpose?: string): void {
  try {
    if (token) sessionStorage.setItem(KEY + token, missionId);
    sessionStorage.setItem(`${KEY}current`, missionId);
    if (purpose) {
      if (token) sessionStorage.setItem(`${KEY}purpose.${token}`, purpose);
      sessionStorage.setItem(`${KEY}purpose.current`, purpose);
    }
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

/** What the link that opened this session is for (confirming, or reading the contract). */
export function recalledLinkPurpose(token: string | null): string | null {
  try {
    return sessionStorage.getItem(`${KEY}purpose.${token ?? 'current'}`);
  } catch {
    return null;
  }
}
