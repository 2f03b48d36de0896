/**
 * Random but plausible operations on the current definition, from a seeded PRNG, for the
 * sequence test: arguments are drawn from what the definition has, so most succeed, and some
 * are misuse on purpose (a field that is linked, a constraint that does not apply).
 */
import { conditionOpsFor } from '../../../schema/conditions/condition-ops.ts';
import { decompileConditions } from '../../../schema/conditions/decompile-conditions.ts';
import { choiceValues, multipleChoiceValues } from '../../../schema/field-types/choice-values.ts';
import { fieldTypeOf, isFieldContainer } from '../../../schema/field-types/field-type-of.ts';
import {
  CONSTRAINT_NAMES,
  type ConstraintName,
  type CreatableFieldType,
  FIELD_TYPES,
  fieldTypeInfo,
} from '../../../schema/field-types/field-types.ts';
import { FORMAT_CATALOG } from '../../../schema/formats/format-catalog.ts';
import type { JsonSchema } from '../../../schema/json-schema.ts';
import type { ConditionRule, ServiceDefinition } from '../../../schema/service-definition.ts';
import type { FieldPath } from '../field-path.ts';
import * as ops from '../index.ts';
import type { FieldLocation } from '../place-field.ts';

/** mulberry32: small, fast and good enough to spread test cases. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof createRandom>;

const LABELS = [
  'Vārds',
  'Uzvārds',
  'Ģimenes locekļi',
  'Adrese',
  'Tālrunis',
  'Piezīmes',
  'Īpašums',
  'Bērni',
  'Datums',
  '—',
];
const TYPES = FIELD_TYPES.filter((type) => type.available && type.id !== 'page-break').map(
  (type) => type.id as CreatableFieldType,
);
const label = (random: Random) => {
  const lv = random.pick(LABELS);
  return { lv, en: `${lv} (en)` };
};

interface FieldInfo {
  path: FieldPath;
  schema: JsonSchema;
}

/** Every field staff can select: top level, and inside sections and repeating groups. */
export function listFields(def: ServiceDefinition): FieldInfo[] {
  const fields: FieldInfo[] = [];
  const stack: Array<{ path: string[]; object: JsonSchema }> = [
    { path: [], object: decompileConditions(def.form).schema },
  ];
  while (stack.length > 0) {
    const { path, object } = stack.pop()!;
    for (const [key, schema] of Object.entries(object.properties ?? {})) {
      fields.push({ path: [...path, key], schema });
      if (isFieldContainer(schema)) {
        stack.push({
          path: [...path, key],
          object: schema.type === 'array' ? (schema.items as JsonSchema) : schema,
        });
      }
    }
  }
  return fields;
}

function location(def: ServiceDefinition, random: Random): FieldLocation {
  const containers = listFields(def).filter((field) => isFieldContainer(field.schema));
  if (containers.length > 0 && random.next() < 0.3) {
    const parent = random.pick(containers);
    const object = parent.schema.type === 'array' ? (parent.schema.items as JsonSchema) : parent.schema;
    return { parent: parent.path, index: random.int(Object.keys(object.properties ?? {}).length + 1) };
  }
  if (def.form.steps.length === 0)
    return {
      index: random.int(
        def.form.uiSchema['ui:order'] ? (def.form.uiSchema['ui:order'] as string[]).length + 1 : 1,
      ),
    };
  const step = random.pick(def.form.steps);
  return { step: step.id, index: random.int(step.fields.length + 1) };
}

function ruleFor(field: FieldInfo, random: Random): ConditionRule | undefined {
  const op = random.pick(
    conditionOpsFor(field.schema).length > 0 ? conditionOpsFor(field.schema) : ['is' as const],
  );
  const options = choiceValues(field.schema) ?? multipleChoiceValues(field.schema);
  const format = FORMAT_CATALOG.find((entry) => entry.name === field.schema.format);
  const single = options
    ? random.pick(options)
    : field.schema.type === 'boolean'
      ? random.next() < 0.5
      : field.schema.type === 'string'
        ? (format?.example ?? 'abc')
        : 3;
  const value = op === 'is_one_of' ? [single] : single;
  return { field: field.path[0]!, op, value };
}

/** One random operation: its name, arguments, and a function applying it. */
export function randomOperation(
  def: ServiceDefinition,
  random: Random,
): { name: string; args: unknown; run: () => ServiceDefinition } {
  const fields = listFields(def);
  const topLevel = fields.filter((field) => field.path.length === 1);
  const anyField = () => random.pick(fields).path;
  const choose = random.int(20);
  const op = <A>(name: string, args: A, fn: (d: ServiceDefinition, a: A) => ServiceDefinition) => ({
    name,
    args,
    run: () => fn(def, args),
  });
  switch (choose) {
    case 0:
    case 1:
    case 2:
      return op(
        'addField',
        { type: random.pick(TYPES), options: { label: label(random) }, at: location(def, random) },
        ops.addField,
      );
    case 3:
    case 4:
      return op('moveField', { field: anyField(), to: location(def, random) }, ops.moveField);
    case 5:
      return op('duplicateField', { field: anyField() }, ops.duplicateField);
    case 6: {
      const deletable = fields.filter((field) => field.path.length > 1 || topLevel.length > 2);
      return op('deleteField', { field: random.pick(deletable).path }, ops.deleteField);
    }
    case 7:
      return op('updateFieldLabel', { field: anyField(), ...label(random) }, ops.updateFieldLabel);
    case 8:
      return op(
        'updateFieldHelp',
        { field: anyField(), lv: random.pick(['', 'Palīdzība']), en: 'Help' },
        ops.updateFieldHelp,
      );
    case 9:
      return op('setRequired', { field: anyField(), required: random.next() < 0.6 }, ops.setRequired);
    case 10: {
      const field = random.pick(fields);
      const type = fieldTypeOf(field.schema);
      const fitting: readonly ConstraintName[] = type === 'custom' ? [] : fieldTypeInfo(type).constraints;
      const name =
        fitting.length > 0 && random.next() < 0.8 ? random.pick(fitting) : random.pick(CONSTRAINT_NAMES);
      const value =
        name === 'preset'
          ? random.pick([undefined, 'postal-code', 'digits', 'phone'])
          : random.pick([undefined, 0, 1, 2, 5, 50]);
      return op('setConstraint', { field: field.path, name, value }, ops.setConstraint);
    }
    case 11: {
      const count = 1 + random.int(4);
      const options = Array.from({ length: count }, () => ({ label: label(random) }));
      return op(
        'setOptions',
        { field: anyField(), options, display: random.pick(['radio', 'dropdown'] as const) },
        ops.setOptions,
      );
    }
    case 12: {
      const field = random.pick(fields);
      const rule = ruleFor(field, random);
      return op(
        'setDefault',
        { field: field.path, value: random.next() < 0.3 ? undefined : rule?.value },
        ops.setDefault,
      );
    }
    case 13: {
      if (random.next() < 0.7)
        return op('setReadOnly', { field: anyField(), readOnly: random.next() < 0.5 }, ops.setReadOnly);
      // Mostly file fields; sometimes another field or an empty choice, which must be refused.
      const files = fields.filter((field) => fieldTypeOf(field.schema) === 'attachment');
      const field = files.length > 0 && random.next() < 0.8 ? random.pick(files).path : anyField();
      const types = random.pick([undefined, ['pdf'], ['png', 'jpg', 'edoc'], [] as string[]]);
      return op('setFileTypes', { field, types }, ops.setFileTypes);
    }
    case 14: {
      const source = random.pick([
        null,
        { kind: 'claim', claim: 'email' },
        { kind: 'url', param: 'ref' },
      ] as const);
      return op('setPrefill', { field: random.pick(topLevel).path[0]!, source }, ops.setPrefill);
    }
    case 15:
      return op('addStep', { before: random.pick(topLevel).path[0]!, title: label(random) }, ops.addStep);
    case 16: {
      if (def.form.steps.length === 0)
        return op('addStep', { before: random.pick(topLevel).path[0]!, title: label(random) }, ops.addStep);
      const step = random.pick(def.form.steps).id;
      return random.next() < 0.5
        ? op('moveStep', { step, index: random.int(def.form.steps.length) }, ops.moveStep)
        : random.next() < 0.5
          ? op('renameStep', { step, title: label(random) }, ops.renameStep)
          : op('deleteStep', { step }, ops.deleteStep);
    }
    case 17:
    case 18: {
      const stepTarget = def.form.steps.length > 0 && random.next() < 0.3;
      const target = stepTarget
        ? { kind: 'step' as const, id: random.pick(def.form.steps).id }
        : { kind: 'field' as const, id: random.pick(topLevel).path[0]! };
      const comparable = topLevel.filter((field) => conditionOpsFor(field.schema).length > 0);
      const ruleFields = comparable.length > 0 && random.next() < 0.9 ? comparable : topLevel;
      const rules = Array.from(
        { length: 1 + random.int(2) },
        () => ruleFor(random.pick(ruleFields), random)!,
      );
      return op(
        'setCondition',
        { target, join: random.pick(['all', 'any'] as const), rules },
        ops.setCondition,
      );
    }
    default: {
      const conditions = def.form.conditions ?? [];
      if (conditions.length === 0)
        return op('setRequired', { field: anyField(), required: false }, ops.setRequired);
      return op('removeCondition', { id: random.pick(conditions).id }, ops.removeCondition);
    }
  }
}
