import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MyCaseGate } from './MyCaseGate.tsx';
import type { MyCase } from './use-my-case.ts';

const texts = {
  loading: 'Loading…',
  signInTitle: 'Sign in to see your requests',
  signIn: 'Sign in',
  notFoundTitle: 'Request not found',
  notFoundBody: 'You have no request with this number.',
  loadFailed: 'Could not load.',
};

const render = (current: MyCase<{ title: string }>) =>
  renderToStaticMarkup(
    <MyCaseGate current={current} returnTo="/my/requests/EF-1" back={<p>Back</p>} texts={texts}>
      {(item) => <h1>{item.title}</h1>}
    </MyCaseGate>,
  );

describe('MyCaseGate', () => {
  it('asks the person to sign in and brings them back to the case', () => {
    const html = render({ state: 'signed-out' });
    expect(html).toContain('<h1>Sign in to see your requests</h1>');
    expect(html).toContain(`href="/auth/login?returnTo=${encodeURIComponent('/my/requests/EF-1')}"`);
    expect(html).not.toContain('Back');
  });

  it('says "not found" or "could not load" under the way back, and shows the case once it is here', () => {
    expect(render({ state: 'loading' })).toBe('<p class="loading">Loading…</p>');
    expect(render({ state: 'not-found' })).toBe(
      '<p>Back</p><h1>Request not found</h1><p>You have no request with this number.</p>',
    );
    expect(render({ state: 'error' })).toBe('<p>Back</p><h1>Could not load.</h1>');
    expect(render({ state: 'ready', item: { title: 'Declaration of residence' } })).toBe(
      '<p>Back</p><h1>Declaration of residence</h1>',
    );
  });
});
