/**
 * The service definition: the one model that the builder writes, the registry stores and the
 * runtime renders (DEFRA forms-model: designer and runner speak only this).
 *
 * A definition is plain JSON. Its `form.schema` is a standard JSON Schema document (dialect
 * declared in `$schema`, see json-schema-dialect.ts); everything the JSON Schema cannot say
 * (order, widgets, steps, help text, translations) sits beside it in `form.uiSchema`,
 * `form.steps` and `form.translations`, so any JSON Schema validator can check a submission.
 */
import type { JsonSchema } from './json-schema.ts';
import type { ServiceRegister } from './register/service-register.ts';

/**
 * Bumped whenever the stored shape changes; migrations in ./migrations move old ones forward.
 * Version 2 added `form.conditions`; version 3 the service register entry, `register`.
 */
export const MODEL_VERSION = 3 as const;

export const LANGUAGES = ['lv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text shown to people, in Latvian (primary) and English. */
export interface LocalizedText {
  lv: string;
  en: string;
}

export const SERVICE_STATES = ['draft', 'published', 'retired'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

/** One step of a multi-step form: the top-level properties it shows, in order. */
export interface FormStep {
  id: string;
  title: LocalizedText;
  fields: string[];
}

/** Translated field text, keyed by the field's JSON Pointer into `form.schema` (e.g. `/properties/name`). */
export interface FieldText {
  title?: string;
  description?: string;
  /** Labels of `enum` values, same order as the enum. */
  enumNames?: string[];
  /** The translation of the field's `ui:help` text. */
  help?: string;
}

/**
 * How a condition's rule compares the answer to a field with its value. Every rule is false while
 * its field is unanswered, so nothing appears before the question that reveals it is answered.
 * - `is`, `is_not`: any answered field with a single value (text, number, date, choice, yes/no);
 * - `is_one_of`: a single choice; the value is a list of its option values;
 * - `contains`: a multiple choice; the value is one of its option values;
 * - `greater_than`, `less_than`: a number.
 */
export const CONDITION_OPS = ['is', 'is_not', 'is_one_of', 'contains', 'greater_than', 'less_than'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export const CONDITION_JOINS = ['all', 'any'] as const;
export type ConditionJoin = (typeof CONDITION_JOINS)[number];

export const CONDITION_TARGET_KINDS = ['field', 'step'] as const;
export type ConditionTargetKind = (typeof CONDITION_TARGET_KINDS)[number];

/** One comparison with the answer to a top-level field. */
export interface ConditionRule {
  field: string;
  op: ConditionOp;
  /** JSON: a string, number or boolean; a list of option values for `is_one_of`. */
  value: unknown;
}

/**
 * "Show this field / page when ...": the target is shown only while the rules hold (all of them,
 * or any one). A hidden target may not carry an answer, and its `required` applies only when it
 * is shown. Compiled into `form.schema` (see schema/conditions/compile-conditions.ts), so the
 * schema alone says everything a validator needs; this list is what the builder edits.
 */
export interface FormCondition {
  /** Stable, in the step-id alphabet: lower-case letters, digits and single hyphens. */
  id: string;
  /** A top-level field (its property name) or a step (its id). */
  target: { kind: ConditionTargetKind; id: string };
  join: ConditionJoin;
  rules: ConditionRule[];
}

export interface ServiceForm {
  /** A JSON Schema (draft-07) object schema. Its own titles and descriptions are Latvian. */
  schema: JsonSchema;
  /** react-jsonschema-form UI schema: `ui:order`, `ui:widget`, `ui:help`, ... (plain JSON). */
  uiSchema: Record<string, unknown>;
  /** Steps in order. Empty means the whole form is one step. */
  steps: FormStep[];
  /** Texts in other languages than Latvian, keyed by JSON Pointer. */
  translations: { en?: Record<string, FieldText> };
  /**
   * Conditions without code (model version 2); `schema` always carries their compiled form.
   * Absent means none: the checker and the builder's operations always write the list, but code
   * that only reads the compiled schema (runtime, server) never needs it.
   */
  conditions?: FormCondition[];
}

export const ACCESS_KINDS = ['anyone', 'signed-in', 'company-representatives'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** eIDAS assurance levels. */
export const ASSURANCE_LEVELS = ['low', 'substantial', 'high'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

export const IDENTITY_CLAIMS = [
  'personal_code',
  'given_name',
  'family_name',
  'email',
  'phone_number',
] as const;
export type IdentityClaim = (typeof IDENTITY_CLAIMS)[number];

/** Query parameter names that may prefill a field: what survives a copied link unescaped. */
export const PREFILL_URL_PARAM_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export type PrefillSource = { kind: 'claim'; claim: IdentityClaim } | { kind: 'url'; param: string };

/** A field (top-level property name) that may be filled in before the user starts. */
export interface PrefillRule {
  field: string;
  source: PrefillSource;
}

export const DELIVERY_CHANNELS = ['webhook', 'pull', 'e-address'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** A reference to a delivery channel configured for the owning agency. */
export interface DeliveryChannelRef {
  channel: DeliveryChannel;
  /** Id of the agency's endpoint or mailbox for this channel. */
  ref: string;
}

export interface ServiceSettings {
  access: { who: AccessKind; assurance: AssuranceLevel };
  prefill: PrefillRule[];
  /** Target processing time as an ISO 8601 duration, e.g. `P10D`. */
  targetProcessingTime: string;
  delivery: DeliveryChannelRef[];
}

export interface ServiceDefinition {
  modelVersion: typeof MODEL_VERSION;
  /** Stable, URL-safe: lower-case letters, digits and single hyphens, 3-64 characters. */
  code: string;
  /** The published version number (1, 2, ...); a draft carries the number it will get. */
  version: number;
  /** Code of the owning agency. */
  agency: string;
  state: ServiceState;
  title: LocalizedText;
  description: LocalizedText;
  form: ServiceForm;
  settings: ServiceSettings;
  /** The service register entry (catalogue, service page, CPSV-AP), versioned with the form. */
  register: ServiceRegister;
}

/** Step ids appear in the runtime's URLs (`/s/<code>/<step>`), so they share the code alphabet; condition ids too. */
export const STEP_ID_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,63}$/;

/** Service codes appear in deep links, so they are kept to a safe, readable alphabet. */
export const SERVICE_CODE_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,63}$/;
