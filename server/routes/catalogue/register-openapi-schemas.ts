/**
 * OpenAPI (zod) description of the service register entry, `definition.register` (issue 7). Only
 * documents the shape: definitions are checked by the definition checker, not by zod. Defines its
 * own LocalizedText so openapi-schemas.ts can import this file without a cycle.
 */
import { z } from '@hono/zod-openapi';
import { AUDIENCES, SERVICE_CHANNELS } from '../../../schema/register/service-register.ts';

const Text = z.object({ lv: z.string(), en: z.string() });
const RichText = z.record(z.string(), z.unknown()).nullable().openapi({
  description:
    'A rich-text/1 document `{ format: "rich-text/1", blocks: [paragraph | list] }` of text runs (bold, italic, https/mailto/tel link); never HTML. Rebuilt from its allowed parts on every save.',
});

export const ServiceRegisterSchema = z
  .object({
    audience: z.array(z.enum(AUDIENCES)).openapi({ description: 'cv:Participation: who it is for' }),
    lifeSituations: z
      .array(z.string())
      .openapi({ description: 'Codes from GET /api/life-situations', example: ['moving-house'] }),
    channels: z.array(z.enum(SERVICE_CHANNELS)),
    cost: z.object({
      amountEur: z.number().openapi({ description: 'Euro; 0 means free of charge', example: 0 }),
      note: Text,
    }),
    legalDeadline: z
      .string()
      .nullable()
      .openapi({ description: 'The longest time the law allows, ISO 8601 duration', example: 'P1M' }),
    legalBasis: z.array(
      z.object({ title: Text, url: z.string().openapi({ description: 'https or empty' }) }),
    ),
    eligibility: Text,
    requiredDocuments: z.array(Text),
    outputs: z.array(Text),
    keywords: z.object({ lv: z.array(z.string()), en: z.array(z.string()) }),
    contactPoint: z.object({ email: z.string(), phone: z.string(), url: z.string(), hours: Text }),
    faq: z.array(z.object({ question: Text, answer: Text })),
    howItIsDone: z.object({ lv: RichText, en: RichText }),
  })
  .openapi('ServiceRegisterEntry', {
    description:
      'The service register entry (CPSV-AP aligned), versioned with the form. The target processing time is settings.targetProcessingTime.',
  });
