import { describe, expect, it } from 'vitest';
import { EMBEDDED_SESSION_ID } from '../../schema/embedded-page-data.ts';
import { pageWith } from '../api/testing/embedded-page.ts';
import { readEmbeddedSession } from './embedded-session.ts';

const page = (text: string | undefined) => pageWith(EMBEDDED_SESSION_ID, text);

describe('readEmbeddedSession', () => {
  it('reads "nobody is signed in" from the page, so the form need not ask first', () => {
    expect(readEmbeddedSession(page('{"authenticated":false}'))).toEqual({
      session: { authenticated: false },
      skewMs: 0,
    });
  });

  it('never takes a signed-in session from the page: without a plain "anonymous" the runtime asks', () => {
    const signedIn = JSON.stringify({ authenticated: true, csrfToken: 'x', user: { personalCode: '1' } });
    expect(readEmbeddedSession(page(signedIn))).toBeUndefined();
    expect(readEmbeddedSession(page(undefined))).toBeUndefined();
    expect(readEmbeddedSession(page('not json'))).toBeUndefined();
  });
});
