import { type ReactNode, useEffect, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { loadAnswers, saveAnswers } from '../journey/answers-store.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { applyPath } from '../routing/parse-route.ts';
import { resumeTokenFromHash, saveResumeToken, stashChanges } from './draft-store.ts';
import { DRAFT_STRINGS } from './draft-strings.ts';
import { type DraftRead, openMyDraft, openResumeLink } from './drafts-api.ts';

type State = 'loading' | 'ready' | 'expired' | 'not-found';

function tab(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Before the form shows (issue 4, save and resume): a resume link (`#resume=<token>`) or a
 * signed-in person's server draft puts its answers into this tab's answers, moved to the
 * version being shown, so the form opens where they were left. An expired link says so (410),
 * an unknown one too (404). A signed-in draft never overwrites answers already typed in this tab.
 */
export function DraftRestore({
  code,
  version,
  signedIn,
  children,
}: {
  code: string;
  version: number;
  signedIn: boolean;
  children: () => ReactNode;
}) {
  const { language } = useLanguage();
  const text = DRAFT_STRINGS[language];
  const [token] = useState(() => resumeTokenFromHash(window.location.hash));
  const [state, setState] = useState<State>(() => (token || signedIn ? 'loading' : 'ready'));

  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    const apply = (read: DraftRead, fromLink: boolean) => {
      if (!live) return;
      if (read.kind === 'ok' && read.draft.version === version) {
        const typedHere = loadAnswers(tab(), code, version);
        if (fromLink || !typedHere || Object.keys(typedHere).length === 0) {
          saveAnswers(tab(), code, version, read.draft.data);
          stashChanges(code, read.draft.changes);
        }
        if (fromLink) {
          saveResumeToken(code, token);
          // The token leaves the address bar, so it is not shown over a shoulder or bookmarked by accident.
          window.history.replaceState(
            window.history.state,
            '',
            `${window.location.pathname}${window.location.search}`,
          );
        }
        setState('ready');
        return;
      }
      if (fromLink && read.kind === 'expired') return setState('expired');
      if (fromLink && read.kind === 'not-found') return setState('not-found');
      setState('ready');
    };
    if (token) void openResumeLink(token).then((read) => apply(read, true));
    else void openMyDraft(code).then((read) => apply(read, false));
    return () => {
      live = false;
    };
  }, [state, token, code, version]);

  if (state === 'ready') return <>{children()}</>;
  if (state === 'loading') {
    return (
      <p className="loading" role="status">
        {text.restoring}
      </p>
    );
  }
  return <DraftLinkProblem code={code} expired={state === 'expired'} />;
}

function DraftLinkProblem({ code, expired }: { code: string; expired: boolean }) {
  const { language } = useLanguage();
  const text = DRAFT_STRINGS[language];
  const title = expired ? text.expiredTitle : text.notFoundTitle;
  useDocumentTitle(title);
  return (
    <div data-testid="runtime.resume-problem">
      <h1>{title}</h1>
      <p>{expired ? text.expiredBody : text.notFoundBody}</p>
      <p>
        <Link href={applyPath(code)}>{text.startAgain}</Link>
      </p>
    </div>
  );
}
