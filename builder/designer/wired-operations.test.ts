import { describe, expect, it } from 'vitest';
import { residenceWithSection } from './testing/residence-with-section.ts';
import { locationOf, pathOf, WIRED_OPERATIONS } from './wired-operations.ts';

describe('pathOf and locationOf', () => {
  it('translate canvas ids and places into the operations’ paths and locations', () => {
    expect(pathOf('/properties/family/items/properties/name')).toEqual(['family', 'name']);
    expect(locationOf({ container: 'step:person', index: 2 })).toEqual({ step: 'person', index: 2 });
    expect(locationOf({ container: 'step:', index: 0 })).toEqual({ index: 0 });
    expect(locationOf({ container: '/properties/address', index: 1 })).toEqual({
      parent: ['address'],
      index: 1,
    });
  });
});

describe('WIRED_OPERATIONS', () => {
  it('adds a field where the canvas says and names its id', () => {
    const { definition, id } = WIRED_OPERATIONS.addField(residenceWithSection(), 'short-text', {
      container: '/properties/address',
      index: 0,
    });
    expect(id).toMatch(/^\/properties\/address\/properties\/\w+$/);
    expect(
      WIRED_OPERATIONS.typeOf(
        definition.form.schema.properties!.address!.properties![id.split('/').at(-1)!],
        {},
      ),
    ).toBe('short-text');
  });

  it('shows every type of the catalogue, the page break and the attachment included', () => {
    const types = WIRED_OPERATIONS.paletteTypes;
    expect(types.map((t) => t.id)).toEqual(
      expect.arrayContaining(['repeating-group', 'page-break', 'attachment']),
    );
    expect(types.find((t) => t.id === 'attachment')?.available).toBe(true);
  });
});
