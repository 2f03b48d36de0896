/**
 * The OperationsPort bound to the real pure operations (builder/operations) and the field-type
 * catalogue (schema/field-types). The canvas speaks field ids (JSON Pointers) and containers
 * (`step:<id>` or a section's id); the operations speak key paths (`['address', 'street']`) and
 * locations (`{ parent, step, index }`). This file translates, nothing more.
 */
import { fieldTypeOf } from '../../schema/field-types/field-type-of.ts';
import { type CreatableFieldType, FIELD_TYPES } from '../../schema/field-types/field-types.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { addField } from '../operations/add-field.ts';
import type { FieldLocation } from '../operations/place-field.ts';
import { canvasSteps, indexNodes } from './canvas-model.ts';
import type { Place } from './field-place.ts';
import type { OperationsPort } from './operations-port.ts';

/** `/properties/a/items/properties/b` -> `['a', 'b']`. */
export function pathOf(id: string): string[] {
  const tokens = id
    .split('/')
    .slice(1)
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  const path: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'properties') path.push(tokens[++i] ?? '');
  }
  return path;
}

/** A canvas place as the operations' location. */
export function locationOf(place: Place): FieldLocation {
  if (place.container.startsWith('step:')) {
    const step = place.container.slice('step:'.length);
    return step ? { step, index: place.index } : { index: place.index };
  }
  return { parent: pathOf(place.container), index: place.index };
}

/** The ids of every field, to find the one an operation just created. */
function fieldIds(def: ServiceDefinition): Set<string> {
  return new Set(indexNodes(canvasSteps(def)).keys());
}

function newFieldId(before: ServiceDefinition, after: ServiceDefinition): string {
  const known = fieldIds(before);
  const added = [...fieldIds(after)].filter((id) => !known.has(id));
  return added.sort((a, b) => a.length - b.length)[0] ?? '';
}

const notYet = (name: string) => () => {
  throw new Error(`${name}: the operation is not available yet`);
};

export const WIRED_OPERATIONS: OperationsPort = {
  paletteTypes: FIELD_TYPES.filter((t) => t.available && t.id !== 'page-break').map((t) => ({
    id: t.id,
    label: t.label,
    kind: t.kind,
    constraints: t.constraints,
  })),
  typeOf: (schema, ui) => {
    const type = fieldTypeOf(schema, ui);
    return type === 'custom' ? undefined : type;
  },
  addField: (def, type, place) => {
    const label = FIELD_TYPES.find((t) => t.id === type)?.label ?? { lv: type, en: type };
    const next = addField(def, {
      type: type as CreatableFieldType,
      options: { label },
      at: locationOf(place),
    });
    return { definition: next, id: newFieldId(def, next) };
  },
  moveField: notYet('moveField'),
  duplicateField: notYet('duplicateField'),
  deleteField: notYet('deleteField'),
  addStep: notYet('addStep'),
  renameStep: notYet('renameStep'),
  moveStep: notYet('moveStep'),
  deleteStep: notYet('deleteStep'),
  setLabel: notYet('setLabel'),
  setHelp: notYet('setHelp'),
  setPlaceholder: notYet('setPlaceholder'),
  setRequired: notYet('setRequired'),
  setConstraint: notYet('setConstraint'),
  setOptions: notYet('setOptions'),
  setDefault: notYet('setDefault'),
  setReadOnly: notYet('setReadOnly'),
  setPrefill: notYet('setPrefill'),
  setCondition: notYet('setCondition'),
  removeCondition: notYet('removeCondition'),
};
