import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { stepIndex } from './step-helpers.ts';

/**
 * Removes a page break: the step's fields join the step before it (the first step's join the
 * next one), and a condition on the step goes. Removing the only step leaves a one-page form
 * without steps. No field is lost; deleting fields is deleteField.
 * @example deleteStep(def, { step: 'contact' })
 */
export function deleteStep(def: ServiceDefinition, args: { step: string }): ServiceDefinition {
  return editDefinition(def, 'deleteStep', (open) => {
    const form = open.form;
    const index = stepIndex(form, args.step, 'deleteStep');
    if (form.steps.length === 1) return { ...open, form: { ...form, steps: [] } };
    const removed = form.steps[index]!;
    const into = index === 0 ? 1 : index - 1;
    const steps = form.steps.flatMap((step, i) => {
      if (i === index) return [];
      if (i !== into) return [step];
      const fields = index === 0 ? [...removed.fields, ...step.fields] : [...step.fields, ...removed.fields];
      return [{ ...step, fields }];
    });
    return { ...open, form: { ...form, steps } };
  });
}
