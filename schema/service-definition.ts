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

/** Bumped whenever the stored shape changes; migrations in ./migrations move old ones forward. */
export const MODEL_VERSION = 1 as const;

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

export interface ServiceForm {
  /** A JSON Schema (draft-07) object schema. Its own titles and descriptions are Latvian. */
  schema: JsonSchema;
  /** react-jsonschema-form UI schema: `ui:order`, `ui:widget`, `ui:help`, ... (plain JSON). */
  uiSchema: Record<string, unknown>;
  /** Steps in order. Empty means the whole form is one step. */
  steps: FormStep[];
  /** Texts in other languages than Latvian, keyed by JSON Pointer. */
  translations: { en?: Record<string, FieldText> };
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
}

/** Service codes appear in deep links, so they are kept to a safe, readable alphabet. */
export const SERVICE_CODE_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,63}$/;
