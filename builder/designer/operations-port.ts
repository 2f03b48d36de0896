import type { RichTextDoc } from '../../schema/rich-text/rich-text-doc.ts';
import type {
  FormCondition,
  IdentityClaim,
  Language,
  LocalizedText,
  PrefillSource,
  ServiceDefinition,
} from '../../schema/service-definition.ts';
import type { Place } from './field-place.ts';

/** A field type of the catalogue, as the palette offers it. */
export interface PaletteType {
  id: string;
  label: LocalizedText;
  hint?: LocalizedText;
  /** `question`: one answer; `group`: holds fields; `layout`: no answer. */
  kind: 'question' | 'group' | 'layout';
  /** What the properties panel may constrain for this type. */
  constraints: readonly string[];
  /** False for a type the platform cannot take yet (file attachments): shown, not offered. */
  available: boolean;
}

/** One option of a choice field as the options editor edits it. */
export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

type Def = ServiceDefinition;

export type { IdentityClaim };

/**
 * What the canvas needs from the pure definition operations (builder/operations, written by the
 * operations helper) and the field-type catalogue (schema/field-types). Components depend on this
 * port only; `wired-operations.ts` binds it to the real functions, so a change in their
 * signatures is a one-file change here.
 *
 * Containers are `step:<id>` for a step's top level and a field's id (its JSON Pointer) for the
 * inside of a section or repeating group.
 */
export interface OperationsPort {
  paletteTypes: readonly PaletteType[];
  /** The catalogue type of a field, for its name on the canvas and its inspector. */
  typeOf: (schema: unknown, ui: unknown) => string | undefined;
  addField: (
    def: ServiceDefinition,
    type: string,
    place: Place,
  ) => { definition: ServiceDefinition; id: string };
  moveField: (def: ServiceDefinition, id: string, place: Place) => ServiceDefinition;
  duplicateField: (def: ServiceDefinition, id: string) => { definition: ServiceDefinition; id: string };
  deleteField: (def: ServiceDefinition, id: string) => ServiceDefinition;
  /** A page break: a new step starts with this top-level field (never the first of its step). */
  addStep: (def: ServiceDefinition, beforeField: string, title: LocalizedText) => ServiceDefinition;
  renameStep: (def: ServiceDefinition, stepId: string, title: Partial<LocalizedText>) => ServiceDefinition;
  moveStep: (def: ServiceDefinition, stepId: string, index: number) => ServiceDefinition;
  deleteStep: (def: ServiceDefinition, stepId: string) => ServiceDefinition;

  // The properties panel; `id` is the field's JSON Pointer in the decompiled form.
  setLabel: (def: Def, id: string, language: Language, text: string) => Def;
  setHelp: (def: Def, id: string, language: Language, text: string, rich: RichTextDoc | undefined) => Def;
  setPlaceholder: (def: Def, id: string, language: Language, text: string) => Def;
  setRequired: (def: Def, id: string, required: boolean) => Def;
  setConstraint: (def: Def, id: string, name: string, value: number | string | undefined) => Def;
  setOptions: (def: Def, id: string, options: ChoiceOption[], display?: 'radio' | 'dropdown') => Def;
  setDefault: (def: Def, id: string, value: unknown) => Def;
  setReadOnly: (def: Def, id: string, readOnly: boolean) => Def;
  /** A file field's accepted types; undefined accepts the whole Latvian e-services list. */
  setFileTypes: (def: Def, id: string, types: readonly string[] | undefined) => Def;
  setPrefill: (def: Def, id: string, source: PrefillSource | null) => Def;
  setCondition: (def: Def, condition: FormCondition) => Def;
  /** Why a condition cannot be set (a developer sentence), or undefined: checked before setCondition. */
  conditionProblem: (def: Def, condition: FormCondition) => string | undefined;
  removeCondition: (def: Def, conditionId: string) => Def;
}
