/**
 * Where a field is in a (decompiled) form. Fields are named by their path of keys from the top
 * level: `['address', 'street']`, or `['members', 'name']` for a column of a repeating group.
 * Operations read and write the schema, UI schema and translations at the places found here.
 */
import { isFieldContainer } from '../../schema/field-types/field-type-of.ts';
import { appendPointer } from '../../schema/json-pointer.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { ServiceForm } from '../../schema/service-definition.ts';
import { getIn, isRecord } from './update-in.ts';

export type FieldPath = readonly string[];

/** An object level that holds fields: the form itself, a section, or a repeating group's row. */
export interface ContainerPlace {
  /** The container field's path; `[]` for the top level. */
  path: FieldPath;
  /** Path in `form.schema` of the object schema whose `properties` hold the fields. */
  schemaPath: string[];
  /** Path in `form.uiSchema` of the matching UI node. */
  uiPath: string[];
  schema: JsonSchema;
}

export interface FieldPlace {
  path: FieldPath;
  key: string;
  container: ContainerPlace;
  /** Path in `form.schema` of the field's own schema. */
  schemaPath: string[];
  uiPath: string[];
  /** JSON Pointer of the field's schema: the key of its translations. */
  pointer: string;
  schema: JsonSchema;
}

const ROOT_PATH: FieldPath = [];

export function rootPlace(form: ServiceForm): ContainerPlace {
  return { path: ROOT_PATH, schemaPath: [], uiPath: [], schema: form.schema };
}

/** Throws `<op>: ...` when there is no such field. */
export function locateField(form: ServiceForm, path: FieldPath, op: string): FieldPlace {
  if (path.length === 0) throw new Error(`${op}: a field path needs at least one key`);
  let container = rootPlace(form);
  for (let depth = 0; ; depth++) {
    const key = path[depth]!;
    const properties = container.schema.properties;
    if (!isRecord(properties) || !Object.hasOwn(properties, key) || !isRecord(properties[key])) {
      throw new Error(`${op}: no field ${describePath(path)}`);
    }
    const schemaPath = [...container.schemaPath, 'properties', key];
    const place: FieldPlace = {
      path: path.slice(0, depth + 1),
      key,
      container,
      schemaPath,
      uiPath: [...container.uiPath, key],
      pointer: appendPointer('', ...schemaPath),
      schema: properties[key] as JsonSchema,
    };
    if (depth === path.length - 1) return place;
    container = containerOf(place, op);
  }
}

/** The container at `path` (`[]`: the top level). Throws when it is not a section or repeating group. */
export function locateContainer(form: ServiceForm, path: FieldPath, op: string): ContainerPlace {
  return path.length === 0 ? rootPlace(form) : containerOf(locateField(form, path, op), op);
}

function containerOf(field: FieldPlace, op: string): ContainerPlace {
  if (!isFieldContainer(field.schema)) {
    throw new Error(`${op}: ${describePath(field.path)} is not a section or repeating group`);
  }
  if (field.schema.type === 'array') {
    return {
      path: field.path,
      schemaPath: [...field.schemaPath, 'items'],
      uiPath: [...field.uiPath, 'items'],
      schema: field.schema.items as JsonSchema,
    };
  }
  return { path: field.path, schemaPath: field.schemaPath, uiPath: field.uiPath, schema: field.schema };
}

/** The UI node of a field (`{}` when it has none). */
export function uiOf(form: ServiceForm, uiPath: readonly string[]): Record<string, unknown> {
  const node = getIn(form.uiSchema, uiPath);
  return isRecord(node) ? node : {};
}

export function describePath(path: FieldPath): string {
  return JSON.stringify(path.join('/'));
}

export function isSamePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** True when `inner` is `outer` or lies inside it. */
export function isWithin(inner: FieldPath, outer: FieldPath): boolean {
  return outer.length <= inner.length && outer.every((key, i) => key === inner[i]);
}
