import { LIMITS } from '../../schema/definition-issue.ts';

/** Why a chosen file could not even be sent for checking. */
export type FileProblem = 'too-large' | 'not-json' | 'not-object';

export type ReadFileResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; problem: FileProblem };

/**
 * Reads an exported definition file. Size is checked before parsing (a hostile file must not
 * make the tab parse megabytes), and only a JSON object goes on to the server's checker.
 */
export function readDefinitionFile(text: string, bytes: number): ReadFileResult {
  if (bytes > LIMITS.maxDefinitionBytes) return { ok: false, problem: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'not-object' };
  return { ok: true, value: value as Record<string, unknown> };
}
