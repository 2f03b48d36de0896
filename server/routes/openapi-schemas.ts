/**
 * Zod schemas shared by route definitions. They drive request validation and the generated
 * OpenAPI document (`/api/openapi.json`), so the document cannot drift from the code.
 */
import { z } from '@hono/zod-openapi';
import { API_ERROR_CODES } from '../../schema/api-error.ts';
import { ServiceRegisterSchema } from './catalogue/register-openapi-schemas.ts';

export const IssueSchema = z
  .object({
    code: z.string().openapi({ example: 'required' }),
    path: z.string().openapi({ description: 'JSON Pointer to the offending place', example: '/email' }),
    message: z.string(),
  })
  .openapi('Issue');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).openapi({ description: 'Stable machine-readable code' }),
      message: z.string(),
      issues: z.array(IssueSchema).optional(),
      requestId: z.string().optional(),
    }),
  })
  .openapi('Error');

export const LocalizedTextSchema = z.object({ lv: z.string(), en: z.string() }).openapi('LocalizedText');

const JsonObject = z.record(z.string(), z.unknown());

export const ServiceDefinitionSchema = z
  .object({
    modelVersion: z
      .number()
      .int()
      .openapi({ example: 3, description: 'Model version; older stored definitions are migrated on read' }),
    code: z.string().openapi({ example: 'declaration-of-residence' }),
    version: z.number().int(),
    agency: z.string().openapi({ description: 'Code of the owning agency' }),
    state: z.enum(['draft', 'published', 'retired']),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    form: z.object({
      schema: JsonObject.openapi({ description: 'JSON Schema draft-07 object schema of the form data' }),
      uiSchema: JsonObject.openapi({ description: 'react-jsonschema-form UI schema' }),
      steps: z.array(z.object({ id: z.string(), title: LocalizedTextSchema, fields: z.array(z.string()) })),
      translations: z.object({ en: z.record(z.string(), JsonObject).optional() }),
      conditions: z.array(JsonObject).optional().openapi({
        description:
          'Show-when conditions as the builder edits them; compiled into the schema (if/then) and UI schema',
      }),
    }),
    settings: z.object({
      access: z.object({
        who: z.enum(['anyone', 'signed-in', 'company-representatives']),
        assurance: z.enum(['low', 'substantial', 'high']),
      }),
      prefill: z.array(z.object({ field: z.string(), source: JsonObject })),
      targetProcessingTime: z.string().openapi({ description: 'ISO 8601 duration', example: 'P10D' }),
      delivery: z.array(z.object({ channel: z.enum(['webhook', 'pull', 'e-address']), ref: z.string() })),
    }),
    register: ServiceRegisterSchema,
  })
  .openapi('ServiceDefinition');

/**
 * Definitions sent by clients are taken as any JSON object here and checked by the definition
 * checker, which reports every problem with a stable code (zod would stop at the shape).
 */
export const DefinitionInputSchema = JsonObject.openapi('ServiceDefinitionInput', {
  description:
    'A service definition (see ServiceDefinition). Checked by the definition checker; problems come back as 422 definition_invalid with issues.',
});

export const ServiceCodeParam = z
  .string()
  .min(1)
  .max(64)
  .openapi({
    param: { name: 'code', in: 'path' },
    example: 'declaration-of-residence',
  });

/** Error responses every route may give, by status. */
export function errorResponses(...statuses: number[]) {
  const descriptions: Record<number, string> = {
    400: 'Malformed request (invalid JSON, bad parameters)',
    401: 'Missing or invalid API key',
    403: 'The API key lacks the needed scope',
    404: 'Not found (or belongs to another agency)',
    409: 'Conflict with the current state',
    410: 'Gone: the service is retired',
    413: 'Request body too large',
    415: 'Request body is not JSON',
    422: 'The request is well-formed but invalid; see issues',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  );
}

export const API_KEY_SECURITY = [{ apiKey: [] }];
