import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { containerOrder } from './field-order.ts';
import { locateField, rootPlace } from './field-path.ts';
import { newStepId } from './step-helpers.ts';

export interface AddStepArgs {
  /** The top-level field the new step starts with: the page break goes right before it. */
  before: string;
  title: LocalizedText;
  /** A form without steps becomes two: this is the first one's title. */
  firstTitle?: LocalizedText;
  /** The new step's id; by default one made from the Latvian title. */
  id?: string;
}

export const DEFAULT_FIRST_STEP_TITLE: LocalizedText = { lv: '1. solis', en: 'Step 1' };

/**
 * A page break: splits the step holding `before` so that a new step starts with it. A form
 * without steps gets two. A break before the first field of a step would leave a page with
 * nothing on it, so it is refused (the canvas offers no drop target there).
 * @example addStep(def, { before: 'address', title: { lv: 'Adrese', en: 'Address' } })
 */
export function addStep(def: ServiceDefinition, args: AddStepArgs): ServiceDefinition {
  return editDefinition(def, 'addStep', (open) => {
    const form = open.form;
    locateField(form, [args.before], 'addStep');
    if (form.steps.length === 0) {
      const fields = containerOrder(form, rootPlace(form));
      const at = fields.indexOf(args.before);
      if (at === 0) throw new Error('addStep: a page break before the first field would leave an empty page');
      const first = {
        id: newStepId(form, args.firstTitle ?? DEFAULT_FIRST_STEP_TITLE, undefined, 'addStep'),
        title: args.firstTitle ?? DEFAULT_FIRST_STEP_TITLE,
        fields: fields.slice(0, at),
      };
      const withFirst = { ...form, steps: [first] };
      const second = {
        id: newStepId(withFirst, args.title, args.id, 'addStep'),
        title: args.title,
        fields: fields.slice(at),
      };
      return { ...open, form: { ...form, steps: [first, second] } };
    }
    const index = form.steps.findIndex((step) => step.fields.includes(args.before));
    const step = form.steps[index]!;
    const at = step.fields.indexOf(args.before);
    if (at === 0)
      throw new Error('addStep: a page break before the first field of a step would leave an empty page');
    const added = {
      id: newStepId(form, args.title, args.id, 'addStep'),
      title: args.title,
      fields: step.fields.slice(at),
    };
    const steps = [
      ...form.steps.slice(0, index),
      { ...step, fields: step.fields.slice(0, at) },
      added,
      ...form.steps.slice(index + 1),
    ];
    return { ...open, form: { ...form, steps } };
  });
}
