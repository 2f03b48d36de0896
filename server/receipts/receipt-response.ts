import type { Language } from '../../schema/service-definition.ts';
import type { Repository, SubmissionRecord } from '../storage/repository.ts';
import { buildReceiptContent } from './receipt-content.ts';
import { renderReceiptHtml } from './render-receipt-html.ts';
import { renderReceiptPdf } from './render-receipt-pdf.ts';

export type ReceiptFormat = 'pdf' | 'html';

/** The receipt of `submission` as a response: an inline PDF or a printable page, never cached. */
export async function receiptResponse(
  repo: Repository,
  submission: SubmissionRecord,
  format: ReceiptFormat,
  language: Language,
  now: Date,
): Promise<Response> {
  const content = await buildReceiptContent(repo, submission, language);
  const common = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (format === 'html') {
    return new Response(renderReceiptHtml(content), {
      headers: {
        ...common,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      },
    });
  }
  const pdf = await renderReceiptPdf(content, now);
  const name = `${language === 'lv' ? 'apliecinajums' : 'receipt'}-${submission.reference}.pdf`;
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      ...common,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${name}"`,
    },
  });
}
