/**
 * This tab's memory of save-and-resume: the resume link's token (to save again through it) and
 * the "what changed" notice of a draft that moved to a newer version (shown once).
 */
import type { DraftChanges } from './drafts-api.ts';

function tab(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const tokenKey = (code: string) => `runtime.resume.${code}`;
const changesKey = (code: string) => `runtime.resume-changes.${code}`;

export function loadResumeToken(code: string): string | undefined {
  try {
    return tab()?.getItem(tokenKey(code)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveResumeToken(code: string, token: string | undefined): void {
  try {
    if (token) tab()?.setItem(tokenKey(code), token);
    else tab()?.removeItem(tokenKey(code));
  } catch {
    // Without storage the next save makes a new link.
  }
}

export function stashChanges(code: string, changes: DraftChanges | undefined): void {
  try {
    if (changes) tab()?.setItem(changesKey(code), JSON.stringify(changes));
  } catch {
    // The notice is lost; the answers are not.
  }
}

export function takeChanges(code: string): DraftChanges | undefined {
  try {
    const raw = tab()?.getItem(changesKey(code));
    tab()?.removeItem(changesKey(code));
    return raw ? (JSON.parse(raw) as DraftChanges) : undefined;
  } catch {
    return undefined;
  }
}

/** `#resume=res_...` in the address: the resume link's token (in the fragment, never sent to servers). */
export function resumeTokenFromHash(hash: string): string | undefined {
  const match = /^#resume=(res_[A-Za-z0-9_-]{43})$/.exec(hash);
  return match?.[1];
}
