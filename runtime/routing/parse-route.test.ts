import { describe, expect, it } from 'vitest';
import { applyPath, donePath, parseRoute } from './parse-route.ts';

describe('parseRoute', () => {
  it('reads the home page', () => {
    expect(parseRoute('/', '')).toEqual({ page: 'home' });
  });

  it('reads a form deep link with its prefill parameters, without the version', () => {
    expect(parseRoute('/services/dog-licence/apply', '?version=3&owner=Anna%20B%C4%93rzi%C5%86a')).toEqual({
      page: 'apply',
      code: 'dog-licence',
      version: 3,
      params: { owner: 'Anna Bērziņa' },
    });
  });

  it('keeps the first value when a parameter repeats and tolerates a trailing slash', () => {
    expect(parseRoute('/services/dog-licence/apply/', '?a=1&a=2')).toEqual({
      page: 'apply',
      code: 'dog-licence',
      params: { a: '1' },
    });
  });

  it('reads the position in the form, which is not a prefill parameter', () => {
    expect(parseRoute('/services/dog-licence/apply', '?step=2&owner=Anna')).toEqual({
      page: 'apply',
      code: 'dog-licence',
      step: 2,
      params: { owner: 'Anna' },
    });
    expect(parseRoute('/services/dog-licence/apply', '?step=check')).toMatchObject({ step: 'check' });
  });

  it.each(['0', '-1', 'two', '2.5', '1000', ''])('starts at the first step for ?step=%s', (step) => {
    const route = parseRoute('/services/dog-licence/apply', `?step=${step}`);
    expect(route).toEqual({ page: 'apply', code: 'dog-licence', params: {} });
  });

  it('reads the confirmation page', () => {
    expect(parseRoute('/services/dog-licence/apply/done', '')).toEqual({ page: 'done', code: 'dog-licence' });
  });

  it.each([
    ['/services/dog-licence/apply', '?version=0'],
    ['/services/dog-licence/apply', '?version=two'],
    ['/services/dog-licence/apply', '?version=1.5'],
    ['/services/Dog_Licence/apply', ''],
    ['/services/%E0%A4%A/apply', ''],
    // '/services/dog-licence' is the service's catalogue page since issue 7.
    ['/services/dog-licence/apply/done/more', ''],
    ['/admin', ''],
  ])('answers not-found for %s%s', (pathname, search) => {
    expect(parseRoute(pathname, search)).toEqual({ page: 'not-found' });
  });

  it('reads the workplace pages: my requests, one request by its number, the captured mail', () => {
    expect(parseRoute('/my', '')).toEqual({ page: 'my' });
    expect(parseRoute('/my/requests/EF-7K3M-9QXP-2HDT', '')).toEqual({
      page: 'my-request',
      reference: 'EF-7K3M-9QXP-2HDT',
    });
    expect(parseRoute('/my/requests/<script>', '')).toEqual({ page: 'not-found' });
    expect(parseRoute('/my/other', '')).toEqual({ page: 'not-found' });
    expect(parseRoute('/dev/mail', '')).toEqual({ page: 'dev-mail' });
  });

  it('reads the feedback form, about a service or the platform, and one feedback in the workplace', () => {
    expect(parseRoute('/feedback', '')).toEqual({ page: 'feedback' });
    expect(parseRoute('/feedback', '?service=dog-licence')).toEqual({
      page: 'feedback',
      service: 'dog-licence',
    });
    expect(parseRoute('/feedback', '?service=Bad_Code')).toEqual({ page: 'not-found' });
    expect(parseRoute('/my/feedback/FB-7K3M-9QXP-2HDT', '')).toEqual({
      page: 'my-feedback',
      reference: 'FB-7K3M-9QXP-2HDT',
    });
    expect(parseRoute('/my/feedback/<b>', '')).toEqual({ page: 'not-found' });
  });

  it('builds the paths it reads', () => {
    expect(parseRoute(applyPath('dog-licence'), '')).toMatchObject({ page: 'apply', code: 'dog-licence' });
    expect(applyPath('dog-licence', { step: 1 })).toBe('/services/dog-licence/apply');
    const [pathname, search] = applyPath('dog-licence', { version: 3, step: 'check' }).split('?');
    expect(parseRoute(pathname ?? '', `?${search}`)).toEqual({
      page: 'apply',
      code: 'dog-licence',
      version: 3,
      step: 'check',
      params: {},
    });
    expect(parseRoute(donePath('dog-licence'), '')).toEqual({ page: 'done', code: 'dog-licence' });
  });
});
