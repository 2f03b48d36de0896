/**
 * The JSON Schema dialect of every form, and a loose type for schema documents.
 *
 * Why draft-07: @rjsf/core 6 with @rjsf/validator-ajv8 renders draft-07 completely, including
 * `dependencies` and `if`/`then`/`else` which form conditions compile to. It can be told to use
 * ajv's 2019-09/2020-12 classes for validation, but its own schema utilities (defaults,
 * retrieveSchema, conditional rendering) still read draft-07 keywords and ignore
 * `dependentSchemas`/`prefixItems`, so a newer dialect would validate one way and render another.
 */
export const FORM_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#' as const;

/** Spellings of the draft-07 meta-schema URI that we accept on input and normalise. */
export const ACCEPTED_DIALECT_URIS: readonly string[] = [
  'http://json-schema.org/draft-07/schema#',
  'http://json-schema.org/draft-07/schema',
  'https://json-schema.org/draft-07/schema#',
  'https://json-schema.org/draft-07/schema',
];

/** A JSON Schema document: plain JSON with known keywords. Kept loose on purpose (it is user input). */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  dependencies?: Record<string, JsonSchema | string[]>;
  default?: unknown;
  readOnly?: boolean;
  [keyword: string]: unknown;
}
