import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';
import { isFieldLinked } from './field-links.ts';
import {
  describePath,
  type FieldPath,
  isSamePath,
  isWithin,
  locateContainer,
  locateField,
} from './field-path.ts';
import { type FieldLocation, insertField, readFieldParts, removeField } from './place-field.ts';
import { uniqueName } from './slug.ts';
import { isRecord } from './update-in.ts';

export interface MoveFieldArgs {
  field: FieldPath;
  /** `index` is the position after the move (as dnd-kit reports it). */
  to: FieldLocation;
}

/**
 * Moves a field within its container, across steps, or into and out of sections and repeating
 * groups, with its required flag, UI settings and English texts. The key stays the same unless
 * the target container already has one of that name (only possible in hand-written forms).
 * Refused: moving a container into itself, and moving a field that conditions or prefill rules
 * name out of the top level (isFieldLinked).
 * @example moveField(def, { field: ['email'], to: { step: 'contact', index: 0 } })
 */
export function moveField(def: ServiceDefinition, args: MoveFieldArgs): ServiceDefinition {
  return editDefinition(def, 'moveField', (open) => {
    const field = locateField(open.form, args.field, 'moveField');
    const parent = args.to.parent ?? [];
    if (isWithin(parent, field.path))
      throw new Error(`moveField: ${describePath(field.path)} cannot go inside itself`);
    if (parent.length > 0 && isFieldLinked(def, field.path)) {
      throw new Error(
        `moveField: conditions or prefill rules name ${describePath(field.path)}; remove them first`,
      );
    }
    const parts = readFieldParts(open.form, field);
    const without = removeField(open.form, field);
    const target = locateContainer(without, parent, 'moveField');
    const staying = isSamePath(target.path, field.container.path);
    const taken = isRecord(target.schema.properties)
      ? new Set(Object.keys(target.schema.properties))
      : new Set<string>();
    const key = staying ? parts.key : uniqueName(parts.key, taken);
    return { ...open, form: insertField(without, target, args.to, { ...parts, key }, 'moveField') };
  });
}
