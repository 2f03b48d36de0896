import { Fragment, type ReactNode, useEffect, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { saveAnswers } from '../journey/answers-store.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { applyPath } from '../routing/parse-route.ts';
import { resumeTokenFromHash, saveResumeToken, stashChanges } from './draft-store.ts';
import { DRAFT_STRINGS, formatDay, formatTime } from './draft-strings.ts';
import { type DraftView, openMyDraft, openResumeLink } from './drafts-api.ts';

type State = 'loading' | 'ready' | 'expired' | 'not-found';

function tab(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Before the form shows (issue 4, save and resume). A resume link (`#resume=<token>`) puts its
 * answers into this tab's answers, moved to the version being shown, so the form opens where
 * they were left; an expired link says so (410), an unknown one too (404). A signed-in person
 * with answers saved on the server is offered them above the form ("continue with your saved
 * answers"), never switched over silently: they may have come to start afresh.
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
  const [state, setState] = useState<State>(() => (token ? 'loading' : 'ready'));
  const [offer, setOffer] = useState<DraftView | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (state !== 'loading' || !token) return;
    let live = true;
    void openResumeLink(token).then((read) => {
      if (!live) return;
      if (read.kind === 'ok' && read.draft.version === version) {
        saveAnswers(tab(), code, version, read.draft.data);
        stashChanges(code, read.draft.changes);
        saveResumeToken(code, token);
        // The token leaves the address bar, so it is not shown over a shoulder or bookmarked by accident.
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${window.location.search}`,
        );
        return setState('ready');
      }
      if (read.kind === 'expired') return setState('expired');
      if (read.kind === 'not-found') return setState('not-found');
      setState('ready');
    });
    return () => {
      live = false;
    };
  }, [state, token, code, version]);

  useEffect(() => {
    if (!signedIn || token) return;
    let live = true;
    void openMyDraft(code).then((read) => {
      if (live && read.kind === 'ok' && read.draft.version === version) setOffer(read.draft);
    });
    return () => {
      live = false;
    };
  }, [signedIn, token, code, version]);

  if (state === 'loading') {
    return (
      <p className="loading" role="status">
        {text.restoring}
      </p>
    );
  }
  if (state !== 'ready') return <DraftLinkProblem code={code} expired={state === 'expired'} />;
  const continueWithSaved = (draft: DraftView) => {
    saveAnswers(tab(), code, version, draft.data);
    stashChanges(code, draft.changes);
    setOffer(undefined);
    // The form reads this tab's answers when it mounts: mount it again with the saved ones.
    setGeneration((n) => n + 1);
  };
  return (
    <>
      {offer ? (
        <div className="notice" data-testid="runtime.saved-draft-offer">
          <p>{text.savedOffer(formatDay(offer.savedAt, language), formatTime(offer.savedAt))}</p>
          <button
            type="button"
            className="button button--secondary"
            data-testid="runtime.use-saved-draft"
            onClick={() => continueWithSaved(offer)}
          >
            {text.useSaved}
          </button>
        </div>
      ) : null}
      <Fragment key={generation}>{children()}</Fragment>
    </>
  );
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
