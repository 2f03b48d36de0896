/**
 * Recognises a unique-constraint violation from either engine, so both repositories can turn it
 * into the same DuplicateError (repository.ts) instead of leaking driver errors upwards.
 */

/** The columns of the violated unique constraint or primary key, e.g. `['code']`. */
export interface UniqueViolation {
  columns: string[];
}

/**
 * Walks the `cause` chain (drizzle wraps async driver errors in DrizzleQueryError) and returns
 * the violation, or null when the error is something else.
 *
 * - better-sqlite3: code `SQLITE_CONSTRAINT_UNIQUE` / `_PRIMARYKEY`, message
 *   `UNIQUE constraint failed: agencies.code` (several columns are comma-separated).
 * - node-postgres: SQLSTATE `23505`, detail `Key (code)=(vid) already exists.`
 */
export function findUniqueViolation(error: unknown): UniqueViolation | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      const list = e.message.split('failed: ')[1] ?? '';
      return { columns: list.split(',').map((c) => c.trim().split('.').pop() ?? '') };
    }
    if (code === '23505') {
      const detail = String((e as { detail?: unknown }).detail ?? '');
      const list = /^Key \(([^)]*)\)=/.exec(detail)?.[1] ?? '';
      return { columns: list.split(',').map((c) => c.trim().replace(/^"|"$/g, '')) };
    }
  }
  return null;
}
