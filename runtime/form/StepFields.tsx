import type { ErrorSchema } from '@rjsf/utils';
import { useMemo, useRef } from 'react';
import type { Language } from '../../schema/service-definition.ts';
import type { UiStrings } from '../i18n/ui-strings.ts';
import type { FieldGroupSpec } from './create-form-layout.ts';
import { FieldGroup } from './FieldGroup.tsx';
import type { FormContext, FormData } from './form-context.ts';
import { LeanFieldGroup } from './lean/LeanFieldGroup.tsx';
import { createTranslateString } from './rjsf-translate-string.ts';
import type { FormModel } from './use-form-model.ts';

export interface StepFieldsProps {
  model: FormModel;
  fields: readonly string[];
  /** The current answers: a form with conditions lays its fields out from them. */
  answers: FormData;
  /** Stable; read by each group once, when it mounts. */
  readAnswers: () => FormData;
  /** Messages by field, in the page's language. */
  errorSchema: ErrorSchema<FormData> | undefined;
  /** Stable; called with a group's fields and its answers on every change. */
  onAnswers: (fields: readonly string[], answers: FormData) => void;
  language: Language;
  strings: UiStrings;
}

type Errors = ErrorSchema<FormData> | undefined;

/**
 * Each group's share of the errors, as the same object while its part does not change, so a
 * message appearing in one group does not re-render the others.
 */
function useGroupErrors(groups: readonly FieldGroupSpec[], errorSchema: Errors): Map<string, Errors> {
  const previous = useRef(new Map<string, { json: string; errors: Errors }>());
  return useMemo(() => {
    const next = new Map<string, { json: string; errors: Errors }>();
    const result = new Map<string, Errors>();
    for (const group of groups) {
      let errors: Record<string, unknown> | undefined;
      for (const field of group.fields) {
        const own =
          errorSchema && Object.hasOwn(errorSchema, field)
            ? (errorSchema as Record<string, unknown>)[field]
            : undefined;
        if (own !== undefined) {
          errors ??= {};
          errors[field] = own;
        }
      }
      const json = errors ? JSON.stringify(errors) : '';
      const kept = previous.current.get(group.key);
      const entry = kept && kept.json === json ? kept : { json, errors: errors as Errors };
      next.set(group.key, entry);
      result.set(group.key, entry.errors);
    }
    previous.current = next;
    return result;
  }, [groups, errorSchema]);
}

/**
 * The questions of one step, and only those (issue 4: render only the current step), split
 * into the layout's groups: plain questions drawn by the lean renderer, the others by RJSF.
 * Groups remount on a language switch, reading the answers kept by the page, so nothing typed is
 * lost.
 */
export function StepFields({
  model,
  fields,
  answers,
  readAnswers,
  errorSchema,
  onAnswers,
  language,
  strings,
}: StepFieldsProps) {
  const { layout, validator } = model;
  const layoutAnswers = layout.dependsOnAnswers ? answers : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `layoutAnswers` stands for `answers` where they matter.
  const groups = useMemo(() => layout.groupsFor(fields, answers), [layout, fields, layoutAnswers]);
  const groupErrors = useGroupErrors(groups, errorSchema);
  const formContext = useMemo<FormContext>(() => ({ language, strings }), [language, strings]);
  const translateString = useMemo(() => createTranslateString(strings.formLibrary), [strings]);
  return (
    <div className="rjsf step-fields">
      {groups.map((group) =>
        group.lean ? (
          <LeanFieldGroup
            key={`${language}:${group.key}`}
            fields={group.fields}
            plans={group.lean}
            readAnswers={readAnswers}
            errorSchema={groupErrors.get(group.key)}
            formContext={formContext}
            translateString={translateString}
            onAnswers={onAnswers}
          />
        ) : (
          <FieldGroup
            key={`${language}:${group.key}`}
            spec={group}
            readAnswers={readAnswers}
            errorSchema={groupErrors.get(group.key)}
            validator={validator}
            formContext={formContext}
            translateString={translateString}
            onAnswers={onAnswers}
          />
        ),
      )}
    </div>
  );
}
