import type { FormPosition } from '../routing/parse-route.ts';

/**
 * Where a citizen may be, given where the URL asks to go. Any earlier step may be revisited; a
 * later step or the answers page only when every step before it is complete, else the first
 * incomplete step (issue 4: a deep link or a typed URL cannot skip questions). A step number
 * beyond the form, e.g. after conditions hid a step, means the last step.
 *
 * @example allowedPosition(3, 3, (i) => i !== 1) // 2: step 2 is incomplete
 */
export function allowedPosition(
  requested: FormPosition | undefined,
  stepCount: number,
  isStepComplete: (index: number) => boolean,
): FormPosition {
  const target = requested === 'check' ? stepCount + 1 : Math.min(Math.max(requested ?? 1, 1), stepCount);
  for (let index = 0; index < target - 1; index++) {
    if (!isStepComplete(index)) return index + 1;
  }
  return requested === 'check' ? 'check' : target;
}
