/**
 * Pure operations on a service definition (XGov designer/client/data): each takes a definition
 * and arguments and returns a new definition, sharing every part it did not change; misuse
 * (unknown field, step or condition, a value that does not fit) throws `new Error('<op>: ...')`.
 * The designer's store only sequences them, which makes undo/redo and autosave one hook.
 *
 * Every operation runs in editDefinition: conditions decompiled, the edit, order and references
 * made consistent, conditions compiled again. So every result passes checkDefinition (tested with
 * long random sequences), and its `form.schema` is always the compiled, plain JSON Schema.
 */
export { type AddFieldArgs, addField } from './add-field.ts';
export { type AddStepArgs, addStep, DEFAULT_FIRST_STEP_TITLE } from './add-step.ts';
export { type ConditionDraft, conditionProblem } from './condition-problem.ts';
export { deleteField } from './delete-field.ts';
export { deleteStep } from './delete-step.ts';
export { type DuplicateFieldArgs, duplicateField } from './duplicate-field.ts';
export { editDefinition } from './edit-definition.ts';
export { allFieldKeys, FIELD_KEY_PATTERN, nextFieldKey } from './field-keys.ts';
export { isFieldLinked } from './field-links.ts';
export { containerOrder, orderedKeys } from './field-order.ts';
export {
  type ContainerPlace,
  type FieldPath,
  type FieldPlace,
  locateContainer,
  locateField,
} from './field-path.ts';
export { type MoveFieldArgs, moveField } from './move-field.ts';
export { moveStep } from './move-step.ts';
export type { FieldLocation } from './place-field.ts';
export { removeCondition } from './remove-condition.ts';
export { renameStep } from './rename-step.ts';
export { setCondition } from './set-condition.ts';
export { type SetConstraintArgs, setConstraint } from './set-constraint.ts';
export { setDefault } from './set-default.ts';
export { setFileTypes } from './set-file-types.ts';
export { type SetOptionsArgs, setOptions } from './set-options.ts';
export { setPrefill } from './set-prefill.ts';
export { setReadOnly } from './set-read-only.ts';
export { setRequired } from './set-required.ts';
export { type UpdateFieldHelpArgs, updateFieldHelp } from './update-field-help.ts';
export { type UpdateFieldLabelArgs, updateFieldLabel } from './update-field-label.ts';
