import { useId } from 'react';
import type { ConditionJoin, FormCondition } from '../../schema/service-definition.ts';
import { useOperations } from '../designer/operations-context.tsx';
import { useText } from '../i18n/LanguageProvider.tsx';
import { useFieldChange } from '../inspector/use-field-change.ts';
import { useDesigner } from '../store/designer-context.tsx';
import { RuleRow } from './RuleRow.tsx';
import { conditionIdFor, newRule, ruleFields } from './rule-defaults.ts';

const T = {
  lv: {
    legend: 'Kad rādīt šo lauku',
    always: 'Lauks tiek rādīts vienmēr.',
    add: 'Rādīt tikai, ja…',
    none: 'Nav neviena cita lauka, pēc kura varētu noteikt. Vispirms pievienojiet jautājumu.',
    intro: 'Rādīt šo lauku, ja',
    join: 'Jāizpildās',
    all: 'visiem nosacījumiem',
    any: 'jebkuram nosacījumam',
    more: 'Pievienot vēl vienu nosacījumu',
    remove: 'Rādīt vienmēr (noņemt nosacījumus)',
    hidden: 'Kamēr lauks nav redzams, tā atbilde netiek iesniegta.',
  },
  en: {
    legend: 'When to show this field',
    always: 'The field is always shown.',
    add: 'Show only if…',
    none: 'There is no other field to decide by. Add a question first.',
    intro: 'Show this field if',
    join: 'Must hold',
    all: 'all rules',
    any: 'any rule',
    more: 'Add another rule',
    remove: 'Always show (remove the rules)',
    hidden: 'While the field is hidden, its answer is not sent.',
  },
};

const L = { lv: 'rādīšanas nosacījums mainīts', en: 'condition changed' };

/**
 * Conditions without code (issue 3): "Rādīt šo lauku, ja [lauks] [ir / nav / ir viens no /
 * satur / ir lielāks par / ir mazāks par] [vērtība]", several joined by all or any, kept in
 * `form.conditions` through the operations' setCondition, which also compiles them into the
 * JSON Schema.
 */
export function ConditionEditor({ fieldId }: { fieldId: string }) {
  const t = useText(T);
  const id = useId();
  const ops = useOperations();
  const change = useFieldChange();
  const form = useDesigner((s) => s.definition.form);
  const key = fieldId.split('/').at(-1)!.replaceAll('~1', '/').replaceAll('~0', '~');
  const conditions = form.conditions ?? [];
  const condition = conditions.find((c) => c.target.kind === 'field' && c.target.id === key);
  const fields = ruleFields(form, key);
  const save = (next: FormCondition) => change(L, (d) => ops.setCondition(d, next), `condition:${next.id}`);

  return (
    <fieldset data-testid="conditions.editor">
      <legend>{t.legend}</legend>
      {!condition ? (
        <>
          <p>{t.always}</p>
          {fields.length === 0 ? (
            <p className="hint">{t.none}</p>
          ) : (
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                save({
                  id: conditionIdFor(key, conditions),
                  target: { kind: 'field', id: key },
                  join: 'all',
                  rules: [newRule(fields[0]!)],
                })
              }
              data-testid="conditions.add"
            >
              {t.add}
            </button>
          )}
        </>
      ) : (
        <>
          <p>{t.intro}</p>
          {condition.rules.length > 1 ? (
            <>
              <label htmlFor={`${id}-join`}>{t.join}</label>
              <select
                id={`${id}-join`}
                value={condition.join}
                onChange={(e) => save({ ...condition, join: e.target.value as ConditionJoin })}
                data-testid="conditions.join"
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
              onChange={(next) =>
                save({ ...condition, rules: condition.rules.map((r, j) => (j === i ? next : r)) })
              }
              onRemove={() =>
                condition.rules.length === 1
                  ? change(L, (d) => ops.removeCondition(d, condition.id))
                  : save({ ...condition, rules: condition.rules.filter((_, j) => j !== i) })
              }
            />
          ))}
          {fields.length > 0 ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => save({ ...condition, rules: [...condition.rules, newRule(fields[0]!)] })}
              data-testid="conditions.add-rule"
            >
              {t.more}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => change(L, (d) => ops.removeCondition(d, condition.id))}
            data-testid="conditions.remove"
          >
            {t.remove}
          </button>
          <p className="hint">{t.hidden}</p>
        </>
      )}
    </fieldset>
  );
}
