import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { type FormData, en as runtimeEn, lv as runtimeLv, ServiceForm } from '../../runtime/index.ts';
import type { ServiceForm as FormModel, Language } from '../../schema/service-definition.ts';
import { useText } from '../i18n/LanguageProvider.tsx';
import { PreviewErrorBoundary } from './PreviewErrorBoundary.tsx';
import { PreviewFrame } from './PreviewFrame.tsx';

const T = {
  lv: {
    heading: 'Priekšskatījums',
    phone: 'Telefons',
    desktop: 'Dators',
    width: 'Platums',
    language: 'Veidlapas valoda',
    frame: 'Veidlapas priekšskatījums',
    broken: 'Priekšskatījumu nevar parādīt, kamēr veidlapa nav pabeigta. Pārbaudiet pēdējo izmaiņu.',
    step: 'Solis',
    stepName: (n: number, title: string) => `${n}. ${title}`,
  },
  en: {
    heading: 'Preview',
    phone: 'Phone',
    desktop: 'Desktop',
    width: 'Width',
    language: 'Form language',
    frame: 'Preview of the form',
    broken: 'The preview cannot be shown until the form is complete. Check the last change.',
    step: 'Step',
    stepName: (n: number, title: string) => `${n}. ${title}`,
  },
};

const WIDTHS = { phone: 375, desktop: 960 } as const;
/** Re-rendering and recompiling a large form costs far more than a canvas edit; wait for a pause. */
const PREVIEW_DELAY_MS = 250;

/**
 * The live preview: the runtime's own form component (its public entry), so staff see exactly
 * what citizens will get, at phone or desktop width and in either language.
 */
export function PreviewPane({ form }: { form: FormModel }) {
  const t = useText(T);
  const [width, setWidth] = useState<keyof typeof WIDTHS>('desktop');
  const [language, setLanguage] = useState<Language>('lv');
  const [data, setData] = useState<FormData>({});
  const [step, setStep] = useState(0);
  const [shown, setShown] = useState(form);
  useEffect(() => {
    const timer = setTimeout(() => setShown(form), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form]);
  const deferred = useDeferredValue(shown);
  // The same element while nothing it shows has changed: a canvas edit (or a save-state change)
  // re-renders this pane, but never the form renderer, which costs far more than the edit.
  const frame = useMemo(
    () => (
      <PreviewFrame width={WIDTHS[width]} title={t.frame} lang={language}>
        <PreviewErrorBoundary message={t.broken} resetKey={deferred}>
          <ServiceForm
            form={deferred}
            language={language}
            strings={language === 'lv' ? runtimeLv : runtimeEn}
            formData={data}
            onChange={setData}
            step={step}
          />
        </PreviewErrorBoundary>
      </PreviewFrame>
    ),
    [width, t, language, deferred, data, step],
  );

  return (
    <section className="preview" aria-labelledby="preview-heading" data-testid="builder.preview">
      <h2 id="preview-heading">{t.heading}</h2>
      <div className="preview__controls">
        <fieldset className="segmented">
          <legend>{t.width}</legend>
          {(['phone', 'desktop'] as const).map((w) => (
            <button
              key={w}
              type="button"
              className="button button--small"
              aria-pressed={width === w}
              onClick={() => setWidth(w)}
              data-testid={`builder.preview.width-${w}`}
            >
              {t[w]}
            </button>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>{t.language}</legend>
          {(['lv', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              className="button button--small"
              lang={l}
              aria-pressed={language === l}
              onClick={() => setLanguage(l)}
              data-testid={`builder.preview.language-${l}`}
            >
              {l === 'lv' ? 'Latviešu' : 'English'}
            </button>
          ))}
        </fieldset>
      </div>
      {deferred.steps.length > 1 ? (
        <div>
          <label htmlFor="preview-step">{t.step}</label>
          <select
            id="preview-step"
            value={Math.min(step, deferred.steps.length - 1)}
            onChange={(e) => setStep(Number(e.target.value))}
            data-testid="builder.preview.step"
          >
            {deferred.steps.map((s, i) => (
              <option key={s.id} value={i}>
                {t.stepName(i + 1, s.title[language] || s.title.lv)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="preview__scroll">{frame}</div>
    </section>
  );
}
