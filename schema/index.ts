/**
 * The shared model's public entry: what server/, runtime/, builder/ and e2e/ use. Everything here
 * runs in Node and in the browser (no node:*, no React, no DOM).
 */
export * from './ajv-setup.ts';
export * from './api-error.ts';
export { buildDefinition, type DeepPartial } from './build-definition.ts';
export { type CheckDefinitionOptions, checkDefinition, MAX_REPORTED_ISSUES } from './check-definition.ts';
export { compileConditions } from './conditions/compile-conditions.ts';
export { COMPILED_CONDITION_COMMENT, isCompiledConditionEntry } from './conditions/compiled-entry.ts';
export { conditionOpsFor, ruleProblem } from './conditions/condition-ops.ts';
export { decompileConditions } from './conditions/decompile-conditions.ts';
export { type TopLevelField, topLevelFields } from './conditions/top-level-fields.ts';
export { buildDeclaredShape, type DeclaredShape } from './declared-shape.ts';
export * from './definition-issue.ts';
export {
  COMPANY_CERTIFICATE_REQUEST,
  DECLARATION_OF_RESIDENCE,
  DEMO_DEFINITIONS,
} from './demo-definitions.ts';
export { choiceValues, multipleChoiceValues } from './field-types/choice-values.ts';
export {
  type ChoiceOption,
  createFieldSchema,
  DEFAULT_CHOICES,
  type FieldBlueprint,
  type FieldOptions,
} from './field-types/create-field-schema.ts';
export {
  applyConstraint,
  constraintProblem,
  MAX_ROWS,
  MAX_TEXT_LENGTH,
} from './field-types/field-constraints.ts';
export { fieldTypeOf, isFieldContainer } from './field-types/field-type-of.ts';
export * from './field-types/field-types.ts';
export { TEXT_PRESETS, type TextPreset, textPresetOf } from './field-types/text-presets.ts';
export { valueFitsField } from './field-types/value-fits-field.ts';
export { FORBIDDEN_PROPERTY_NAMES } from './forbidden-property-names.ts';
export {
  createFormValidator,
  type FormDataIssue,
  type FormValidationResult,
  type FormValidator,
} from './form-validator.ts';
export { CUSTOM_FORMATS, type CustomFormatName, STANDARD_FORMATS } from './formats/custom-formats.ts';
export { FORMAT_CATALOG, FORMAT_NAMES, type FormatInfo, type FormatName } from './formats/format-catalog.ts';
export { isLvCompanyCode } from './formats/lv-company-code.ts';
export { isLvPersonalCode } from './formats/lv-personal-code.ts';
export { isLvPhone } from './formats/lv-phone.ts';
export { isLvPostalCode } from './formats/lv-postal-code.ts';
export { type IsoDuration, isPositiveIsoDuration, parseIsoDuration } from './iso-duration.ts';
export * from './json-pointer.ts';
export * from './json-schema.ts';
export { MIGRATIONS, migrateDefinition } from './migrations/migrate-definition.ts';
export type { ServiceDefinitionV0 } from './migrations/model-v0.ts';
export * from './service-definition.ts';
export { createValidatorCache, type ValidatorCache } from './validator-cache.ts';
