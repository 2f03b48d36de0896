import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { stepIndex } from './step-helpers.ts';

/**
 * Changes a step's title in one or both languages. The id stays: it is in citizens' URLs. An
 * empty title is the checker's to report (`invalid_shape`), not an error here: staff clear a
 * field before typing a new one.
 * @example renameStep(def, { step: 'you', title: { en: 'About you' } })
 */
export function renameStep(
  def: ServiceDefinition,
  args: { step: string; title: Partial<LocalizedText> },
): ServiceDefinition {
  return editDefinition(def, 'renameStep', (open) => {
    const index = stepIndex(open.form, args.step, 'renameStep');
    const steps = open.form.steps.map((step, i) =>
      i === index ? { ...step, title: { ...step.title, ...args.title } } : step,
    );
    return { ...open, form: { ...open.form, steps } };
  });
}
