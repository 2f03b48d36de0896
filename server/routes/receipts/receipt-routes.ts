/**
 * Receipts (issue 4): what was submitted, as a PDF or a printable page, in Latvian or English.
 * Only for whoever holds the receipt token that the submission answered, or for the signed-in
 * person who submitted it.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ApiError } from '../../app/api-error.ts';
import type { AppEnv } from '../../app/app-env.ts';
import { hashToken } from '../../attachments/attachment-token.ts';
import { receiptResponse } from '../../receipts/receipt-response.ts';
import { errorResponses } from '../openapi-schemas.ts';

const Format = z.enum(['pdf', 'html']).openapi({ param: { name: 'format', in: 'path' }, example: 'pdf' });
const Query = z.object({ lang: z.enum(['lv', 'en']).default('lv') });
const documents = {
  'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
  'text/html': { schema: z.string() },
};
const NOT_FOUND = () => new ApiError(404, 'receipt_not_found', 'There is no such receipt.');

const byToken = createRoute({
  method: 'get',
  path: '/receipts/{token}/{format}',
  tags: ['Receipts'],
  summary: 'The receipt of a submission, by the receipt token its submission answered',
  request: {
    params: z.object({
      token: z
        .string()
        .max(60)
        .openapi({ param: { name: 'token', in: 'path' }, example: 'rcpt_...' }),
      format: Format,
    }),
    query: Query,
  },
  responses: { 200: { description: 'The receipt', content: documents }, ...errorResponses(404) },
});

const mine = createRoute({
  method: 'get',
  path: '/submissions/{reference}/receipt/{format}',
  tags: ['Receipts'],
  summary: 'The receipt of a submission the signed-in person made',
  security: [{ session: [] }],
  request: {
    params: z.object({
      reference: z
        .string()
        .max(40)
        .openapi({ param: { name: 'reference', in: 'path' } }),
      format: Format,
    }),
    query: Query,
  },
  responses: { 200: { description: 'The receipt', content: documents }, ...errorResponses(401, 404) },
});

export function createReceiptRoutes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(byToken, async (c) => {
      const { repo, clock } = c.get('deps');
      const { token, format } = c.req.valid('param');
      const hash = hashToken('rcpt', token);
      const reference = hash ? await repo.attachments.findReceipt(hash) : null;
      const submission = reference ? await repo.submissions.getByReference(reference) : null;
      if (!submission) throw NOT_FOUND();
      return (await receiptResponse(repo, submission, format, c.req.valid('query').lang, clock())) as never;
    })
    .openapi(mine, async (c) => {
      const { repo, clock } = c.get('deps');
      const principal = c.get('principal');
      if (principal?.kind !== 'user') {
        throw new ApiError(401, 'unauthenticated', 'Sign in to see the receipts of your submissions.');
      }
      const { reference, format } = c.req.valid('param');
      const submission = await repo.submissions.getByReference(reference);
      if (!submission?.applicantSubject || submission.applicantSubject !== principal.subject) {
        throw NOT_FOUND();
      }
      return (await receiptResponse(repo, submission, format, c.req.valid('query').lang, clock())) as never;
    });
}
