import { type LocalizedText, type ServiceForm, STEP_ID_PATTERN } from '../../schema/service-definition.ts';
import { kebabId, uniqueName } from './slug.ts';

/** A free step id: the given one (checked), or one made from the Latvian title (it shows in the URL). */
export function newStepId(
  form: ServiceForm,
  title: LocalizedText,
  wanted: string | undefined,
  op: string,
): string {
  const taken = new Set(form.steps.map((step) => step.id));
  if (wanted === undefined) return uniqueName(kebabId(title.lv || title.en, 'step'), taken, '-');
  if (!STEP_ID_PATTERN.test(wanted) || taken.has(wanted)) {
    throw new Error(
      `${op}: step id ${JSON.stringify(wanted)} is taken or not lower-case letters, digits and hyphens`,
    );
  }
  return wanted;
}

export function stepIndex(form: ServiceForm, id: string, op: string): number {
  const index = form.steps.findIndex((step) => step.id === id);
  if (index < 0) throw new Error(`${op}: no step ${JSON.stringify(id)}`);
  return index;
}
