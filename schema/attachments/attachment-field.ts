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
  /**
   * The field's data path, e.g. `/documents` or `/section/documents`; inside a repeating group
   * each row is `*` (children, then `*`, then birthCertificate). Uploads are made for this path, so a file
   * stays valid when rows are added, removed or reordered.
   */
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
 * Every attachment field reachable through object properties (top level and sections) and the
 * rows of repeating groups (`*` in the path). Treat the schema as immutable once asked about
 * (published versions are).
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
    // A repeating group: its rows are objects whose fields sit under `*`.
    const items = schema.items;
    if (schema.type === 'array' && typeof items === 'object' && items !== null && !Array.isArray(items)) {
      stack.push({ schema: items as JsonSchema, path: `${path}/*` });
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
 * The tokens the data names in each attachment field, one entry per place in the data: `path` is
 * where they are (row numbers filled in, e.g. `/children/1/birthCertificate`), `field` the
 * field's path (row numbers as `*`). A value that is not a list of tokens is
 * skipped: the validator reports it.
 * @example attachmentTokensIn({ docs: [token] }, fields) // [{ path: '/docs', field: '/docs', tokens: [token] }]
 */
export function attachmentTokensIn(
  data: unknown,
  fields: readonly AttachmentFieldRef[],
): Array<{ path: string; field: string; tokens: string[] }> {
  const result: Array<{ path: string; field: string; tokens: string[] }> = [];
  for (const field of fields) {
    for (const { path, value } of valuesAt(data, field.path)) {
      if (!Array.isArray(value)) continue;
      const tokens = value.filter((item): item is string => typeof item === 'string' && TOKEN.test(item));
      if (tokens.length > 0) result.push({ path, field: field.path, tokens });
    }
  }
  return result;
}

/**
 * The field path an upload names, with row numbers turned into `*` (field keys never are bare
 * numbers), so `/children/0/birthCertificate` finds the field of every row.
 */
export function attachmentFieldPathOf(dataPath: string): string {
  return dataPath
    .split('/')
    .map((part, index) => (index > 0 && /^\d+$/.test(part) ? '*' : part))
    .join('/');
}

export function isAttachmentToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

/** Every value at a path whose `*` parts stand for each row of a list, with its concrete path. */
function valuesAt(data: unknown, path: string): Array<{ path: string; value: unknown }> {
  let found: Array<{ path: string; value: unknown }> = [{ path: '', value: data }];
  for (const raw of path.split('/').slice(1)) {
    const next: Array<{ path: string; value: unknown }> = [];
    for (const { path: at, value } of found) {
      if (raw === '*') {
        if (!Array.isArray(value)) continue;
        value.forEach((row, index) => {
          next.push({ path: `${at}/${index}`, value: row });
        });
        continue;
      }
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      if (!Object.hasOwn(value, key)) continue;
      next.push({ path: `${at}/${raw}`, value: (value as Record<string, unknown>)[key] });
    }
    found = next;
  }
  return found;
}
