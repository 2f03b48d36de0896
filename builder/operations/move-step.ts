import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { stepIndex } from './step-helpers.ts';

/**
 * Moves a whole step, with its fields, to another position (0 = first).
 * @example moveStep(def, { step: 'documents', index: 0 })
 */
export function moveStep(def: ServiceDefinition, args: { step: string; index: number }): ServiceDefinition {
  return editDefinition(def, 'moveStep', (open) => {
    const from = stepIndex(open.form, args.step, 'moveStep');
    const steps = [...open.form.steps];
    if (!Number.isInteger(args.index) || args.index < 0 || args.index >= steps.length) {
      throw new Error(`moveStep: index ${args.index} is outside 0..${steps.length - 1}`);
    }
    const [moved] = steps.splice(from, 1);
    steps.splice(args.index, 0, moved!);
    return { ...open, form: { ...open.form, steps } };
  });
}
