import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { INLINE_OVERDUE_LINKS, OverdueLinks } from './OverdueLinks.tsx';

const service = (n: number) => ({
  code: `service-${n}`,
  title: { lv: `Pakalpojums ${n}`, en: `Service ${n}` },
});
const services = (count: number) => Array.from({ length: count }, (_, i) => service(i + 1));

describe('OverdueLinks', () => {
  it('puts a few services on one line of links, in the page language', () => {
    const html = renderToStaticMarkup(
      <OverdueLinks services={services(2)} language="en" label="Overdue requests" />,
    );
    expect(html).toBe(
      '<p data-testid="requests.overdue-links">Overdue requests: <span><a href="/builder/services/service-1/overdue">Service 1</a></span><span>, <a href="/builder/services/service-2/overdue">Service 2</a></span></p>',
    );
  });

  it('folds the links of an agency with many services into a list under the same words', () => {
    const html = renderToStaticMarkup(
      <OverdueLinks services={services(INLINE_OVERDUE_LINKS + 9)} language="lv" label="Nokavētie" />,
    );
    expect(
      html.startsWith('<details data-testid="requests.overdue-links"><summary>Nokavētie</summary><ul>'),
    ).toBe(true);
    expect(html.match(/<li><a href="\/builder\/services\/service-\d+\/overdue">/g)).toHaveLength(
      INLINE_OVERDUE_LINKS + 9,
    );
  });

  it('shows nothing for an agency without services', () => {
    expect(renderToStaticMarkup(<OverdueLinks services={[]} language="lv" label="Nokavētie" />)).toBe('');
  });
});
