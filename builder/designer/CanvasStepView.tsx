import { memo, useState } from 'react';
import { ConditionEditor } from '../conditions/ConditionEditor.tsx';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useDesignerStore } from '../store/designer-context.tsx';
import { type CanvasStep, stepContainerId } from './canvas-model.ts';
import { FieldList } from './FieldList.tsx';
import { fieldChanges } from './field-changes.ts';
import { useOperations } from './operations-context.tsx';

const T = {
  lv: {
    step: (n: number) => `${n}. solis`,
    titleLv: 'Soļa nosaukums latviski',
    titleEn: 'Soļa nosaukums angliski',
    up: 'Solis augšup',
    down: 'Solis lejup',
    remove: 'Dzēst soli',
    fields: (name: string) => `Lauki solī '${name}'`,
    when: 'Kad rādīt šo soli',
    form: 'Veidlapas lauki',
  },
  en: {
    step: (n: number) => `Step ${n}`,
    titleLv: 'Step name in Latvian',
    titleEn: 'Step name in English',
    up: 'Step up',
    down: 'Step down',
    remove: 'Delete step',
    fields: (name: string) => `Fields in step '${name}'`,
    when: 'When to show this step',
    form: 'Form fields',
  },
};

/** One step of the form on the canvas: its names (editable in place), step moves, its fields. */
export const CanvasStepView = memo(function CanvasStepView(props: {
  step: CanvasStep;
  position: number;
  count: number;
}) {
  const { step, position, count } = props;
  const t = useText(T);
  const { language } = useLanguage();
  const store = useDesignerStore();
  const changes = fieldChanges(useOperations());
  const name = step.title[language] || step.title.lv || t.step(position + 1);
  const [conditionOpen, setConditionOpen] = useState(false);
  const perform = store.getState().perform;

  if (step.id === null) {
    return (
      <section className="canvas-step" data-testid="builder.canvas.step">
        <FieldList
          droppableId={stepContainerId(null)}
          nodes={step.nodes}
          label={t.form}
          testId="builder.canvas.list"
        />
      </section>
    );
  }
  const id = step.id;
  return (
    <section
      className="canvas-step"
      aria-labelledby={`step-${id}-h`}
      data-testid={`builder.canvas.step.${id}`}
    >
      <div className="canvas-step__head">
        <h3 id={`step-${id}-h`}>
          {t.step(position + 1)}: {name}
        </h3>
        <button
          type="button"
          className="button button--small"
          aria-disabled={position === 0}
          onClick={() => position > 0 && perform(changes.moveStep(id, position - 1))}
          data-testid={`builder.canvas.step-up.${id}`}
        >
          {t.up}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-disabled={position === count - 1}
          onClick={() => position < count - 1 && perform(changes.moveStep(id, position + 1))}
          data-testid={`builder.canvas.step-down.${id}`}
        >
          {t.down}
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => perform(changes.removeStep(id, name))}
          data-testid={`builder.canvas.step-delete.${id}`}
        >
          {t.remove}
        </button>
      </div>
      <div className="step-names">
        {(['lv', 'en'] as const).map((lang) => (
          <div key={lang}>
            <label htmlFor={`step-${id}-${lang}`}>{lang === 'lv' ? t.titleLv : t.titleEn}</label>
            <input
              id={`step-${id}-${lang}`}
              lang={lang}
              value={step.title[lang]}
              onChange={(e) => perform(changes.renameStep(id, { ...step.title, [lang]: e.target.value }))}
              data-testid={`builder.canvas.step-title-${lang}.${id}`}
            />
          </div>
        ))}
      </div>
      <details className="step-condition" onToggle={(e) => setConditionOpen(e.currentTarget.open)}>
        <summary data-testid={`builder.canvas.step-condition.${id}`}>{t.when}</summary>
        {conditionOpen ? <ConditionEditor target={{ kind: 'step', id }} /> : null}
      </details>
      <FieldList
        droppableId={stepContainerId(id)}
        nodes={step.nodes}
        label={t.fields(name)}
        testId={`builder.canvas.list.${id}`}
      />
    </section>
  );
});
