import { describe, expect, it } from 'vitest';
import { designerPath, historyPath, overduePath, parseBuilderRoute } from './builder-route.ts';

describe('parseBuilderRoute', () => {
  it('reads the list, the designer and the history', () => {
    expect(parseBuilderRoute('/builder')).toEqual({ page: 'list' });
    expect(parseBuilderRoute('/builder/')).toEqual({ page: 'list' });
    expect(parseBuilderRoute(designerPath('dog-licence'))).toEqual({ page: 'designer', code: 'dog-licence' });
    expect(parseBuilderRoute(historyPath('dog-licence'))).toEqual({ page: 'history', code: 'dog-licence' });
  });

  it("reads a service's overdue requests", () => {
    expect(parseBuilderRoute(overduePath('dog-licence'))).toEqual({ page: 'overdue', code: 'dog-licence' });
    expect(parseBuilderRoute('/builder/services/Bad_Code/overdue')).toEqual({ page: 'not-found' });
  });

  it('reads the case-worker screen: the requests and one request', () => {
    expect(parseBuilderRoute('/builder/requests')).toEqual({ page: 'requests' });
    expect(parseBuilderRoute('/builder/requests/EF-7K3M-9QXP-2HDT')).toEqual({
      page: 'request',
      reference: 'EF-7K3M-9QXP-2HDT',
    });
    expect(parseBuilderRoute('/builder/requests/a%20b')).toEqual({ page: 'not-found' });
    expect(parseBuilderRoute('/builder/requests/EF-1/x')).toEqual({ page: 'not-found' });
  });

  it('reads the feedback screen: the list and one feedback', () => {
    expect(parseBuilderRoute('/builder/feedback')).toEqual({ page: 'feedback' });
    expect(parseBuilderRoute('/builder/feedback/FB-7K3M-9QXP-2HDT')).toEqual({
      page: 'feedback-case',
      reference: 'FB-7K3M-9QXP-2HDT',
    });
    expect(parseBuilderRoute('/builder/feedback/a%20b')).toEqual({ page: 'not-found' });
  });

  it('reads the undelivered messages screen', () => {
    expect(parseBuilderRoute('/builder/deliveries')).toEqual({ page: 'deliveries' });
    expect(parseBuilderRoute('/builder/deliveries/x')).toEqual({ page: 'not-found' });
    expect(parseBuilderRoute('/builder/e-address')).toEqual({ page: 'e-address' });
  });

  it.each(['/builder/services/Bad_Code', '/builder/x', '/builder/services/abc/more/x', '/other'])(
    'answers not-found for %s',
    (path) => expect(parseBuilderRoute(path)).toEqual({ page: 'not-found' }),
  );
});
