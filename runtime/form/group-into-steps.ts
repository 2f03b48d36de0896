import type { FormStep } from '../../schema/service-definition.ts';

/** One step's share of the fields on screen, in the order the form shows them. */
export interface StepGroup<T> {
  /** Undefined when the form has no steps: everything is one untitled group. */
  step: FormStep | undefined;
  items: T[];
}

/**
 * Splits the top-level fields into the form's steps, in step order. A field that no step lists
 * (for example one shown by a condition and forgotten in the step) joins the step of the field
 * before it, so it appears next to the question that revealed it instead of at the end of the
 * form. Steps left without visible fields are not shown: the citizen walks only the steps that
 * have questions for them (conditions can empty a step).
 *
 * @example groupIntoSteps(['name', 'breed'], steps, (field) => field)
 *   // [{ step: you, items: ['name'] }, { step: dog, items: ['breed'] }]
 */
export function groupIntoSteps<T>(
  items: readonly T[],
  steps: readonly FormStep[],
  nameOf: (item: T) => string,
): StepGroup<T>[] {
  if (steps.length === 0) return [{ step: undefined, items: [...items] }];
  const stepOfField = new Map<string, number>();
  steps.forEach((step, index) => {
    for (const field of step.fields) if (!stepOfField.has(field)) stepOfField.set(field, index);
  });
  const groups: StepGroup<T>[] = steps.map((step) => ({ step, items: [] }));
  let current = 0;
  for (const item of items) {
    current = stepOfField.get(nameOf(item)) ?? current;
    groups[current]?.items.push(item);
  }
  return groups.filter((group) => group.items.length > 0);
}
