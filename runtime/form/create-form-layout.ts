import { createSchemaUtils, orderProperties, type RJSFSchema, type ValidatorType } from '@rjsf/utils';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { FormStep } from '../../schema/service-definition.ts';
import type { FormData } from './form-context.ts';
import { groupIntoSteps } from './group-into-steps.ts';
import { type LeanFieldPlan, leanFieldPlan } from './lean/lean-field-plan.ts';
import { isPlainRoot, pickProperties } from './pick-properties.ts';

/** Fields per RJSF form on a page: a keystroke re-runs RJSF's bookkeeping for its own group only. */
export const RENDER_GROUP_SIZE = 10;
/**
 * Plain questions per lean group: a keystroke re-renders nothing there (the group's markup is
 * parsed once and answers come from its listeners), so a group can hold many questions; a group
 * is what a changed message set or an edit in the builder's preview looks through or draws again.
 */
export const LEAN_GROUP_SIZE = 50;

/**
 * Only the citizen answers. By default RJSF fills a `const` in as the default (pre-ticking a
 * consent box, pre-choosing the first `oneOf` option) and answers a required yes/no question
 * "no"; both would send answers nobody gave. An explicit `default` in the schema still applies.
 */
export const DEFAULT_FORM_STATE = { constAsDefaults: 'never', requiredBooleanDefault: 'skip' } as const;

/** One step as the citizen meets it: its definition (none when the form has no steps) and its fields. */
export interface VisibleStep {
  step: FormStep | undefined;
  fields: string[];
}

/** Some fields of a step, rendered by one RJSF form. */
export interface FieldGroupSpec {
  /** React's key: stays the same while conditions change the group's fields, so focus is kept. */
  key: string;
  fields: readonly string[];
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  /**
   * The group's form holds every answer, not only its own: its schema was resolved from all of
   * them, and an answer of a field that a condition hides and shows again must not get lost.
   */
  holdsAllAnswers: boolean;
  /**
   * Set when every field is a plain question: the group is then drawn by the lean renderer
   * (lean/LeanFieldGroup.tsx) from these plans, without an RJSF form.
   */
  lean?: readonly LeanFieldPlan[];
}

export interface FormLayout {
  /** The form in the page's language, as rendered. */
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  /** False when conditions cannot change the layout (a plain root): steps and groups never move. */
  dependsOnAnswers: boolean;
  /** The top-level fields shown for these answers (conditions applied), in page order. */
  visibleFields(data: FormData): string[];
  /** The steps that have something to show for these answers. Never empty. */
  steps(data: FormData): VisibleStep[];
  /** The RJSF forms that show these fields. Same objects for the same input, so React can skip them. */
  groupsFor(fields: readonly string[], data: FormData): FieldGroupSpec[];
  /** The schema of a top-level field with conditions applied, for the answers page. */
  fieldSchema(field: string, data: FormData): JsonSchema | undefined;
  /** Answers as they will be sent: answers of hidden fields and empty optional groups dropped. */
  submittable(data: FormData): FormData;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The top-level fields in the order the form shows them (`ui:order`), without applying conditions. */
export function fieldOrder(schema: JsonSchema, uiSchema: Record<string, unknown>): string[] {
  return ordered(Object.keys(schema.properties ?? {}), uiSchema['ui:order']);
}

function ordered(names: string[], order: unknown): string[] {
  if (!Array.isArray(order)) return names;
  try {
    return orderProperties(names, order as string[]);
  } catch {
    // An order list that misses some fields: those follow in schema order.
    const listed = (order as string[]).filter((name) => names.includes(name));
    return [...listed, ...names.filter((name) => !listed.includes(name))];
  }
}

function groupUiSchema(
  uiSchema: Record<string, unknown>,
  fields: readonly string[],
): Record<string, unknown> {
  // No submit button of its own: the page's "Continue" submits every group.
  const picked: Record<string, unknown> = {
    'ui:order': [...fields],
    'ui:submitButtonOptions': { norender: true },
  };
  for (const field of fields) if (isRecord(uiSchema[field])) picked[field] = uiSchema[field];
  return picked;
}

/**
 * How a form is laid out on screen in one language: which fields and steps show for the
 * current answers, and how a step is split into RJSF forms.
 *
 * Speed (issue 4, RJSF #3715): @rjsf/core's `Form` copies, re-defaults and re-compares all of its
 * data on every keystroke, so one form of 1,000 fields spends tens of milliseconds per key. A
 * plain root (no conditions at the top) is therefore cut into groups, and only the current
 * step's are rendered: runs of plain questions in lean groups of {@link LEAN_GROUP_SIZE}, drawn
 * without RJSF (lean/LeanFieldGroup.tsx), the others in RJSF forms of {@link RENDER_GROUP_SIZE}.
 * A root with conditions is one form per step, rendered from the schema resolved for the current
 * answers; such forms are small in practice, and their conditions can reach across any fields.
 */
export function createFormLayout(
  schema: JsonSchema,
  uiSchema: Record<string, unknown>,
  steps: readonly FormStep[],
  validator: ValidatorType<FormData, RJSFSchema>,
): FormLayout {
  const schemaUtils = createSchemaUtils<FormData, RJSFSchema>(
    validator,
    schema as RJSFSchema,
    DEFAULT_FORM_STATE,
  );
  const plain = isPlainRoot(schema);
  const order = uiSchema['ui:order'];
  const plainFields = plain ? fieldOrder(schema, uiSchema) : [];
  const resolve = (data: FormData) =>
    plain ? schema : (schemaUtils.retrieveSchema(schema as RJSFSchema, data) as JsonSchema);
  const visibleFields = (data: FormData) =>
    plain ? plainFields : ordered(Object.keys(resolve(data).properties ?? {}), order);

  // Each top-level field's lean plan (null: RJSF draws it), worked out once per layout.
  const required = new Set(schema.required ?? []);
  const plans = new Map<string, LeanFieldPlan | null>();
  const planOf = (field: string): LeanFieldPlan | null => {
    let plan = plans.get(field);
    if (plan === undefined) {
      const own = Object.hasOwn(schema.properties ?? {}, field) ? schema.properties?.[field] : undefined;
      plan = leanFieldPlan(field, own, uiSchema[field], required.has(field)) ?? null;
      plans.set(field, plan);
    }
    return plan;
  };
  const isLean = (field: string) => planOf(field) !== null;

  // Group specs are cached by content, so an unchanged group keeps its identity across renders.
  const groups = new Map<string, FieldGroupSpec>();
  const groupOf = (fields: readonly string[], source: JsonSchema): FieldGroupSpec => {
    // Plain groups never change, so their names are the whole key; others also key their content.
    const picked = plain ? undefined : pickProperties(source, fields);
    const content = plain ? fields.join('\u0000') : JSON.stringify([fields, picked]);
    let group = groups.get(content);
    if (!group) {
      group = {
        key: plain ? `fields-${fields[0]}` : 'step',
        fields,
        schema: picked ?? pickProperties(source, fields),
        uiSchema: groupUiSchema(uiSchema, fields),
        holdsAllAnswers: !plain,
      };
      // Runs are cut so that a plain group's fields are all plain (groupsFor below).
      const lean = plain ? fields.map(planOf) : [];
      if (lean.length > 0 && lean.every((plan) => plan !== null)) group.lean = lean as LeanFieldPlan[];
      groups.set(content, group);
    }
    return group;
  };

  return {
    schema,
    uiSchema,
    dependsOnAnswers: !plain,
    visibleFields,
    steps(data) {
      const visible = groupIntoSteps(visibleFields(data), steps, (name) => name);
      const found = visible.map((group) => ({ step: group.step, fields: group.items }));
      return found.length > 0 ? found : [{ step: undefined, fields: [] }];
    },
    groupsFor(fields, data) {
      if (!plain) return fields.length > 0 ? [groupOf(fields, resolve(data))] : [];
      // Runs of plain questions and runs of the others, each cut into groups: plain runs are
      // drawn by the lean renderer, the others by RJSF forms of RENDER_GROUP_SIZE fields.
      const found: FieldGroupSpec[] = [];
      let run: string[] = [];
      const flush = () => {
        const size = isLean(run[0] as string) ? LEAN_GROUP_SIZE : RENDER_GROUP_SIZE;
        for (let start = 0; start < run.length; start += size) {
          found.push(groupOf(run.slice(start, start + size), schema));
        }
        run = [];
      };
      for (const field of fields) {
        if (run.length > 0 && isLean(run[0] as string) !== isLean(field)) flush();
        run.push(field);
      }
      flush();
      return found;
    },
    fieldSchema(field, data) {
      const properties = resolve(data).properties ?? {};
      return Object.hasOwn(properties, field) ? properties[field] : undefined;
    },
    submittable(data) {
      const kept = schemaUtils.omitExtraData(schema as RJSFSchema, data);
      return isRecord(kept) ? kept : {};
    },
  };
}
