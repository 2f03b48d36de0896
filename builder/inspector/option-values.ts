import type { ChoiceOption } from '../designer/operations-port.ts';

/**
 * A stored value for a new option that no other option has: `option-1`, `option-2`, ... Values
 * are what submissions carry, so they never change when staff rename an option.
 */
export function nextOptionValue(options: readonly ChoiceOption[]): string {
  const taken = new Set(options.map((o) => o.value));
  for (let n = options.length + 1; ; n++) {
    const value = `option-${n}`;
    if (!taken.has(value)) return value;
  }
}
