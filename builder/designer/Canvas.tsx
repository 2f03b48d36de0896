import { useText } from '../i18n/LanguageProvider.tsx';
import { CanvasStepView } from './CanvasStepView.tsx';
import type { CanvasStep } from './canvas-model.ts';

const T = {
  lv: {
    heading: 'Veidlapa',
    stepHint:
      'Lai sadalītu veidlapu soļos, velciet “Jauns solis” pirms lauka, ar kuru jāsākas nākamajam solim, vai izvēlieties lauku un nospiediet “Jauns solis no šī lauka”.',
  },
  en: {
    heading: 'Form',
    stepHint:
      'To split the form into steps, drag “Page break” before the field the next step starts with, or select that field and press “New step from this field”.',
  },
};

/** The form being designed, step by step; fields are dragged in from the palette and around. */
export function Canvas({ steps }: { steps: CanvasStep[] }) {
  const t = useText(T);
  return (
    <section className="canvas" aria-labelledby="canvas-heading" data-testid="builder.canvas">
      <h2 id="canvas-heading" tabIndex={-1}>
        {t.heading}
      </h2>
      {steps.map((step, i) => (
        <CanvasStepView key={step.id ?? 'form'} step={step} position={i} count={steps.length} />
      ))}
      <p className="hint">{t.stepHint}</p>
    </section>
  );
}
