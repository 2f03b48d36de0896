import { describe, expect, it } from 'vitest';
import { EMBEDDED_SESSION_ID } from '../../schema/embedded-page-data.ts';
import { readEmbeddedSession } from './embedded-session.ts';

function pageWith(text: string | undefined) {
  const element =
    text === undefined
      ? null
      : { textContent: text, getAttribute: (name: string) => (name === 'type' ? 'application/json' : null) };
  return { getElementById: (id: string) => (id === EMBEDDED_SESSION_ID ? element : null) } as unknown as Pick<
    Document,
    'getElementById'
  >;
}

describe('readEmbeddedSession', () => {
  it('reads "nobody is signed in" from the page, so the form need not ask first', () => {
    expect(readEmbeddedSession(pageWith('{"authenticated":false}'))).toEqual({
      session: { authenticated: false },
      skewMs: 0,
    });
  });

  it('never takes a signed-in session from the page: without a plain "anonymous" the runtime asks', () => {
    const signedIn = JSON.stringify({ authenticated: true, csrfToken: 'x', user: { personalCode: '1' } });
    expect(readEmbeddedSession(pageWith(signedIn))).toBeUndefined();
    expect(readEmbeddedSession(pageWith(undefined))).toBeUndefined();
    expect(readEmbeddedSession(pageWith('not json'))).toBeUndefined();
  });
});
