/**
 * What the person attached, by upload token: file name and size, so the widget and "check your
 * answers" can show names while the form data holds only tokens. Kept in session storage (this
 * tab); after a resume on another device the widget reads the names back from the server.
 */
export interface AttachmentName {
  fileName: string;
  sizeBytes: number;
}

const KEY = 'runtime.attachments';
const memory = new Map<string, AttachmentName>();
let loaded = false;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function load(): void {
  if (loaded) return;
  loaded = true;
  try {
    const raw = storage()?.getItem(KEY);
    const entries = raw ? (JSON.parse(raw) as Record<string, AttachmentName>) : {};
    for (const [token, name] of Object.entries(entries)) {
      if (typeof name?.fileName === 'string') memory.set(token, name);
    }
  } catch {
    // Names are a convenience: without them the page shows "file".
  }
}

export function rememberAttachment(token: string, name: AttachmentName): void {
  load();
  memory.set(token, name);
  try {
    storage()?.setItem(KEY, JSON.stringify(Object.fromEntries(memory)));
  } catch {
    // Storage full or blocked: the name stays in memory for this page.
  }
}

export function attachmentName(token: string): AttachmentName | undefined {
  load();
  return memory.get(token);
}

/** Looks up names the page does not know (a draft resumed elsewhere); unknown tokens stay unknown. */
export async function fetchAttachmentNames(tokens: readonly string[]): Promise<void> {
  await Promise.all(
    tokens
      .filter((token) => !attachmentName(token))
      .map(async (token) => {
        try {
          const response = await fetch(`/api/attachments/${encodeURIComponent(token)}`, {
            headers: { Accept: 'application/json' },
          });
          if (!response.ok) return;
          const body = (await response.json()) as { fileName?: unknown; sizeBytes?: unknown };
          if (typeof body.fileName === 'string' && typeof body.sizeBytes === 'number') {
            rememberAttachment(token, { fileName: body.fileName, sizeBytes: body.sizeBytes });
          }
        } catch {
          // Offline: the name shows as "file" until the next look.
        }
      }),
  );
}
