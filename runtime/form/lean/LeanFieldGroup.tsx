import type { ErrorSchema, Registry, RJSFSchema, TranslatableString } from '@rjsf/utils';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FormContext, FormData } from '../form-context.ts';
import { TEXT_BUTTON_TEMPLATES } from '../templates/text-buttons.tsx';
import { LeanField } from './LeanField.tsx';
import type { LeanFieldPlan } from './lean-field-plan.ts';

export interface LeanFieldGroupProps {
  fields: readonly string[];
  plans: readonly LeanFieldPlan[];
  /** Read once, when the group mounts: afterwards the group holds its own answers. */
  readAnswers: () => FormData;
  errorSchema: ErrorSchema<FormData> | undefined;
  formContext: FormContext;
  translateString: (text: TranslatableString, params?: string[]) => string;
  onAnswers: (fields: readonly string[], answers: FormData) => void;
}

/** The group's answers when it first shows: its own fields' answers, and `default`s where none is given. */
function firstAnswers(
  answers: FormData,
  plans: readonly LeanFieldPlan[],
): { answers: FormData; filled: boolean } {
  const own: FormData = {};
  let filled = false;
  for (const plan of plans) {
    if (Object.hasOwn(answers, plan.name) && answers[plan.name] !== undefined)
      own[plan.name] = answers[plan.name];
    else if (plan.defaultValue !== undefined) {
      own[plan.name] = structuredClone(plan.defaultValue);
      filled = true;
    }
  }
  return { answers: own, filled };
}

function messagesOf(errorSchema: ErrorSchema<FormData> | undefined, field: string): string[] | undefined {
  if (!errorSchema || !Object.hasOwn(errorSchema, field)) return undefined;
  const errors = (errorSchema as Record<string, { __errors?: string[] } | undefined>)[field]?.__errors;
  return Array.isArray(errors) ? errors : undefined;
}

/**
 * Plain questions of a step without an RJSF form around them (issue 4, time to ready: a
 * 1,000-field step spent a third of its first render in RJSF's per-form and per-field work). The
 * same markup and the same answers as {@link FieldGroup} for the questions `leanFieldPlan` accepts
 * (lean-markup.test.tsx holds the two together): a change sets the question's answer, a cleared
 * box leaves it unanswered, and `default`s fill unanswered questions when the group first shows.
 * A keystroke re-renders this group's changed question only.
 */
export const LeanFieldGroup = memo(function LeanFieldGroup({
  fields,
  plans,
  readAnswers,
  errorSchema,
  formContext,
  translateString,
  onAnswers,
}: LeanFieldGroupProps) {
  const [first] = useState(() => firstAnswers(readAnswers(), plans));
  const [answers, setAnswers] = useState(first.answers);
  const latest = useRef(answers);
  // What RJSF's widgets and our templates read of its registry: the page's language and texts.
  const registry = useMemo(
    () =>
      ({
        formContext,
        translateString,
        templates: { ButtonTemplates: TEXT_BUTTON_TEMPLATES },
      }) as unknown as Registry<FormData, RJSFSchema, FormContext>,
    [formContext, translateString],
  );
  const onAnswer = useCallback(
    (name: string, value: unknown) => {
      const next = { ...latest.current, [name]: value };
      latest.current = next;
      setAnswers(next);
      onAnswers(fields, next);
    },
    [fields, onAnswers],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the group mounts.
  useEffect(() => {
    if (first.filled) onAnswers(fields, latest.current);
  }, []);
  return (
    <div className="field-group">
      <div className="form-group rjsf-field rjsf-field-object field">
        {plans.map((plan) => (
          <LeanField
            key={plan.name}
            plan={plan}
            value={answers[plan.name]}
            errors={messagesOf(errorSchema, plan.name)}
            registry={registry}
            onAnswer={onAnswer}
          />
        ))}
      </div>
    </div>
  );
});
