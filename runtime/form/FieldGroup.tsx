import Form, { type IChangeEvent } from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, TranslatableString, UiSchema, ValidatorType } from '@rjsf/utils';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { ArrayOrAttachmentField } from '../attachments/AttachmentField.tsx';
import { DEFAULT_FORM_STATE, type FieldGroupSpec } from './create-form-layout.ts';
import { NumberField } from './fields/NumberField.tsx';
import type { FormContext, FormData } from './form-context.ts';
import { FieldTemplate } from './templates/FieldTemplate.tsx';
import { GroupFields } from './templates/GroupFields.tsx';
import { TEXT_BUTTON_TEMPLATES } from './templates/text-buttons.tsx';
import { EmailWidget, InputTemplate, TextWidget } from './widgets/InputWidget.tsx';
import { LatvianDateWidget } from './widgets/LatvianDateWidget.tsx';
import { SelectWidget } from './widgets/SelectWidget.tsx';

const TEMPLATES = {
  FieldTemplate,
  ObjectFieldTemplate: GroupFields,
  ButtonTemplates: TEXT_BUTTON_TEMPLATES,
  BaseInputTemplate: InputTemplate,
};
// Lean copies of RJSF's input and dropdown (issue 4: a 1,000-field step renders them all at once).
const WIDGETS = { DateWidget: LatvianDateWidget, TextWidget, EmailWidget, SelectWidget };
// File fields (issue 4) are arrays of upload tokens: ArrayField shows them as the file widget.
const FIELDS = { NumberField, ArrayField: ArrayOrAttachmentField };

export interface FieldGroupProps {
  spec: FieldGroupSpec;
  /** Read once, when the group mounts: afterwards the group's form holds its own answers. */
  readAnswers: () => FormData;
  errorSchema: ErrorSchema<FormData> | undefined;
  validator: ValidatorType<FormData, RJSFSchema>;
  formContext: FormContext;
  translateString: (text: TranslatableString, params?: string[]) => string;
  onAnswers: (fields: readonly string[], answers: FormData) => void;
}

function pick(data: FormData, fields: readonly string[]): FormData {
  const picked: FormData = {};
  for (const field of fields) if (Object.hasOwn(data, field)) picked[field] = data[field];
  return picked;
}

/**
 * Some questions of a step, rendered by one @rjsf/core form. Uncontrolled: the form keeps its
 * own answers and reports each change, so a keystroke costs one small form's bookkeeping and
 * never re-renders the other groups (memo: their props do not change). The page's own `<form>`
 * wraps all groups, so these render as `<div>`s and Enter in a field means "Continue".
 * Validation is the page's: errors come in as `errorSchema` (RJSF's `extraErrors`). The schema's
 * `default`s are filled by each group when it first shows, so a 1,000-field form does not compute
 * them all at load (RJSF's getDefaultFormState grows faster than the form).
 */
export const FieldGroup = memo(function FieldGroup({
  spec,
  readAnswers,
  errorSchema,
  validator,
  formContext,
  translateString,
  onAnswers,
}: FieldGroupProps) {
  const [initial] = useState(() => {
    const answers = readAnswers();
    return spec.holdsAllAnswers ? answers : pick(answers, spec.fields);
  });
  const { fields } = spec;
  // RJSF reports the schema's defaults while the form is being constructed, i.e. during React's
  // render, when the page's state must not change: such a report waits until the group is mounted.
  const mounted = useRef(false);
  const early = useRef<FormData | undefined>(undefined);
  const onChange = useCallback(
    (event: IChangeEvent<FormData>) => {
      if (mounted.current) onAnswers(fields, event.formData ?? {});
      else early.current = event.formData ?? {};
    },
    [fields, onAnswers],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the group mounts.
  useEffect(() => {
    mounted.current = true;
    if (early.current) onAnswers(fields, early.current);
    early.current = undefined;
  }, []);
  return (
    <Form<FormData, RJSFSchema, FormContext>
      tagName="div"
      className="field-group"
      schema={spec.schema as RJSFSchema}
      uiSchema={spec.uiSchema as UiSchema<FormData, RJSFSchema, FormContext>}
      validator={validator}
      initialFormData={initial}
      extraErrors={errorSchema}
      formContext={formContext}
      templates={TEMPLATES}
      widgets={WIDGETS}
      fields={FIELDS}
      translateString={translateString}
      experimental_defaultFormStateBehavior={DEFAULT_FORM_STATE}
      showErrorList={false}
      onChange={onChange}
    />
  );
});
