import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OverdueRequests, overdueBy } from './OverdueRequests.tsx';
import type { OverdueList } from './overdue-api.ts';

const list = (over: Partial<OverdueList> = {}): OverdueList => ({
  targetProcessingTime: 'P3D',
  total: 2,
  requests: [
    {
      reference: 'EF-7K3M-9QXP-2HDT',
      status: 'in_progress',
      submittedAt: '2026-11-23T08:00:00.000Z',
      elapsedDays: 8,
      overdueDays: 5,
    },
    {
      reference: 'EF-AAAA-BBBB-CCCC',
      status: 'received',
      submittedAt: '2026-11-26T08:00:00.000Z',
      elapsedDays: 3.4,
      overdueDays: 0.4,
    },
  ],
  ...over,
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('OverdueRequests', () => {
  it('names each overdue request, links its case page and says by how much and where it stands', () => {
    const html = renderToStaticMarkup(<OverdueRequests list={list()} language="en" />);
    expect(html).toContain('<a href="/builder/requests/EF-7K3M-9QXP-2HDT">EF-7K3M-9QXP-2HDT</a>');
    expect(text(html)).toContain('Target processing time: 3 days.');
    expect(text(html)).toContain('Overdue by 5 days');
    expect(text(html)).toContain('Status In progress');
    expect(text(html)).toContain('Overdue by less than a day');
    // The API's order (longest overdue first) is kept.
    expect(html.indexOf('EF-7K3M')).toBeLessThan(html.indexOf('EF-AAAA'));
    expect(html).not.toContain('data-testid="overdue.none"');
  });

  it('says in Latvian', () => {
    const html = renderToStaticMarkup(<OverdueRequests list={list()} language="lv" />);
    expect(text(html)).toContain('Noteiktais izskatīšanas laiks: 3 dienas.');
    expect(text(html)).toContain('Nokavēts par 5 dienām');
    expect(text(html)).toContain('Tiek izskatīts');
  });

  it('says plainly when nothing is overdue, and why when the service has no target', () => {
    const none = renderToStaticMarkup(
      <OverdueRequests list={list({ total: 0, requests: [] })} language="en" />,
    );
    expect(text(none)).toContain('Nothing is overdue');
    expect(none).not.toContain('<ol');
    const noTarget = renderToStaticMarkup(
      <OverdueRequests list={list({ targetProcessingTime: 'soon', total: 0, requests: [] })} language="lv" />,
    );
    expect(text(noTarget)).toContain('nav noteikta izskatīšanas laika');
    expect(noTarget).not.toContain('overdue.target');
  });

  it('says when the page holds only the longest overdue of more', () => {
    const html = renderToStaticMarkup(<OverdueRequests list={list({ total: 250 })} language="en" />);
    expect(text(html)).toContain('Showing 2 of 250: the longest overdue.');
  });
});

describe('overdueBy', () => {
  it('counts whole days, with Latvian number agreement, and says "less than a day" below one', () => {
    expect(overdueBy(0.04, 'en')).toBe('less than a day');
    expect(overdueBy(1.9, 'en')).toBe('1 day');
    expect(overdueBy(21.2, 'lv')).toBe('21 dienu');
    expect(overdueBy(11, 'lv')).toBe('11 dienām');
  });
});
