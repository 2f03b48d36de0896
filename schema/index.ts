/**
 * The shared model's public entry: what server/, runtime/, builder/ and e2e/ use. Everything here
 * runs in Node and in the browser (no node:*, no React, no DOM).
 */
export * from './ajv-setup.ts';
export * from './api-error.ts';
export { buildDefinition, type DeepPartial } from './build-definition.ts';
export { type CheckDefinitionOptions, checkDefinition, MAX_REPORTED_ISSUES } from './check-definition.ts';
export { buildDeclaredShape, type DeclaredShape } from './declared-shape.ts';
export * from './definition-issue.ts';
export {
  COMPANY_CERTIFICATE_REQUEST,
  DECLARATION_OF_RESIDENCE,
  DEMO_DEFINITIONS,
} from './demo-definitions.ts';
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
