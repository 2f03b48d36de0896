/**
 * The OperationsPort bound to the real pure operations (builder/operations) and the field-type
 * catalogue (schema/field-types). The canvas speaks field ids (JSON Pointers) and containers
 * (`step:<id>` or a section's id); the operations speak key paths (`['address', 'street']`) and
 * locations (`{ parent, step, index }`). This file translates, nothing more.
 */
import { fieldTypeOf } from '../../schema/field-types/field-type-of.ts';
import type { ConstraintName } from '../../schema/field-types/field-types.ts';
import { type CreatableFieldType, FIELD_TYPES } from '../../schema/field-types/field-types.ts';
import { RICH_HELP_KEY, type RichTextDoc } from '../../schema/rich-text/rich-text-doc.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import {
  addField,
  addStep,
  conditionProblem,
  deleteField,
  deleteStep,
  duplicateField,
  editDefinition,
  type FieldLocation,
  locateField,
  moveField,
  moveStep,
  removeCondition,
  renameStep,
  setCondition,
  setConstraint,
  setDefault,
  setFileTypes,
  setOptions,
  setPrefill,
  setReadOnly,
  setRequired,
  updateFieldHelp,
  updateFieldLabel,
} from '../operations/index.ts';
import { updateIn } from '../operations/update-in.ts';
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

/**
 * TODO(operations): a UI-schema key the operations do not write yet (the rich help document,
 * the placeholder). Done inside their editDefinition frame so order and conditions stay
 * consistent; to be replaced by their operation (reported).
 */
function setUiKey(
  def: ServiceDefinition,
  id: string,
  uiKey: string,
  update: (current: unknown) => unknown,
): ServiceDefinition {
  return editDefinition(def, 'setUiKey', (open) => {
    const field = locateField(open.form, pathOf(id), 'setUiKey');
    return {
      ...open,
      form: { ...open.form, uiSchema: updateIn(open.form.uiSchema, [...field.uiPath, uiKey], update) },
    };
  });
}

function setRichHelp(
  def: ServiceDefinition,
  id: string,
  language: 'lv' | 'en',
  rich: RichTextDoc | undefined,
): ServiceDefinition {
  return setUiKey(def, id, RICH_HELP_KEY, (current) => {
    const next = {
      ...(typeof current === 'object' && current !== null ? current : {}),
      [language]: rich,
    } as Record<string, unknown>;
    if (rich === undefined) delete next[language];
    return Object.keys(next).length > 0 ? next : undefined;
  });
}

export const WIRED_OPERATIONS: OperationsPort = {
  paletteTypes: FIELD_TYPES.map((t) => ({
    id: t.id,
    label: t.label,
    kind: t.kind,
    constraints: t.constraints,
    available: t.available,
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
  moveField: (def, id, place) => moveField(def, { field: pathOf(id), to: locationOf(place) }),
  duplicateField: (def, id) => {
    const next = duplicateField(def, { field: pathOf(id) });
    return { definition: next, id: newFieldId(def, next) };
  },
  deleteField: (def, id) => deleteField(def, { field: pathOf(id) }),
  addStep: (def, before, title) => addStep(def, { before, title }),
  renameStep: (def, step, title) => renameStep(def, { step, title }),
  moveStep: (def, step, index) => moveStep(def, { step, index }),
  deleteStep: (def, step) => deleteStep(def, { step }),
  setLabel: (def, id, language, text) => updateFieldLabel(def, { field: pathOf(id), [language]: text }),
  setHelp: (def, id, language, text, rich) =>
    setRichHelp(updateFieldHelp(def, { field: pathOf(id), [language]: text }), id, language, rich),
  setPlaceholder: (def, id, language, text) =>
    language === 'lv' ? setUiKey(def, id, 'ui:placeholder', () => text || undefined) : def,
  setRequired: (def, id, required) => setRequired(def, { field: pathOf(id), required }),
  setConstraint: (def, id, name, value) =>
    setConstraint(def, { field: pathOf(id), name: name as ConstraintName, value }),
  setOptions: (def, id, options, display) => setOptions(def, { field: pathOf(id), options, display }),
  setDefault: (def, id, value) => setDefault(def, { field: pathOf(id), value }),
  setReadOnly: (def, id, readOnly) => setReadOnly(def, { field: pathOf(id), readOnly }),
  setFileTypes: (def, id, types) => setFileTypes(def, { field: pathOf(id), types }),
  setPrefill: (def, id, source) => setPrefill(def, { field: pathOf(id)[0] ?? '', source }),
  setCondition: (def, condition) => setCondition(def, condition),
  conditionProblem: (def, condition) => conditionProblem(def, condition),
  removeCondition: (def, id) => removeCondition(def, { id }),
};
