/**
 * The model of a file attachment field (issue 4). An attachment field is a JSON Schema array of
 * upload tokens with an `attachment` keyword that states its limits:
 *
 * ```json
 * { "type": "array", "title": "Pielikumi", "maxItems": 10,
 *   "items": { "type": "string", "pattern": "^att_[A-Za-z0-9_-]{43}$" },
 *   "attachment": { "maxFileBytes": 10485760, "types": ["pdf", "png"] } }
 * ```
 *
 * Why tokens, not file contents: RJSF's own file widget puts whole files into the form data as
 * base64, which would push submissions into the database row and past MAX_SUBMISSION_BYTES.
 * Files are uploaded first (POST /api/services/{code}/attachments), each answer holds the opaque
 * token the upload returned, and the server binds the named files to the submission.
 * `maxItems` is the file count limit (plain JSON Schema, so both validators check it); the
 * `attachment` keyword is an annotation that ajv knows (ATTACHMENT_KEYWORD) and the upload
 * endpoint reads.
 */
import { topLevelFields } from '../conditions/top-level-fields.ts';
import type { JsonSchema } from '../json-schema.ts';

const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** The Latvian e-services list of accepted file types (issue 4), by file name extension. */
export const ATTACHMENT_TYPES = [
  'pdf',
  'doc',
  'docx',
  'odt',
  'ods',
  'odp',
  'jpg',
  'jpeg',
  'png',
  'tif',
  'tiff',
  'edoc',
  'asice',
  'xlsx',
  'pptx',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const DEFAULT_MAX_FILES = 10;
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The most a definition may allow per file: files travel in one request and sit in the database. */
export const LARGEST_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** An upload token: `att_` and 32 random bytes in base64url. */
export const ATTACHMENT_TOKEN_PATTERN = '^att_[A-Za-z0-9_-]{43}$';
const TOKEN = new RegExp(ATTACHMENT_TOKEN_PATTERN);

export interface AttachmentLimits {
  maxFiles: number;
  maxFileBytes: number;
  types: readonly AttachmentType[];
}

/**
 * The keyword's ajv definition: an annotation (no validation code), whose value ajv checks
 * against this meta-schema when it compiles a form, so a wrong limit fails the definition
 * checker (`invalid_schema`) instead of reaching the upload endpoint.
 */
export const ATTACHMENT_KEYWORD = {
  keyword: 'attachment',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      maxFileBytes: { type: 'integer', minimum: 1, maximum: LARGEST_MAX_FILE_BYTES },
      types: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', enum: [...ATTACHMENT_TYPES] },
      },
    },
  },
} as const;

/** True for a schema that is an attachment field. */
export function isAttachmentField(schema: unknown): boolean {
  return (
    typeof schema === 'object' &&
    schema !== null &&
    (schema as JsonSchema).type === 'array' &&
    typeof (schema as JsonSchema).attachment === 'object' &&
    (schema as JsonSchema).attachment !== null
  );
}

/**
 * The limits an attachment field states, defaults filled in.
 * @example attachmentLimitsOf({ type: 'array', maxItems: 3, attachment: {} }).maxFileBytes // 10485760
 */
export function attachmentLimitsOf(schema: JsonSchema): AttachmentLimits {
  const rules = (schema.attachment ?? {}) as { maxFileBytes?: number; types?: AttachmentType[] };
  return {
    maxFiles: typeof schema.maxItems === 'number' ? schema.maxItems : DEFAULT_MAX_FILES,
    maxFileBytes: rules.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    types: rules.types ?? ATTACHMENT_TYPES,
  };
}

export interface AttachmentFieldRef {
  /** JSON Pointer into the form data, e.g. `/documents` or `/section/documents`. */
  path: string;
  schema: JsonSchema;
  limits: AttachmentLimits;
}

/**
 * Found once per schema object: intake asks on every submission, and a published version's
 * schema is one object that never changes (the server caches versions), so the walk is not
 * repeated per request. Held weakly: a schema that is let go takes its entry with it.
 */
const fieldsBySchema = new WeakMap<JsonSchema, readonly AttachmentFieldRef[]>();

/**
 * Every attachment field reachable through object properties (top level and sections). Fields
 * inside repeating groups are not attachment fields: their data paths have row numbers.
 * Treat the schema as immutable once asked about (published versions are).
 */
export function findAttachmentFields(formSchema: JsonSchema): readonly AttachmentFieldRef[] {
  let fields = fieldsBySchema.get(formSchema);
  if (!fields) {
    fields = Object.freeze(walkAttachmentFields(formSchema));
    fieldsBySchema.set(formSchema, fields);
  }
  return fields;
}

function walkAttachmentFields(formSchema: JsonSchema): AttachmentFieldRef[] {
  const found: AttachmentFieldRef[] = [];
  // Top-level fields include those a condition reveals (compiled into `allOf[i].then`).
  const stack: Array<{ schema: JsonSchema; path: string }> = [...topLevelFields(formSchema)]
    .filter(([, field]) => typeof field.schema === 'object' && field.schema !== null)
    .map(([key, field]) => ({ schema: field.schema as JsonSchema, path: `/${escapeKey(key)}` }));
  while (stack.length > 0) {
    const { schema, path } = stack.pop()!;
    if (isAttachmentField(schema)) {
      found.push({ path, schema, limits: attachmentLimitsOf(schema) });
      continue;
    }
    if (schema.type !== 'object' || typeof schema.properties !== 'object') continue;
    for (const [key, child] of Object.entries(schema.properties)) {
      if (typeof child === 'object' && child !== null) {
        stack.push({ schema: child, path: `${path}/${escapeKey(key)}` });
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The tokens the data names in each attachment field (a value that is not a list of tokens is
 * skipped: the validator reports it).
 */
export function attachmentTokensIn(
  data: unknown,
  fields: readonly AttachmentFieldRef[],
): Array<{ path: string; tokens: string[] }> {
  const result: Array<{ path: string; tokens: string[] }> = [];
  for (const field of fields) {
    const value = valueAt(data, field.path);
    if (!Array.isArray(value)) continue;
    const tokens = value.filter((item): item is string => typeof item === 'string' && TOKEN.test(item));
    if (tokens.length > 0) result.push({ path: field.path, tokens });
  }
  return result;
}

export function isAttachmentToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

function valueAt(data: unknown, path: string): unknown {
  let current = data;
  for (const raw of path.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
