import { checkDefinition } from '../../schema/check-definition.ts';
import type { DefinitionIssue, DefinitionIssueCode } from '../../schema/definition-issue.ts';
import { migrateDefinition } from '../../schema/migrations/migrate-definition.ts';
import { sanitizeRegisterRichText } from '../../schema/register/sanitize-register-rich-text.ts';
import { sanitizeDefinitionRichText } from '../../schema/rich-text/sanitize-definition-rich-text.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { ApiError } from '../app/api-error.ts';

/**
 * Drafts are work in progress: a designer may save a form whose English labels are still empty
 * or whose condition points at a field not yet added. Saving refuses only what could hurt the
 * platform or cannot be a definition at all; everything else is returned as issues to fix before
 * publishing (publishing refuses any issue).
 */
const BLOCKS_SAVING: ReadonlySet<DefinitionIssueCode> = new Set([
  'too_large',
  'invalid_service_code',
  'forbidden_property_name',
  'unknown_model_version',
  'too_deep',
  'too_complex',
  'unsupported_keyword',
]);
const STRUCTURAL_PATHS = new Set(['', '/form', '/form/schema', '/form/uiSchema', '/form/steps', '/settings']);

function blocksSaving(issue: DefinitionIssue): boolean {
  return (
    BLOCKS_SAVING.has(issue.code) || (issue.code === 'invalid_shape' && STRUCTURAL_PATHS.has(issue.path))
  );
}

/** Stamps the server-owned fields (code, agency, state, version) over what the client sent. */
export function stampDraft(
  input: Record<string, unknown>,
  stamp: { code: string; agency: string; nextVersion: number },
): Record<string, unknown> {
  return { ...input, code: stamp.code, agency: stamp.agency, state: 'draft', version: stamp.nextVersion };
}

/**
 * Checks a draft for saving. Returns the (migrated) definition and the remaining issues, or throws
 * 422 `definition_invalid` when it cannot be saved at all.
 */
export function checkDraftForSaving(input: Record<string, unknown>): {
  draft: ServiceDefinition;
  issues: DefinitionIssue[];
} {
  const migrated = migrateDefinition(input);
  if (!migrated.ok)
    throw new ApiError(422, 'definition_invalid', 'The definition cannot be saved.', migrated.issues);
  // Rich help is rebuilt from its allowed parts before anything is stored (issue 3).
  const clean = sanitizeRegisterRichText(sanitizeDefinitionRichText(migrated.value));
  const result = checkDefinition(clean);
  if (result.ok) return { draft: result.value, issues: [] };
  const blocking = result.issues.filter(blocksSaving);
  if (blocking.length > 0) {
    throw new ApiError(422, 'definition_invalid', 'The definition cannot be saved.', blocking);
  }
  // Stored migrated, so a draft never sits in an old model version.
  return { draft: clean as unknown as ServiceDefinition, issues: result.issues };
}

/** Publishing accepts only a definition without a single issue. */
export function checkDraftForPublishing(draft: ServiceDefinition): ServiceDefinition {
  const result = checkDefinition(sanitizeRegisterRichText(sanitizeDefinitionRichText(draft)));
  if (!result.ok) {
    throw new ApiError(
      422,
      'definition_invalid',
      'Fix the problems listed before publishing.',
      result.issues,
    );
  }
  return result.value;
}
