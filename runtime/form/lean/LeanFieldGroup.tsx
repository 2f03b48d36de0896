import { type ErrorSchema, TranslatableString } from '@rjsf/utils';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FormContext, FormData } from '../form-context.ts';
import { answerOf, controlOf, NO_ANSWER, redrawGroup, showMessages } from './lean-field-dom.ts';
import { type LeanTexts, leanFieldMarkup } from './lean-field-markup.ts';
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

const sameMessages = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).join('\n') === (b ?? []).join('\n');

function groupMarkup(
  plans: readonly LeanFieldPlan[],
  answers: FormData,
  errorSchema: ErrorSchema<FormData> | undefined,
  texts: LeanTexts,
): string {
  let html = '';
  for (const plan of plans)
    html += leanFieldMarkup(plan, answers[plan.name], messagesOf(errorSchema, plan.name), texts);
  return html;
}

/**
 * Plain questions of a step without React elements per question (issue 4, time to ready: a
 * 1,000-question step spent most of its first render building elements one by one). The group
 * draws its questions' markup once, as a string the browser parses (lean-field-markup.ts, held
 * equal to what RJSF draws by lean-markup.test.tsx), and from then on:
 * - a change in a control sets its question's answer, as the question's widget would report it
 *   (lean-field-dom.ts), and hands the group's answers on; the control keeps what was typed;
 * - new messages are shown in place, in the questions whose messages changed, without touching
 *   their controls (focus, caret and typed text stay);
 * - other questions or texts while it is shown (the builder's preview, as the definition is
 *   edited) draw the group again from its answers, keeping typed text and focus (a language
 *   switch remounts the group: StepFields keys it by language).
 * `default`s fill unanswered questions when the group first shows, as RJSF does.
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
  const answers = useRef(first.answers);
  const texts = useMemo<LeanTexts>(
    () => ({
      language: formContext.language,
      dateHint: formContext.strings.form.dateHint,
      yes: translateString(TranslatableString.YesLabel),
      no: translateString(TranslatableString.NoLabel),
    }),
    [formContext, translateString],
  );
  // The markup as first drawn. React never draws it again (the string stays the same); the
  // effects below change it in place.
  const [html] = useState(() => groupMarkup(plans, first.answers, errorSchema, texts));
  const container = useRef<HTMLDivElement>(null);
  const drawn = useRef({ plans, texts, errorSchema });
  // Every control's name is its question's id (a radio group's buttons share it).
  const byName = useMemo(() => new Map(plans.map((plan) => [plan.id, plan])), [plans]);
  const latest = useRef({ fields, byName, texts, onAnswers });
  latest.current = { fields, byName, texts, onAnswers };

  useLayoutEffect(() => {
    const element = container.current;
    const before = drawn.current;
    drawn.current = { plans, texts, errorSchema };
    if (!element || (before.plans === plans && before.texts === texts && before.errorSchema === errorSchema))
      return;
    if (before.plans !== plans || before.texts !== texts) {
      redrawGroup(element, groupMarkup(plans, answers.current, errorSchema, texts), plans, answers.current);
      return;
    }
    plans.forEach((plan, index) => {
      const messages = messagesOf(errorSchema, plan.name);
      const wrapper = element.children[index] as HTMLElement | undefined;
      if (wrapper && !sameMessages(messagesOf(before.errorSchema, plan.name), messages))
        showMessages(wrapper, plan, messages);
    });
  }, [plans, texts, errorSchema]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onChange = (event: Event) => {
      const control = controlOf(event.target);
      if (!control) return;
      const current = latest.current;
      const plan = current.byName.get(control.name);
      if (!plan) return;
      const answer = answerOf(plan, control, current.texts);
      if (answer === NO_ANSWER) return;
      if (Object.hasOwn(answers.current, plan.name) && Object.is(answers.current[plan.name], answer)) return;
      answers.current = { ...answers.current, [plan.name]: answer };
      current.onAnswers(current.fields, answers.current);
    };
    // `input` as the user types (React's onChange), `change` for lists, radio buttons and checkboxes.
    element.addEventListener('input', onChange);
    element.addEventListener('change', onChange);
    return () => {
      element.removeEventListener('input', onChange);
      element.removeEventListener('change', onChange);
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the group mounts.
  useEffect(() => {
    if (first.filled) onAnswers(fields, answers.current);
  }, []);

  return (
    <div className="field-group">
      <div
        ref={container}
        className="form-group rjsf-field rjsf-field-object field"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: lean-field-markup.ts escapes every text of the definition and the answers.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
});
