import { type FormEvent, useId, useState } from 'react';
import { SERVICE_CODE_PATTERN } from '../../schema/service-definition.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { designerPath } from '../routing/builder-route.ts';
import { navigate } from '../routing/use-route.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { createNewDefinition } from './new-definition.ts';
import { suggestCode } from './suggest-code.ts';

const T = {
  lv: {
    heading: 'Jauns pakalpojums',
    titleLv: 'Nosaukums latviski',
    titleEn: 'Nosaukums angliski',
    code: 'Saites kods',
    codeHint: 'Redzams pakalpojuma saitē. Mazie latīņu burti, cipari un defises.',
    create: 'Izveidot',
    needTitle: 'Ierakstiet nosaukumu latviski.',
    badCode: 'Kodā drīkst būt 3–64 mazie latīņu burti, cipari un atsevišķas defises.',
  },
  en: {
    heading: 'New service',
    titleLv: 'Name in Latvian',
    titleEn: 'Name in English',
    code: 'Link code',
    codeHint: "Shown in the service's link. Lower-case letters, digits and hyphens.",
    create: 'Create',
    needTitle: 'Enter the name in Latvian.',
    badCode: 'The code must be 3–64 lower-case letters, digits and single hyphens.',
  },
};

/** Creates a service from its titles; the link code is suggested until staff change it themselves. */
export function CreateServiceForm() {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const id = useId();
  const [title, setTitle] = useState({ lv: '', en: '' });
  const [ownCode, setOwnCode] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const code = ownCode ?? suggestCode(title);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.lv.trim()) return setProblem(t.needTitle);
    if (!SERVICE_CODE_PATTERN.test(code)) return setProblem(t.badCode);
    setBusy(true);
    const result = await services.create(
      createNewDefinition(code, { lv: title.lv.trim(), en: title.en.trim() }),
    );
    setBusy(false);
    if (result.ok) navigate(designerPath(result.data.code));
    else setProblem(describeFailure(result, language));
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby={`${id}-h`} data-testid="builder.create">
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <label htmlFor={`${id}-lv`}>{t.titleLv}</label>
      <input
        id={`${id}-lv`}
        value={title.lv}
        onChange={(e) => setTitle({ ...title, lv: e.target.value })}
        data-testid="builder.create.title-lv"
      />
      <label htmlFor={`${id}-en`}>{t.titleEn}</label>
      <input
        id={`${id}-en`}
        lang="en"
        value={title.en}
        onChange={(e) => setTitle({ ...title, en: e.target.value })}
        data-testid="builder.create.title-en"
      />
      <label htmlFor={`${id}-code`}>{t.code}</label>
      <p className="hint" id={`${id}-code-hint`}>
        {t.codeHint}
      </p>
      <input
        id={`${id}-code`}
        value={code}
        aria-describedby={`${id}-code-hint`}
        onChange={(e) => setOwnCode(e.target.value)}
        data-testid="builder.create.code"
      />
      {problem ? (
        <p className="error" role="alert" data-testid="builder.create.problem">
          {problem}
        </p>
      ) : null}
      <button
        type="submit"
        className="button button--primary"
        disabled={busy}
        data-testid="builder.create.submit"
      >
        {t.create}
      </button>
    </form>
  );
}
