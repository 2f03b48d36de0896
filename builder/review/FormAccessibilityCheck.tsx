import { useEffect, useRef, useState } from 'react';
import { en as runtimeEn, lv as runtimeLv, ServiceForm } from '../../runtime/index.ts';
import type { ServiceForm as FormModel } from '../../schema/service-definition.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { PreviewErrorBoundary } from '../preview/PreviewErrorBoundary.tsx';
import { PreviewFrame } from '../preview/PreviewFrame.tsx';
import { type AxeProblem, runAxeInFrame } from './run-axe-in-frame.ts';

const T = {
  lv: {
    heading: 'Veidlapa un tās pieejamības pārbaude',
    intro:
      'Tā veidlapu redzēs iedzīvotāji. Automātiskā pārbaude (axe, WCAG 2.1 AA) pārbauda katru soli; tā neaizstāj pārbaudi ar tastatūru un ekrāna lasītāju.',
    frame: 'Iesniegtā veidlapa',
    checking: 'Pārbauda…',
    ok: 'Automātiskā pārbaude problēmas neatrada.',
    found: (n: number) => `Automātiskā pārbaude atrada problēmas: ${n}. Apraksti angļu valodā:`,
    elements: (n: number) => `elementi: ${n}`,
    failed: 'Pārbaudi neizdevās veikt.',
    broken: 'Veidlapu nevar parādīt.',
    step: (n: number) => `${n}. solis`,
  },
  en: {
    heading: 'The form and its accessibility check',
    intro:
      'This is the form citizens will see. The automatic check (axe, WCAG 2.1 AA) checks every step; it does not replace testing with a keyboard and a screen reader.',
    frame: 'The submitted form',
    checking: 'Checking…',
    ok: 'The automatic check found no problems.',
    found: (n: number) => `The automatic check found ${n} problems:`,
    elements: (n: number) => `${n} elements`,
    failed: 'The check could not be run.',
    broken: 'The form cannot be shown.',
    step: (n: number) => `Step ${n}`,
  },
};

type CheckState =
  | { kind: 'checking' }
  | { kind: 'done'; problems: Array<AxeProblem & { step: number }> }
  | { kind: 'failed' };

/**
 * The submitted version's form rendered by the runtime's own component in a frame with the
 * runtime's styles, each step in turn checked with axe; the reviewer sees the result in words.
 */
export function FormAccessibilityCheck({ form }: { form: FormModel }) {
  const t = useText(T);
  const { language } = useLanguage();
  const holder = useRef<HTMLDivElement>(null);
  const steps = Math.max(1, form.steps.length);
  const [step, setStep] = useState(0);
  const [state, setState] = useState<CheckState>({ kind: 'checking' });
  const found = useRef<Array<AxeProblem & { step: number }>>([]);

  useEffect(() => {
    let cancelled = false;
    // Let the step render (and the frame grow) before checking it.
    const timer = setTimeout(async () => {
      const frame = holder.current?.querySelector('iframe');
      if (!frame) return;
      try {
        const problems = await runAxeInFrame(frame);
        if (cancelled) return;
        found.current.push(...problems.map((problem) => ({ ...problem, step: step + 1 })));
        if (step + 1 < steps) setStep(step + 1);
        else setState({ kind: 'done', problems: found.current });
      } catch {
        if (!cancelled) setState({ kind: 'failed' });
      }
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [step, steps]);

  return (
    <section aria-labelledby="review-form-check" data-testid="builder.review.axe">
      <h2 id="review-form-check">{t.heading}</h2>
      <p>{t.intro}</p>
      <div aria-live="polite" data-testid="builder.review.axe-result">
        {state.kind === 'checking' ? <p>{t.checking}</p> : null}
        {state.kind === 'failed' ? <p role="alert">{t.failed}</p> : null}
        {state.kind === 'done' && state.problems.length === 0 ? <p>{t.ok}</p> : null}
        {state.kind === 'done' && state.problems.length > 0 ? (
          <>
            <p>{t.found(state.problems.length)}</p>
            <ul>
              {state.problems.map((problem) => (
                <li key={`${problem.step}-${problem.id}`}>
                  {t.step(problem.step)}: <span lang="en">{problem.help}</span> ({t.elements(problem.count)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div ref={holder}>
        <PreviewFrame width={960} title={t.frame} lang={language}>
          <PreviewErrorBoundary message={t.broken} resetKey={form}>
            <ServiceForm
              form={form}
              language={language}
              strings={language === 'lv' ? runtimeLv : runtimeEn}
              formData={{}}
              onChange={() => {}}
              step={step}
            />
          </PreviewErrorBoundary>
        </PreviewFrame>
      </div>
    </section>
  );
}
