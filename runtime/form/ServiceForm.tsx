import type { RJSFSchema } from '@rjsf/utils';
import { useCallback, useRef, useState } from 'react';
import type { Language, ServiceForm as ServiceFormModel } from '../../schema/service-definition.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import { createFormValidator } from './create-form-validator.ts';
import type { FormData } from './form-context.ts';
import { StepFields } from './StepFields.tsx';
import { useFormModel } from './use-form-model.ts';

export type { FormData };

export interface ServiceFormProps {
  form: ServiceFormModel;
  language: Language;
  strings: UiStrings;
  /** The answers shown; the preview reports every change and keeps nothing itself. */
  formData: FormData;
  onChange: (data: FormData) => void;
  /** Which visible step to show, from 0; the first when absent or beyond the last. */
  step?: number;
}

/**
 * One step of a form exactly as citizens see it (same layout, templates, autofill tokens and
 * texts), for the builder's live preview. The citizen pages add the step navigation, checks and
 * submission around the same {@link StepFields}.
 */
export function ServiceForm({ form, language, strings, formData, onChange, step = 0 }: ServiceFormProps) {
  // A draft changes as it is designed, so nothing is precompiled for it: this validator compiles
  // (the builder's pages allow it; the citizen pages use precompiled validators).
  const [validator] = useState(() => createFormValidator<FormData, RJSFSchema>());
  const model = useFormModel(form, language, validator);
  const latest = useRef(formData);
  latest.current = formData;
  const readAnswers = useCallback(() => latest.current, []);
  const onAnswers = useCallback(
    (fields: readonly string[], values: FormData) => {
      const next: FormData = { ...latest.current };
      for (const field of fields) {
        if (values[field] === undefined) delete next[field];
        else next[field] = values[field];
      }
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );
  const steps = model.layout.steps(formData);
  const shown = steps[step] ?? steps[0];
  const title = shown?.step ? shown.step.title[language] || shown.step.title.lv : undefined;
  return (
    <div className="service-form" data-testid="runtime.preview">
      {title ? <h2 className="form-step__title">{title}</h2> : null}
      <StepFields
        model={model}
        fields={shown?.fields ?? []}
        answers={formData}
        readAnswers={readAnswers}
        errorSchema={undefined}
        onAnswers={onAnswers}
        language={language}
        strings={strings}
      />
    </div>
  );
}
