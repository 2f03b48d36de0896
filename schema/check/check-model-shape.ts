import { isPositiveIsoDuration } from '../iso-duration.ts';
import { appendPointer } from '../json-pointer.ts';
import {
  ACCESS_KINDS,
  ASSURANCE_LEVELS,
  DELIVERY_CHANNELS,
  IDENTITY_CLAIMS,
  MODEL_VERSION,
  PREFILL_URL_PARAM_PATTERN,
  SERVICE_CODE_PATTERN,
  SERVICE_STATES,
} from '../service-definition.ts';
import { checkFormShape } from './check-form-shape.ts';
import { checkRegisterShape } from './check-register-shape.ts';
import {
  checkKnownKeys,
  checkLocalizedText,
  checkNonEmptyString,
  checkOneOf,
  type Issues,
  readArray,
  readRecord,
  shapeIssue,
} from './shape-helpers.ts';

const TOP_LEVEL_KEYS = [
  'modelVersion',
  'code',
  'version',
  'agency',
  'state',
  'title',
  'description',
  'form',
  'settings',
  'register',
] as const;

/**
 * Checks every field of a ServiceDefinition except what needs the form schema's contents (that
 * is in the schema and link checks). Runs after migration, so `modelVersion` must be current.
 */
export function checkModelShape(doc: Record<string, unknown>, issues: Issues): void {
  checkKnownKeys(doc, TOP_LEVEL_KEYS, '', issues);
  if (doc.modelVersion !== MODEL_VERSION) {
    issues.push({
      code: 'unknown_model_version',
      path: '/modelVersion',
      message: `modelVersion must be ${MODEL_VERSION} after migration.`,
    });
  }
  if (typeof doc.code !== 'string') {
    issues.push(shapeIssue('/code', 'code must be a string.'));
  } else if (!SERVICE_CODE_PATTERN.test(doc.code)) {
    issues.push({
      code: 'invalid_service_code',
      path: '/code',
      message:
        'code must be 3-64 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.',
    });
  }
  if (!Number.isSafeInteger(doc.version) || (doc.version as number) < 1) {
    issues.push(shapeIssue('/version', 'version must be a whole number from 1 up.'));
  }
  if (typeof doc.agency !== 'string' || !SERVICE_CODE_PATTERN.test(doc.agency)) {
    issues.push(
      shapeIssue('/agency', 'agency must be an agency code (lower-case letters, digits, hyphens).'),
    );
  }
  checkOneOf(doc.state, SERVICE_STATES, '/state', 'state', issues);
  checkLocalizedText(doc.title, '/title', 'title', issues);
  checkLocalizedText(doc.description, '/description', 'description', issues);
  const form = readRecord(doc.form, '/form', 'form', issues);
  if (form) checkFormShape(form, issues);
  checkSettingsShape(doc.settings, issues);
  checkRegisterShape(doc.register, issues);
}

function checkSettingsShape(value: unknown, issues: Issues): void {
  const settings = readRecord(value, '/settings', 'settings', issues);
  if (!settings) return;
  checkKnownKeys(settings, ['access', 'prefill', 'targetProcessingTime', 'delivery'], '/settings', issues);

  const access = readRecord(settings.access, '/settings/access', 'settings.access', issues);
  if (access) {
    checkKnownKeys(access, ['who', 'assurance'], '/settings/access', issues);
    checkOneOf(access.who, ACCESS_KINDS, '/settings/access/who', 'access.who', issues);
    checkOneOf(access.assurance, ASSURANCE_LEVELS, '/settings/access/assurance', 'access.assurance', issues);
  }

  const prefill = readArray(settings.prefill, '/settings/prefill', 'settings.prefill', issues) ?? [];
  for (const [index, rule] of prefill.entries()) {
    checkPrefillRuleShape(rule, appendPointer('/settings/prefill', index), issues);
  }

  const time = settings.targetProcessingTime;
  if (typeof time !== 'string' || !isPositiveIsoDuration(time)) {
    issues.push({
      code: 'invalid_duration',
      path: '/settings/targetProcessingTime',
      message: 'targetProcessingTime must be an ISO 8601 duration longer than zero, e.g. P10D or P1M.',
    });
  }

  const delivery = readArray(settings.delivery, '/settings/delivery', 'settings.delivery', issues) ?? [];
  delivery.forEach((entry, index) => {
    const path = appendPointer('/settings/delivery', index);
    const ref = readRecord(entry, path, 'a delivery channel', issues);
    if (!ref) return;
    checkKnownKeys(ref, ['channel', 'ref'], path, issues);
    checkOneOf(ref.channel, DELIVERY_CHANNELS, `${path}/channel`, 'channel', issues);
    checkNonEmptyString(ref.ref, `${path}/ref`, 'ref', issues);
  });
}

function checkPrefillRuleShape(value: unknown, path: string, issues: Issues): void {
  const rule = readRecord(value, path, 'a prefill rule', issues);
  if (!rule) return;
  checkKnownKeys(rule, ['field', 'source'], path, issues);
  checkNonEmptyString(rule.field, `${path}/field`, 'field', issues);
  const source = readRecord(rule.source, `${path}/source`, 'source', issues);
  if (!source) return;
  if (source.kind === 'claim') {
    checkKnownKeys(source, ['kind', 'claim'], `${path}/source`, issues);
    checkOneOf(source.claim, IDENTITY_CLAIMS, `${path}/source/claim`, 'claim', issues);
  } else if (source.kind === 'url') {
    checkKnownKeys(source, ['kind', 'param'], `${path}/source`, issues);
    if (typeof source.param !== 'string' || !PREFILL_URL_PARAM_PATTERN.test(source.param)) {
      issues.push(
        shapeIssue(
          `${path}/source/param`,
          'param must be a query parameter name (letters, digits, _ and -).',
        ),
      );
    }
  } else {
    issues.push(shapeIssue(`${path}/source/kind`, 'kind must be claim or url.'));
  }
}
