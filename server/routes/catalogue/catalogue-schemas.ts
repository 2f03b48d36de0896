/** OpenAPI (zod) shapes of the public catalogue and life situations API (issue 7). */
import { z } from '@hono/zod-openapi';
import { AUDIENCES } from '../../../schema/register/service-register.ts';
import { LocalizedTextSchema } from '../openapi-schemas.ts';
import { ServiceRegisterSchema } from './register-openapi-schemas.ts';

export const CatalogueEntrySchema = z
  .object({
    code: z.string().openapi({ example: 'declaration-of-residence' }),
    version: z.number().int().openapi({ description: 'The live (latest published) version' }),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    agency: z.object({ code: z.string(), name: LocalizedTextSchema }),
    targetProcessingTime: z.string().openapi({ description: 'ISO 8601 duration', example: 'P3D' }),
    register: ServiceRegisterSchema,
    publishedAt: z.string(),
    links: z
      .object({
        page: z.string().openapi({ example: '/services/declaration-of-residence' }),
        apply: z.string().openapi({ example: '/services/declaration-of-residence/apply' }),
        pageUrl: z.string(),
        applyUrl: z.string(),
        definition: z.string().openapi({ example: '/api/services/declaration-of-residence' }),
      })
      .openapi({ description: 'Deep links (P4): the service page and its form, relative and absolute' }),
  })
  .openapi('CatalogueEntry');

export const CataloguePageSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    entries: z.array(CatalogueEntrySchema),
  })
  .openapi('CataloguePage');

export const CatalogueQuerySchema = z.object({
  q: z.string().optional().openapi({
    description:
      'Words in Latvian or English, with or without diacritics; each word matches the start of a word. Any text is accepted: quotes and operators are treated as spaces.',
    example: 'dzīvesvieta',
  }),
  audience: z.enum(AUDIENCES).optional(),
  lifeSituation: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'A code from GET /api/life-situations' }),
  agency: z.string().max(64).optional().openapi({ description: 'An agency code' }),
  lang: z.enum(['lv', 'en']).default('lv').openapi({ description: 'Sort by the title in this language' }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const LifeSituationSchema = z
  .object({
    code: z.string().openapi({ example: 'moving-house' }),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    audience: z.enum(AUDIENCES),
    serviceCount: z.number().int(),
  })
  .openapi('LifeSituation');
