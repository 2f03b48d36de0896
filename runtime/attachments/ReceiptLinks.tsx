import type { Language } from '../../schema/service-definition.ts';

const TEXT = {
  lv: {
    pdf: 'Lejupielādēt apliecinājumu (PDF)',
    html: 'Atvērt apliecinājumu drukāšanai',
    intro: 'Apliecinājumā ir viss, ko iesniedzāt, un iesnieguma numurs.',
  },
  en: {
    pdf: 'Download the receipt (PDF)',
    html: 'Open the receipt for printing',
    intro: 'The receipt lists everything you submitted, with the reference number.',
  },
} as const;

/** The confirmation page's receipt links (issue 4), opened by the receipt token of the submission. */
export function ReceiptLinks({ token, language }: { token: string; language: Language }) {
  const text = TEXT[language];
  const base = `/api/receipts/${encodeURIComponent(token)}`;
  return (
    <div className="receipt-links">
      <p>{text.intro}</p>
      <ul className="link-list">
        <li>
          <a href={`${base}/pdf?lang=${language}`} download data-testid="runtime.receipt-pdf">
            {text.pdf}
          </a>
        </li>
        <li>
          <a
            href={`${base}/html?lang=${language}`}
            target="_blank"
            rel="noopener"
            data-testid="runtime.receipt-html"
          >
            {text.html}
          </a>
        </li>
      </ul>
    </div>
  );
}
