import { useEffect, useRef, useState } from 'react';
import { ReceiptLinks } from '../attachments/ReceiptLinks.tsx';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { describeDuration } from '../journey/describe-duration.ts';
import {
  loadReceipt,
  receiptFromHistoryState,
  type StoredReceipt,
} from '../journey/submission-receipt-store.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { applyPath } from '../routing/parse-route.ts';

function findReceipt(code: string): StoredReceipt | undefined {
  const fromHistory = receiptFromHistoryState(window.history.state, code);
  if (fromHistory) return fromHistory;
  try {
    return loadReceipt(window.sessionStorage, code);
  } catch {
    return undefined;
  }
}

/**
 * `/services/{code}/apply/done`: the reference number, large, and one plain sentence on what
 * happens next. The receipt comes from history state or session storage, so a reload still shows
 * it; the heading is focused so screen readers announce that the submission went through.
 */
export function DonePage({ code }: { code: string }) {
  const { language, strings } = useLanguage();
  const [receipt] = useState(() => findReceipt(code));
  const panelRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(receipt ? strings.done.title : strings.done.noReferenceTitle);

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  if (!receipt) {
    return (
      <div ref={panelRef} tabIndex={-1}>
        <h1>{strings.done.noReferenceTitle}</h1>
        <p>{strings.done.noReferenceBody}</p>
        <ul className="link-list">
          <li>
            <Link href={applyPath(code)}>{strings.done.backToForm}</Link>
          </li>
          <li>
            <Link href="/">{strings.homeLink}</Link>
          </li>
        </ul>
      </div>
    );
  }

  const duration = describeDuration(receipt.targetProcessingTime, strings.duration);
  return (
    <>
      <div className="confirmation" ref={panelRef} tabIndex={-1}>
        <h1 className="confirmation__title">{strings.done.title}</h1>
        <p className="confirmation__label">{strings.done.referenceLabel}</p>
        <p className="confirmation__reference" data-testid="runtime.reference">
          {receipt.reference}
        </p>
      </div>
      <p className="service-name">{receipt.serviceTitle[language]}</p>
      <p>
        {strings.done.sentTo(receipt.agencyName[language])}
        {duration ? ` ${strings.done.processingTime(duration)}` : ''}
      </p>
      <p>{strings.done.keepReference}</p>
      {receipt.receiptToken ? <ReceiptLinks token={receipt.receiptToken} language={language} /> : null}
      <p>
        <Link href="/">{strings.homeLink}</Link>
      </p>
    </>
  );
}
