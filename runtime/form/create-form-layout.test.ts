import { describe, expect, it } from 'vitest';
import { COMPANY_CERTIFICATE_REQUEST, DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { createFormLayout, LEAN_GROUP_SIZE } from './create-form-layout.ts';
import { createFormValidator } from './create-form-validator.ts';

const layoutOf = (form: {
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  steps: typeof DECLARATION_OF_RESIDENCE.form.steps;
}) => createFormLayout(form.schema, form.uiSchema, form.steps, createFormValidator());

describe('createFormLayout', () => {
  it('splits a plain form into small groups that keep their identity', () => {
    const properties: Record<string, JsonSchema> = {};
    for (let i = 0; i < LEAN_GROUP_SIZE * 2 + 3; i++) properties[`f${i}`] = { type: 'string' };
    const layout = layoutOf({ schema: { type: 'object', properties }, uiSchema: {}, steps: [] });
    expect(layout.dependsOnAnswers).toBe(false);
    const [step] = layout.steps({});
    expect(step?.step).toBeUndefined();
    const groups = layout.groupsFor(step?.fields ?? [], {});
    // Plain questions: lean groups (a second layout test, lean-markup.test.tsx, splits RJSF's).
    expect(groups.map((group) => group.fields.length)).toEqual([LEAN_GROUP_SIZE, LEAN_GROUP_SIZE, 3]);
    expect(layout.groupsFor(step?.fields ?? [], { f0: 'x' })[1]).toBe(groups[1]);
    expect(groups[1]?.uiSchema['ui:order']).toEqual(groups[1]?.fields);
    const last = LEAN_GROUP_SIZE * 2;
    expect(Object.keys(groups[2]?.schema.properties ?? {})).toEqual([
      `f${last}`,
      `f${last + 1}`,
      `f${last + 2}`,
    ]);
  });

  it('lays out a form with conditions from the answers, one group per step', () => {
    const layout = layoutOf(COMPANY_CERTIFICATE_REQUEST.form);
    expect(layout.dependsOnAnswers).toBe(true);
    const steps = layout.steps({});
    expect(steps.map((step) => step.step?.id)).toEqual(['company', 'certificate']);
    const second = steps[1]?.fields ?? [];
    const [byEmail] = layout.groupsFor(second, { deliveryMethod: 'email' });
    const [byPost] = layout.groupsFor(second, { deliveryMethod: 'post' });
    expect(byEmail?.key).toBe(byPost?.key);
    expect(byEmail?.schema.required ?? []).not.toContain('postalAddress');
    expect(byPost?.schema.required).toContain('postalAddress');
    expect(byPost?.holdsAllAnswers).toBe(true);
  });

  it('sends only what is shown: hidden answers and empty optional groups are dropped', () => {
    const layout = layoutOf(COMPANY_CERTIFICATE_REQUEST.form);
    expect(layout.submittable({ deliveryMethod: 'email', postalAddress: {}, nonsense: 1 })).toEqual({
      deliveryMethod: 'email',
    });
    expect(layout.submittable({ deliveryMethod: 'post', postalAddress: { city: 'Rīga' } })).toEqual({
      deliveryMethod: 'post',
      postalAddress: { city: 'Rīga' },
    });
  });

  it('gives each field its schema for the answers page', () => {
    const layout = layoutOf(DECLARATION_OF_RESIDENCE.form);
    expect(layout.fieldSchema('housingBasis', {})?.title).toBe('Tiesiskais pamats dzīvot šajā adresē');
    expect(layout.fieldSchema('nope', {})).toBeUndefined();
  });
});
