import { useEffect, useId, useState } from 'react';
import type { ConditionJoin, FormCondition } from '../../schema/service-definition.ts';
import { useOperations } from '../designer/operations-context.tsx';
import { useText } from '../i18n/LanguageProvider.tsx';
import { useFieldChange } from '../inspector/use-field-change.ts';
import { useDesigner } from '../store/designer-context.tsx';
import { RuleRow } from './RuleRow.tsx';
import { conditionIdFor, newRule, ruleFields } from './rule-defaults.ts';

const T = {
  lv: {
    legend: { field: 'Kad rādīt šo lauku', step: 'Kad rādīt šo soli' },
    always: { field: 'Lauks tiek rādīts vienmēr.', step: 'Solis tiek rādīts vienmēr.' },
    add: 'Rādīt tikai, ja…',
    none: 'Nav neviena cita lauka, pēc kura varētu noteikt. Vispirms pievienojiet jautājumu.',
    intro: { field: 'Rādīt šo lauku, ja', step: 'Rādīt šo soli, ja' },
    join: 'Jāizpildās',
    all: 'visiem nosacījumiem',
    any: 'jebkuram nosacījumam',
    more: 'Pievienot vēl vienu nosacījumu',
    remove: 'Rādīt vienmēr (noņemt nosacījumus)',
    hidden: {
      field: 'Kamēr lauks nav redzams, tā atbilde netiek iesniegta.',
      step: 'Kamēr solis nav redzams, tā atbildes netiek iesniegtas.',
    },
    invalid: 'Nosacījums vēl nav saglabāts: pārbaudiet lauku un vērtību.',
    circle: 'Nosacījums nav saglabāts: lauki nedrīkst rādīt viens otru pa apli.',
  },
  en: {
    legend: { field: 'When to show this field', step: 'When to show this step' },
    always: { field: 'The field is always shown.', step: 'The step is always shown.' },
    add: 'Show only if…',
    none: 'There is no other field to decide by. Add a question first.',
    intro: { field: 'Show this field if', step: 'Show this step if' },
    join: 'Must hold',
    all: 'all rules',
    any: 'any rule',
    more: 'Add another rule',
    remove: 'Always show (remove the rules)',
    hidden: {
      field: 'While the field is hidden, its answer is not sent.',
      step: 'While the step is hidden, its answers are not sent.',
    },
    invalid: 'The condition is not saved yet: check its field and value.',
    circle: 'The condition is not saved: fields may not show each other in a circle.',
  },
};

const L = { lv: 'rādīšanas nosacījums mainīts', en: 'condition changed' };

/**
 * Conditions without code (issue 3): "Rādīt šo lauku, ja [lauks] [ir / nav / ir viens no /
 * satur / ir lielāks par / ir mazāks par] [vērtība]", several joined by all or any, kept in
 * `form.conditions` through the operations' setCondition, which also compiles them into the
 * JSON Schema.
 */
export function ConditionEditor({ target }: { target: { kind: 'field' | 'step'; id: string } }) {
  const t = useText(T);
  const id = useId();
  const ops = useOperations();
  const change = useFieldChange();
  const form = useDesigner((s) => s.definition.form);
  const key = target.id;
  const kind = target.kind;
  /** Test ids: `conditions.*` for the selected field, `conditions.step-<id>.*` for a step. */
  const base = kind === 'field' ? 'conditions' : `conditions.step-${key}`;
  const conditions = form.conditions ?? [];
  const stored = conditions.find((c) => c.target.kind === kind && c.target.id === key);
  // A step cannot depend on its own fields (the checker would refuse the circle): offer the others.
  const own = kind === 'step' ? new Set(form.steps.find((s) => s.id === key)?.fields ?? []) : new Set([key]);
  const fields = ruleFields(form, key).filter((f) => !own.has(f.key));
  // What staff are typing may not fit yet (an empty text, half a number): it is kept here and
  // saved as soon as it is a condition the checker accepts.
  const [draft, setDraft] = useState<FormCondition | undefined>(stored);
  const [problem, setProblem] = useState<string | undefined>();
  const storedJson = JSON.stringify(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the stored condition (undo, another field) by value.
  useEffect(() => {
    setDraft(stored);
    setProblem(undefined);
  }, [storedJson, key]);
  const definition = useDesigner((s) => s.definition);
  const condition = draft;
  const save = (next: FormCondition) => {
    setDraft(next);
    const why = ops.conditionProblem(definition, next);
    if (why) return setProblem(why.includes('circle') ? t.circle : t.invalid);
    setProblem(undefined);
    change(L, (d) => ops.setCondition(d, next), `condition:${next.id}`);
  };

  return (
    <fieldset data-testid={`${base}.editor`}>
      <legend>{t.legend[kind]}</legend>
      {!condition ? (
        <>
          <p>{t.always[kind]}</p>
          {fields.length === 0 ? (
            <p className="hint">{t.none}</p>
          ) : (
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                save({
                  id: conditionIdFor(kind === 'step' ? `step-${key}` : key, conditions),
                  target: { kind, id: key },
                  join: 'all',
                  rules: [newRule(fields[0]!)],
                })
              }
              data-testid={`${base}.add`}
            >
              {t.add}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t.intro[kind]}</p>
          {condition.rules.length > 1 ? (
            <>
              <label htmlFor={`${id}-join`}>{t.join}</label>
              <select
                id={`${id}-join`}
                value={condition.join}
                onChange={(e) => save({ ...condition, join: e.target.value as ConditionJoin })}
                data-testid={`${base}.join`}
              >
                <option value="all">{t.all}</option>
                <option value="any">{t.any}</option>
              </select>
            </>
          ) : null}
          {condition.rules.map((rule, i) => (
            <RuleRow
              // biome-ignore lint/suspicious/noArrayIndexKey: rules have no id of their own; their place is their identity.
              key={i}
              index={i}
              rule={rule}
              fields={fields}
              testIdBase={base}
              onChange={(next) =>
                save({ ...condition, rules: condition.rules.map((r, j) => (j === i ? next : r)) })
              }
              onRemove={() =>
                condition.rules.length === 1
                  ? stored
                    ? change(L, (d) => ops.removeCondition(d, condition.id))
                    : setDraft(undefined)
                  : save({ ...condition, rules: condition.rules.filter((_, j) => j !== i) })
              }
            />
          ))}
          {fields.length > 0 ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => save({ ...condition, rules: [...condition.rules, newRule(fields[0]!)] })}
              data-testid={`${base}.add-rule`}
            >
              {t.more}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() =>
              stored ? change(L, (d) => ops.removeCondition(d, condition.id)) : setDraft(undefined)
            }
            data-testid={`${base}.remove`}
          >
            {t.remove}
          </button>
          {problem ? (
            <p className="error" role="status" data-testid={`${base}.problem`}>
              {problem}
            </p>
          ) : null}
          <p className="hint">{t.hidden[kind]}</p>
        </>
      )}
    </fieldset>
  );
}
