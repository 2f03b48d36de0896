import { useEffect, useRef, useState } from 'react';
import type { FormData } from '../form/form-context.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { loadResumeToken, saveResumeToken } from './draft-store.ts';
import { DRAFT_STRINGS, formatDay, formatTime } from './draft-strings.ts';
import { createResumeLink, saveMyDraft, saveResumeLink } from './drafts-api.ts';

const AUTOSAVE_DELAY_MS = 1500;

/**
 * Save and resume on the form page (issue 4). Signed in: the answers are saved on the server a
 * moment after each change, and the page says when and until when. Not signed in: "Save and
 * continue later" gives a resume link, with the date it stops working stated on screen.
 */
export function SaveForLater({
  code,
  version,
  step,
  answers,
  csrfToken,
}: {
  code: string;
  version: number;
  step: number;
  answers: FormData;
  /** Present when someone is signed in. */
  csrfToken?: string;
}) {
  const { language } = useLanguage();
  const text = DRAFT_STRINGS[language];
  const [status, setStatus] = useState<'idle' | 'saving' | 'failed'>('idle');
  const [saved, setSaved] = useState<{ at: string; until: string } | undefined>(undefined);
  const [link, setLink] = useState<{ url: string; until: string } | undefined>(undefined);
  const first = useRef(true);
  const linkRef = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of the answers restarts the delay.
  useEffect(() => {
    if (!csrfToken) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(async () => {
      const read = await saveMyDraft(code, { version, data: answers, step }, csrfToken);
      if (read.kind === 'ok') setSaved({ at: read.draft.savedAt, until: read.draft.expiresAt });
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [answers, csrfToken, code, version]);

  useEffect(() => {
    if (link) linkRef.current?.focus();
  }, [link]);

  if (csrfToken) {
    return saved ? (
      <p className="draft-status" role="status" data-testid="runtime.draft-saved">
        {text.autoSaved(formatTime(saved.at), formatDay(saved.until, language))}
      </p>
    ) : null;
  }

  async function saveLink() {
    setStatus('saving');
    const input = { version, data: answers, step };
    const token = loadResumeToken(code);
    let result: { token: string; until: string } | undefined;
    if (token) {
      const read = await saveResumeLink(token, input);
      if (read.kind === 'ok') result = { token, until: read.draft.expiresAt };
    }
    if (!result) {
      const created = await createResumeLink(code, input);
      if (created.kind === 'ok') result = { token: created.token, until: created.draft.expiresAt };
    }
    if (!result) return setStatus('failed');
    saveResumeToken(code, result.token);
    setStatus('idle');
    setLink({
      url: `${window.location.origin}/services/${code}/apply#resume=${result.token}`,
      until: result.until,
    });
  }

  return (
    <div className="save-for-later">
      <button
        type="button"
        className="button button--secondary"
        data-testid="runtime.save-for-later"
        aria-disabled={status === 'saving' || undefined}
        onClick={() => void (status === 'saving' ? undefined : saveLink())}
      >
        {status === 'saving' ? text.saving : text.saveForLater}
      </button>
      {status === 'failed' ? (
        <p className="field__error" role="alert">
          {text.saveFailed}
        </p>
      ) : null}
      {link ? (
        <div className="notice" tabIndex={-1} ref={linkRef} data-testid="runtime.resume-link-panel">
          <h2>{text.linkTitle}</h2>
          <p>{text.linkBody(formatDay(link.until, language))}</p>
          <label className="field__label" htmlFor="resume-link">
            {text.linkLabel}
          </label>
          <input
            id="resume-link"
            className="resume-link"
            type="text"
            readOnly
            value={link.url}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="runtime.resume-link"
          />
          <p>{text.linkPrivate}</p>
        </div>
      ) : null}
    </div>
  );
}
