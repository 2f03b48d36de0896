import { describe, expect, it } from 'vitest';
import { buildDefinition } from '../../schema/build-definition.ts';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { canvasSteps, compiledPointer, indexNodes, orderedKeys } from './canvas-model.ts';
import { residenceWithSection } from './testing/residence-with-section.ts';

describe('canvasSteps', () => {
  it('lays out steps with their fields and the fields inside sections', () => {
    const steps = canvasSteps(residenceWithSection());
    expect(steps.map((s) => s.id)).toEqual(['person', 'residence']);
    const address = steps[1]!.nodes[0]!;
    expect(address).toMatchObject({ id: '/properties/address', container: 'object' });
    expect(address.children.map((c) => c.key)).toEqual(['street', 'city', 'postalCode', 'note']);
  });

  it('keeps the fixed parts of an address to itself', () => {
    expect(canvasSteps(DECLARATION_OF_RESIDENCE)[1]!.nodes[0]).toMatchObject({
      container: null,
      children: [],
    });
  });

  it('shows a repeating group with the fields of one entry', () => {
    const def = buildDefinition({
      form: {
        schema: {
          properties: {
            family: {
              type: 'array',
              title: 'Ģimene',
              items: { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer' } } },
            },
          },
        },
        uiSchema: { family: { items: { 'ui:order': ['age', 'name'] } } },
      },
    });
    const family = canvasSteps(def)[0]!.nodes.find((n) => n.key === 'family')!;
    expect(family.container).toBe('array');
    expect(family.children.map((c) => c.id)).toEqual([
      '/properties/family/items/properties/age',
      '/properties/family/items/properties/name',
    ]);
  });

  it('keeps unchanged nodes identical between two reads, for cheap re-renders', () => {
    const a = canvasSteps(DECLARATION_OF_RESIDENCE);
    const b = canvasSteps(DECLARATION_OF_RESIDENCE);
    expect(b[0]!.nodes[0]).toBe(a[0]!.nodes[0]);
  });

  it('indexes where each node sits', () => {
    const places = indexNodes(canvasSteps(residenceWithSection()));
    expect(places.get('/properties/address/properties/city')).toMatchObject({
      parent: '/properties/address',
      index: 1,
      stepId: 'residence',
    });
    expect(places.get('/properties/email')).toMatchObject({ parent: 'step:person', index: 5 });
  });
});

describe('orderedKeys', () => {
  it('follows ui:order and appends the rest', () => {
    expect(orderedKeys({ a: 1, b: 2, c: 3 }, { 'ui:order': ['c', '*', 'a', 'x'] })).toEqual(['c', 'a', 'b']);
  });
});

describe('compiledPointer', () => {
  it('maps a field id to where a compiled condition keeps it', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string' } },
      allOf: [
        {
          $comment: 'compiled from form.conditions: c1',
          if: {},
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword.
          then: { properties: { b: { type: 'object' } } },
        },
      ],
    };
    expect(compiledPointer(schema, '/properties/b/properties/x')).toBe(
      '/allOf/0/then/properties/b/properties/x',
    );
    expect(compiledPointer(schema, '/properties/a')).toBe('/properties/a');
  });
});

describe('canvasSteps identity', () => {
  it('keeps an unchanged field the same node even when the definition is a fresh copy', () => {
    const a = canvasSteps(DECLARATION_OF_RESIDENCE);
    const copy = structuredClone(DECLARATION_OF_RESIDENCE);
    copy.form.schema.properties!.email!.title = 'E-pasta adrese';
    const b = canvasSteps(copy);
    expect(b[0]!.nodes[0]).toBe(a[0]!.nodes[0]);
    expect(b[0]!.nodes.find((n) => n.key === 'email')).not.toBe(a[0]!.nodes.find((n) => n.key === 'email'));
  });
});
