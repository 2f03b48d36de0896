import type { Language, ServiceDefinition } from '../../schema/service-definition.ts';
import { ConditionEditor } from '../conditions/ConditionEditor.tsx';
import { useOperations } from '../designer/operations-context.tsx';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useDesigner } from '../store/designer-context.tsx';
import { ConstraintInputs } from './ConstraintInputs.tsx';
import { DefaultValueInput } from './DefaultValueInput.tsx';
import { FileTypesEditor } from './FileTypesEditor.tsx';
import { locateField, readFieldValues } from './field-values.ts';
import { HelpEditors } from './HelpEditors.tsx';
import { LocalizedInputs } from './LocalizedInputs.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';
import { PrefillEditor } from './PrefillEditor.tsx';
import { useFieldChange } from './use-field-change.ts';

const T = {
  lv: {
    heading: 'Lauka īpašības',
    nothing: 'Izvēlieties lauku veidlapā, lai mainītu tā nosaukumu, paskaidrojumu un citas īpašības.',
    kind: 'Veids',
    label: 'Nosaukums',
    placeholder: 'Ievades piemērs laukā',
    lv: 'Latviski',
    en: 'Angliski',
    required: 'Obligāti jāaizpilda',
    readOnly: 'Tikai lasāms (iedzīvotājs nevar mainīt)',
  },
  en: {
    heading: 'Field properties',
    nothing: 'Choose a field on the form to change its label, help text and other properties.',
    kind: 'Kind',
    label: 'Label',
    placeholder: 'Example shown in the field',
    lv: 'In Latvian',
    en: 'In English',
    required: 'Must be filled in',
    readOnly: 'Read-only (the citizen cannot change it)',
  },
};

const L = {
  label: { lv: 'nosaukums mainīts', en: 'label changed' },
  help: { lv: 'paskaidrojums mainīts', en: 'help text changed' },
  placeholder: { lv: 'ievades piemērs mainīts', en: 'placeholder changed' },
  required: { lv: 'obligātums mainīts', en: 'required changed' },
  limit: { lv: 'ierobežojums mainīts', en: 'limit changed' },
  options: { lv: 'izvēles iespējas mainītas', en: 'choices changed' },
  default: { lv: 'noklusējuma atbilde mainīta', en: 'default answer changed' },
  readOnly: { lv: 'tikai lasāms mainīts', en: 'read-only changed' },
  prefill: { lv: 'iepriekšēja aizpilde mainīta', en: 'prefill changed' },
  fileTypes: { lv: 'failu veidi mainīti', en: 'file types changed' },
};

/**
 * The properties panel of the selected field. Values are read from the definition on every
 * render (the store is the single source), and each edit is one pure operation through the store.
 */
export function Inspector() {
  const t = useText(T);
  const { language } = useLanguage();
  const ops = useOperations();
  const change = useFieldChange();
  const selected = useDesigner((s) => s.selected);
  const definition = useDesigner((s) => s.definition);
  const values = selected ? readFieldValues(definition, selected) : undefined;

  if (!selected || !values) {
    return (
      <aside className="inspector" aria-labelledby="inspector-heading" data-testid="builder.inspector">
        <h2 id="inspector-heading">{t.heading}</h2>
        <p>{t.nothing}</p>
      </aside>
    );
  }
  const id = selected;
  const located = values;
  const typeId = ops.typeOf(...nodeOf(definition, id));
  const type = ops.paletteTypes.find((p) => p.id === typeId);
  const isQuestion = type?.kind === 'question' || type === undefined;
  const textual =
    typeId === 'short-text' ||
    typeId === 'long-text' ||
    typeId === 'email' ||
    typeId === 'phone' ||
    typeId === 'number';
  const key = id;

  return (
    <aside className="inspector" aria-labelledby="inspector-heading" data-testid="builder.inspector">
      <h2 id="inspector-heading">
        {t.heading}: {located.label[language] || located.label.lv}
      </h2>
      <p>
        {t.kind}: {type?.label[language] ?? '—'}
      </p>
      <LocalizedInputs
        key={`label:${key}`}
        legend={t.label}
        labels={{ lv: t.lv, en: t.en }}
        value={located.label}
        onChange={(lang: Language, text: string) =>
          change(L.label, (d) => ops.setLabel(d, id, lang, text), `label:${id}:${lang}`)
        }
        testId="inspector.label"
      />
      <HelpEditors
        isContent={typeId === 'content'}
        fieldId={id}
        values={located}
        onCommit={(lang, plain, rich) => change(L.help, (d) => ops.setHelp(d, id, lang, plain, rich))}
      />
      {textual ? (
        <LocalizedInputs
          key={`placeholder:${key}`}
          legend={t.placeholder}
          labels={{ lv: t.lv, en: t.en }}
          languages={['lv']}
          value={located.placeholder}
          onChange={(lang, text) =>
            change(L.placeholder, (d) => ops.setPlaceholder(d, id, lang, text), `placeholder:${id}:${lang}`)
          }
          testId="inspector.placeholder"
        />
      ) : null}
      {isQuestion || type?.kind === 'group' ? (
        <label className="check">
          <input
            type="checkbox"
            checked={located.required}
            onChange={(e) => change(L.required, (d) => ops.setRequired(d, id, e.target.checked))}
            data-testid="inspector.required"
          />
          {t.required}
        </label>
      ) : null}
      <ConstraintInputs
        names={type?.constraints ?? []}
        values={located}
        onChange={(name, value) =>
          change(L.limit, (d) => ops.setConstraint(d, id, name, value), `limit:${id}:${name}`)
        }
      />
      {located.fileTypes ? (
        <FileTypesEditor
          types={located.fileTypes}
          onChange={(types) => change(L.fileTypes, (d) => ops.setFileTypes(d, id, types))}
        />
      ) : null}
      {located.options ? (
        <OptionsEditor
          display={
            typeId === 'single-choice'
              ? {
                  value:
                    (nodeOf(definition, id)[1] as Record<string, unknown> | undefined)?.['ui:widget'] ===
                    'select'
                      ? 'dropdown'
                      : 'radio',
                  onChange: (display) =>
                    change(L.options, (d) => ops.setOptions(d, id, located.options ?? [], display)),
                }
              : undefined
          }
          options={located.options}
          onChange={(options) => change(L.options, (d) => ops.setOptions(d, id, options), `options:${id}`)}
        />
      ) : null}
      {isQuestion ? (
        <>
          <DefaultValueInput
            typeId={typeId}
            value={located.defaultValue}
            options={located.options}
            onChange={(value) => change(L.default, (d) => ops.setDefault(d, id, value), `default:${id}`)}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={located.readOnly}
              onChange={(e) => change(L.readOnly, (d) => ops.setReadOnly(d, id, e.target.checked))}
              data-testid="inspector.read-only"
            />
            {t.readOnly}
          </label>
        </>
      ) : null}
      {isQuestion && located.prefill !== undefined ? (
        <PrefillEditor
          value={located.prefill}
          onChange={(source) => change(L.prefill, (d) => ops.setPrefill(d, id, source), `prefill:${id}`)}
        />
      ) : null}
      {id.split('/').length === 3 ? (
        <ConditionEditor
          target={{ kind: 'field', id: id.split('/')[2]!.replaceAll('~1', '/').replaceAll('~0', '~') }}
        />
      ) : null}
    </aside>
  );
}

function nodeOf(definition: ServiceDefinition, id: string): [unknown, unknown] {
  const located = locateField(definition, id);
  return [located?.schema, located?.ui];
}
