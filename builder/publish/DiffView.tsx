import { useText } from '../i18n/LanguageProvider.tsx';
import type { DefinitionDiff, FieldAspect } from './diff-definitions.ts';
import { isEmptyDiff } from './diff-definitions.ts';

const T = {
  lv: {
    none: 'Izmaiņu nav.',
    added: 'Pievienoti lauki',
    removed: 'Noņemti lauki',
    changed: 'Mainīti lauki',
    steps: 'Mainīti soļi.',
    conditions: 'Mainīti nosacījumi.',
    details: 'Mainīts nosaukums vai apraksts.',
    settings: 'Mainīti pakalpojuma iestatījumi.',
    aspects: {
      label: 'nosaukums',
      help: 'paskaidrojums',
      required: 'obligātums',
      kind: 'veids',
      limits: 'ierobežojumi',
      choices: 'izvēles',
      default: 'noklusējums',
      other: 'citi iestatījumi',
    } as Record<FieldAspect, string>,
  },
  en: {
    none: 'No changes.',
    added: 'Fields added',
    removed: 'Fields removed',
    changed: 'Fields changed',
    steps: 'Steps changed.',
    conditions: 'Conditions changed.',
    details: 'Name or description changed.',
    settings: 'Service settings changed.',
    aspects: {
      label: 'label',
      help: 'help text',
      required: 'required',
      kind: 'kind',
      limits: 'limits',
      choices: 'choices',
      default: 'default',
      other: 'other settings',
    } as Record<FieldAspect, string>,
  },
};

/** A version difference as short lists, fields named by their labels. */
export function DiffView({ diff }: { diff: DefinitionDiff }) {
  const t = useText(T);
  if (isEmptyDiff(diff)) return <p data-testid="builder.diff">{t.none}</p>;
  return (
    <div data-testid="builder.diff">
      {diff.added.length > 0 ? (
        <>
          <h3>{t.added}</h3>
          <ul data-testid="builder.diff.added">
            {diff.added.map((f) => (
              <li key={f.pointer}>{f.label}</li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.removed.length > 0 ? (
        <>
          <h3>{t.removed}</h3>
          <ul data-testid="builder.diff.removed">
            {diff.removed.map((f) => (
              <li key={f.pointer}>{f.label}</li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.changed.length > 0 ? (
        <>
          <h3>{t.changed}</h3>
          <ul data-testid="builder.diff.changed">
            {diff.changed.map((f) => (
              <li key={f.pointer}>
                {f.label}: {f.aspects.map((a) => t.aspects[a]).join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.stepsChanged ? <p>{t.steps}</p> : null}
      {diff.conditionsChanged ? <p data-testid="builder.diff.conditions">{t.conditions}</p> : null}
      {diff.detailsChanged ? <p>{t.details}</p> : null}
      {diff.settingsChanged ? <p>{t.settings}</p> : null}
    </div>
  );
}
