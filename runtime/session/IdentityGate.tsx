import { type ReactNode, useMemo, useState } from 'react';
import type { AssuranceLevel } from '../../schema/service-definition.ts';
import type { PublishedService } from '../api/published-service.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { useLocation } from '../routing/use-location.ts';
import { identityAnswers, withReadOnlyFields } from './identity-prefill.ts';
import { describeParty, PartyChooser } from './PartyChooser.tsx';
import { loadParty, onBehalfOf, type Party, partyChoices, saveParty } from './party-choice.ts';
import { useSession } from './SessionProvider.tsx';
import { signInHref } from './session-api.ts';
import { type SessionStrings, sessionStrings } from './session-strings.ts';

/** What the form needs from the sign-in: the token for its POST, fixed answers, the party. */
export interface FormIdentity {
  /** The service with identity-prefilled fields made read-only. */
  service: PublishedService;
  csrfToken?: string;
  /** Answers from the identity; they win over saved ones and cannot be edited. */
  fixedAnswers: Record<string, string>;
  onBehalfOf?: { kind: 'company' | 'person'; code: string };
}

const LEVELS: readonly AssuranceLevel[] = ['low', 'substantial', 'high'];

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Stands between a deep link and its form (issue 5). A service for signed-in people or company
 * representatives first asks an anonymous visitor to sign in, with a return address that is this
 * page's path and query (so `?version=` and prefill parameters survive the round trip). Signed
 * in: too weak a sign-in is told so; someone who may act for others chooses for whom first
 * (companies only where the service is for company representatives); then the form opens with
 * the identity's answers filled in and read-only. The server checks all of it again.
 */
export function IdentityGate({
  service,
  children,
}: {
  service: PublishedService;
  children: (identity: FormIdentity) => ReactNode;
}) {
  const { language } = useLanguage();
  const text = sessionStrings(language);
  const { read } = useSession();
  const { pathname, search } = useLocation();
  const { access } = service.definition.settings;
  const session = read?.session;
  const choices = useMemo(
    () => (session?.authenticated ? partyChoices(access.who, session.representations) : []),
    [session, access.who],
  );
  const [party, setParty] = useState<Party | undefined>(undefined);
  const signedIn = session?.authenticated ? session : undefined;
  const fixedAnswers = useMemo(
    () => (signedIn ? identityAnswers(service.definition, signedIn) : {}),
    [signedIn, service.definition],
  );
  const shown = useMemo(
    () => ({
      ...service,
      definition: withReadOnlyFields(service.definition, Object.keys(fixedAnswers)),
    }),
    [service, fixedAnswers],
  );

  if (!read) return null;
  const here = `${pathname}${search}`;
  if (!signedIn) {
    if (access.who === 'anyone') return children({ service, fixedAnswers: {} });
    return (
      <Notice
        title={text.signInRequiredTitle}
        body={text.signInRequiredText}
        testId="session.sign-in-required"
      >
        <a
          className="button button--primary"
          href={signInHref(here)}
          data-testid="session.sign-in-to-continue"
        >
          {text.signInToContinue}
        </a>
      </Notice>
    );
  }
  if (access.who !== 'anyone' && LEVELS.indexOf(signedIn.user.assurance) < LEVELS.indexOf(access.assurance)) {
    return (
      <Notice title={text.assuranceTitle} body={text.assuranceText} testId="session.assurance-too-low" />
    );
  }
  if (choices.length === 0) {
    return <Notice title={text.noCompanyTitle} body={text.noCompanyText} testId="session.no-company" />;
  }
  const myName = `${signedIn.user.givenName} ${signedIn.user.familyName}`;
  const only = choices.length === 1 && choices[0]?.kind === 'myself' ? choices[0] : undefined;
  const chosen = only ?? party ?? loadParty(tabStorage(), service.code, choices);
  if (!chosen) {
    return (
      <PartyChooser
        choices={choices}
        myName={myName}
        text={text}
        onChoose={(next) => {
          saveParty(tabStorage(), service.code, next);
          setParty(next);
        }}
      />
    );
  }
  return (
    <>
      {only ? null : (
        <ActingFor
          text={text}
          party={describeParty(chosen, text, myName)}
          onChange={() => {
            saveParty(tabStorage(), service.code, undefined);
            setParty(undefined);
          }}
        />
      )}
      {children({
        service: shown,
        csrfToken: signedIn.csrfToken,
        fixedAnswers,
        onBehalfOf: onBehalfOf(chosen),
      })}
    </>
  );
}

function ActingFor({ text, party, onChange }: { text: SessionStrings; party: string; onChange: () => void }) {
  return (
    <p className="acting-for" data-testid="session.acting-for">
      {text.actingFor(party)}{' '}
      <button type="button" className="link-button" onClick={onChange}>
        {text.changeParty}
      </button>
    </p>
  );
}

function Notice({
  title,
  body,
  testId,
  children,
}: {
  title: string;
  body: string;
  testId: string;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="identity-notice" data-testid={testId}>
      <h1>{title}</h1>
      <p>{body}</p>
      {children}
    </div>
  );
}
