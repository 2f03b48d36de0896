/**
 * Validation returns data (rjsf, lexical): the definition checker answers
 * `{ ok: false, issues: [{ code, path, message }] }`. The codes are stable: the builder maps each
 * one to plain language for agency staff, and API clients may branch on them.
 */
export const DEFINITION_ISSUE_CODES = [
  /** The document is not a JSON object, or a required part of the model is missing or of the wrong type. */
  'invalid_shape',
  /** `modelVersion` is not one we know how to read or migrate. */
  'unknown_model_version',
  /** The service code is not URL-safe (see SERVICE_CODE_PATTERN). */
  'invalid_service_code',
  /** The serialised definition is larger than LIMITS.maxDefinitionBytes. */
  'too_large',
  /** `form.schema.$schema` is missing or is not the supported dialect. */
  'unknown_dialect',
  /** The form schema is not a valid draft-07 schema (ajv's meta-schema check). */
  'invalid_schema',
  /** The root of the form schema is not `type: "object"` with properties. */
  'root_not_object',
  /** A `$ref` points outside the document (http:, file:, relative file, ...). */
  'remote_ref',
  /** A `$ref` points at a place in the document that does not exist. */
  'unresolved_ref',
  /** `$ref`s form a cycle. */
  'ref_cycle',
  /** The schema nests deeper than LIMITS.maxDepth. */
  'too_deep',
  /** An object has more properties than LIMITS.maxPropertiesPerObject, or the form more than maxPropertiesTotal. */
  'too_many_properties',
  /** An `enum` has more values than LIMITS.maxEnumValues. */
  'too_many_enum_values',
  /** A `pattern` is longer than LIMITS.maxPatternLength. */
  'pattern_too_long',
  /** A `pattern` is not a valid regular expression. */
  'invalid_pattern',
  /** A `pattern` can backtrack catastrophically (ReDoS), e.g. `^(a+)+$`. */
  'unsafe_pattern',
  /** A `format` that our ajv setup does not know. */
  'unknown_format',
  /** A step or prefill rule names a field that the form does not have. */
  'unknown_field',
  /** A field appears in more than one step, or a step id repeats. */
  'duplicate_step_field',
  /** `settings.targetProcessingTime` is not an ISO 8601 duration. */
  'invalid_duration',
  /** A property name that is dangerous in JavaScript objects (`__proto__`, `constructor`, `prototype`). */
  'forbidden_property_name',
  /**
   * A keyword we refuse even though draft-07 has it: `$id` (changes how `$ref`s resolve and
   * registers the schema globally in ajv), `$async` (makes validation return a promise) and a
   * nested `$schema`.
   */
  'unsupported_keyword',
  /**
   * `uniqueItems: true` without `maxItems` <= LIMITS.maxUniqueItems: ajv compares object items
   * pairwise, so an unbounded list lets one submission burn seconds of CPU.
   */
  'unbounded_unique_items',
  /** The form has steps, but a top-level field is in none of them, so nobody could fill it in. */
  'field_not_in_step',
  /**
   * A `ui:order` would make react-jsonschema-form throw while rendering: it leaves out a field
   * without a `'*'` wildcard, or has more than one `'*'`.
   */
  'invalid_ui_order',
  /**
   * The schema has more subschemas than LIMITS.maxSubschemas, or an `allOf`/`anyOf`/`oneOf` more
   * entries than LIMITS.maxAlternatives. ajv's compile time grows quickly with both (a `oneOf` of
   * 2000 options takes seconds, 5000 overflow its code generator); long choice lists belong in `enum`.
   */
  'too_complex',
  /**
   * A condition in `form.conditions` cannot work: its target or a rule's field does not exist or
   * is not a top-level field, the comparison does not fit the field's type, the value does not
   * fit the field, two conditions share an id or a target, or conditions depend on each other in
   * a circle.
   */
  'invalid_condition',
  /**
   * `form.schema` does not carry `form.conditions` as compileConditions would write them (edited
   * by hand, or by a tool that does not compile): the schema would validate differently from what
   * the conditions say.
   */
  'conditions_not_compiled',
  /** `register.lifeSituations` names a code that the life situations register does not have. */
  'unknown_life_situation',
] as const;

export type DefinitionIssueCode = (typeof DEFINITION_ISSUE_CODES)[number];

export interface DefinitionIssue {
  code: DefinitionIssueCode;
  /** JSON Pointer into the definition, e.g. `/form/schema/properties/phone/pattern`. */
  path: string;
  /** An English sentence for developers; the builder shows its own plain-language text per code. */
  message: string;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: DefinitionIssue[] };

/** Limits that keep hostile or accidental definitions from hurting the platform. */
export const LIMITS = {
  maxDefinitionBytes: 2 * 1024 * 1024,
  maxDepth: 12,
  maxPropertiesPerObject: 1000,
  maxPropertiesTotal: 3000,
  maxEnumValues: 1000,
  maxPatternLength: 500,
  /** Nesting of the whole document as JSON (schema, uiSchema, defaults, ...); guards every walker. */
  maxJsonDepth: 64,
  /** Largest `maxItems` allowed beside `uniqueItems: true` (see `unbounded_unique_items`). */
  maxUniqueItems: 1000,
  maxSubschemas: 5000,
  maxAlternatives: 200,
  /** Each condition compiles to at most one `allOf` entry, which maxAlternatives also bounds. */
  maxConditions: 150,
  maxConditionRules: 20,
} as const;
