import { useText } from '../i18n/LanguageProvider.tsx';
import { useDesignerStore } from '../store/designer-context.tsx';
import { CanvasStepView } from './CanvasStepView.tsx';
import type { CanvasStep } from './canvas-model.ts';
import { fieldChanges } from './field-changes.ts';
import { useOperations } from './operations-context.tsx';

const T = {
  lv: { heading: 'Veidlapa', addStep: 'Pievienot soli', newStep: { lv: 'Jauns solis', en: 'New step' } },
  en: { heading: 'Form', addStep: 'Add a step', newStep: { lv: 'Jauns solis', en: 'New step' } },
};

/** The form being designed, step by step; fields are dragged in from the palette and around. */
export function Canvas({ steps }: { steps: CanvasStep[] }) {
  const t = useText(T);
  const store = useDesignerStore();
  const changes = fieldChanges(useOperations());
  return (
    <section className="canvas" aria-labelledby="canvas-heading" data-testid="builder.canvas">
      <h2 id="canvas-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      {steps.map((step, i) => (
        <CanvasStepView key={step.id ?? 'form'} step={step} position={i} count={steps.length} />
      ))}
      <button
        type="button"
        className="button"
        onClick={() => store.getState().perform(changes.addStep(t.newStep))}
        data-testid="builder.canvas.add-step"
      >
        {t.addStep}
      </button>
    </section>
  );
}
