import { useId } from 'react';
import { ruleProblem } from '../../schema/conditions/condition-ops.ts';
import type { ConditionOp, ConditionRule } from '../../schema/service-definition.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import { RuleValueInput } from './RuleValueInput.tsx';
import { defaultValue, type RuleField, ruleOptions } from './rule-defaults.ts';

const T = {
  lv: {
    field: 'Lauks',
    op: 'Salīdzinājums',
    ops: {
      is: 'ir',
      is_not: 'nav',
      is_one_of: 'ir viens no',
      contains: 'satur',
      greater_than: 'ir lielāks par',
      less_than: 'ir mazāks par',
    } as Record<ConditionOp, string>,
    remove: 'Noņemt nosacījumu',
    bad: 'Šī vērtība neder izvēlētajam laukam.',
    rule: (n: number) => `${n}. nosacījums`,
  },
  en: {
    field: 'Field',
    op: 'Comparison',
    ops: {
      is: 'is',
      is_not: 'is not',
      is_one_of: 'is one of',
      contains: 'contains',
      greater_than: 'is greater than',
      less_than: 'is less than',
    } as Record<ConditionOp, string>,
    remove: 'Remove this rule',
    bad: 'This value does not fit the chosen field.',
    rule: (n: number) => `Rule ${n}`,
  },
};

/** "[lauks] [ir / nav / ...] [vērtība]": one rule, offering only comparisons that fit the field. */
export function RuleRow(props: {
  testIdBase: string;
  index: number;
  rule: ConditionRule;
  fields: RuleField[];
  onChange: (rule: ConditionRule) => void;
  onRemove: () => void;
}) {
  const t = useText(T);
  const id = useId();
  const { rule, fields, onChange } = props;
  const field = fields.find((f) => f.key === rule.field);
  const problem = field ? ruleProblem(field.schema, rule) : undefined;
  return (
    <fieldset className="rule" data-testid={`${props.testIdBase}.rule.${props.index}`}>
      <legend>{t.rule(props.index + 1)}</legend>
      <label htmlFor={`${id}-field`}>{t.field}</label>
      <select
        id={`${id}-field`}
        value={rule.field}
        onChange={(e) => {
          const next = fields.find((f) => f.key === e.target.value);
          if (next)
            onChange({ field: next.key, op: next.ops[0]!, value: defaultValue(next.schema, next.ops[0]!) });
        }}
        data-testid={`${props.testIdBase}.field.${props.index}`}
      >
        {field ? null : <option value={rule.field}>{rule.field}</option>}
        {fields.map((f) => (
          <option key={f.key} value={f.key}>
            {f.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-op`}>{t.op}</label>
      <select
        id={`${id}-op`}
        value={rule.op}
        onChange={(e) => {
          const op = e.target.value as ConditionOp;
          onChange({ ...rule, op, value: field ? defaultValue(field.schema, op) : rule.value });
        }}
        data-testid={`${props.testIdBase}.op.${props.index}`}
      >
        {(field?.ops ?? [rule.op]).map((op) => (
          <option key={op} value={op}>
            {t.ops[op]}
          </option>
        ))}
      </select>
      {field ? (
        <RuleValueInput
          schema={field.schema}
          options={ruleOptions(field.schema)}
          op={rule.op}
          value={rule.value}
          onChange={(value) => onChange({ ...rule, value })}
          testId={`${props.testIdBase}.value.${props.index}`}
          describedBy={problem ? `${id}-problem` : undefined}
        />
      ) : null}
      {problem ? (
        <p className="error" id={`${id}-problem`}>
          {t.bad}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--small button--danger"
        onClick={props.onRemove}
        data-testid={`${props.testIdBase}.remove-rule.${props.index}`}
      >
        {t.remove}
      </button>
    </fieldset>
  );
}
