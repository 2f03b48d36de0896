import { useEffect, useRef, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useLocation } from '../routing/use-location.ts';
import { useSession } from './SessionProvider.tsx';
import { signInHref } from './session-api.ts';
import { sessionStrings } from './session-strings.ts';
import { remainingParts, type TimeoutPhase, timeoutPhase, warnBeforeFor } from './timeout-schedule.ts';

const TICK_MS = 1000;

/**
 * Warns before the idle time-out ends a session (WCAG 2.2.1 Timing Adjustable): a couple of
 * minutes before, a panel says how long is left and offers "Stay signed in", which calls
 * `POST /api/session/extend`. The panel is an `alertdialog`, so screen readers announce it, and
 * focus moves to its button (keyboard users press Enter; Escape also stays signed in); focus
 * returns where it was afterwards. Before warning, the session is read again (a passive read):
 * activity in the form, such as a submission, may have moved the expiry already. After the
 * expiry it says so and offers to sign in again; the typed answers stay in this tab.
 */
export function SessionTimeoutWarning() {
  const { language } = useLanguage();
  const text = sessionStrings(language);
  const { read, refresh, extend } = useSession();
  const { pathname, search } = useLocation();
  const [phase, setPhase] = useState<TimeoutPhase | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const session = read?.session;
  const idleExpiresAt = session?.authenticated ? session.idleExpiresAt : undefined;
  const warnBeforeMs = warnBeforeFor(session?.authenticated ? session.idleTimeoutSeconds : undefined);
  const skewMs = read?.skewMs ?? 0;
  const wasSignedIn = useRef(false);
  /** The expiry already read again before warning: each expiry is checked once. */
  const checkedFor = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (idleExpiresAt === undefined) {
      // Signed out: show "you have been signed out" only when this page saw the session end.
      setPhase((current) => (wasSignedIn.current && current ? { phase: 'expired' } : undefined));
      return;
    }
    wasSignedIn.current = true;
    let timer: number | undefined;
    const step = () => {
      const next = timeoutPhase(Date.now() + skewMs, idleExpiresAt, warnBeforeMs);
      if (next.phase === 'quiet') {
        setPhase(undefined);
        timer = window.setTimeout(step, next.checkInMs);
        return;
      }
      if (checkedFor.current !== idleExpiresAt) {
        // Read again before warning; a moved expiry re-runs this effect with the new time.
        checkedFor.current = idleExpiresAt;
        void refresh();
        timer = window.setTimeout(step, TICK_MS);
        return;
      }
      setPhase(next);
      if (next.phase === 'warning') timer = window.setTimeout(step, TICK_MS);
      else void refresh();
    };
    step();
    return () => window.clearTimeout(timer);
  }, [idleExpiresAt, skewMs, warnBeforeMs, refresh]);

  const warning = phase?.phase === 'warning';
  useEffect(() => {
    if (!warning) return;
    returnFocus.current = document.activeElement;
    button.current?.focus();
  }, [warning]);

  if (!phase || phase.phase === 'quiet') return null;

  if (phase.phase === 'expired') {
    return (
      <div className="session-timeout" role="alert" data-testid="session.expired">
        <h2 className="session-timeout__title">{text.expiredTitle}</h2>
        <p>{text.expiredText}</p>
        <a className="button" href={signInHref(`${pathname}${search}`)}>
          {text.signInAgain}
        </a>
      </div>
    );
  }

  const { minutes, seconds } = remainingParts(phase.remainingMs);
  const stay = async () => {
    setFailed(false);
    const ok = await extend();
    if (!ok) return setFailed(true);
    setPhase(undefined);
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
  };
  return (
    <div
      className="session-timeout"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="session-timeout-title"
      aria-describedby="session-timeout-text"
      data-testid="session.timeout-warning"
      onKeyDown={(event) => {
        if (event.key === 'Escape') void stay();
      }}
    >
      <h2 className="session-timeout__title" id="session-timeout-title">
        {text.timeoutTitle}
      </h2>
      <p id="session-timeout-text" aria-live="polite">
        {text.timeoutText(minutes, seconds)}
      </p>
      {failed ? (
        <p className="session-timeout__error" role="alert">
          {text.extendFailed}
        </p>
      ) : null}
      <button
        ref={button}
        type="button"
        className="button"
        onClick={() => void stay()}
        data-testid="session.stay-signed-in"
      >
        {text.staySignedIn}
      </button>
    </div>
  );
}
