import { useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import type { ServiceSummary } from '../api/services-api.ts';
import { mayHandleCases } from '../cases/may-handle-cases.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { designerPath, historyPath, overduePath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { downloadJson } from './download-json.ts';
import { copyCode, copyDefinition } from './new-definition.ts';

const T = {
  lv: {
    draft: 'Melnraksts',
    published: (n: number) => `Publicēta ${n}. versija`,
    retired: 'Izņemts no lietošanas',
    open: 'Atvērt',
    duplicate: 'Dublēt',
    export: 'Eksportēt failu',
    history: 'Versijas',
    overdue: 'Nokavētie pieteikumi',
    of: (action: string, name: string) => `${action}: ${name}`,
  },
  en: {
    draft: 'Draft',
    published: (n: number) => `Version ${n} published`,
    retired: 'Retired',
    open: 'Open',
    duplicate: 'Duplicate',
    export: 'Export file',
    history: 'Versions',
    overdue: 'Overdue requests',
    of: (action: string, name: string) => `${action}: ${name}`,
  },
};

/** One service in the list; every button's accessible name also says which service it acts on. */
export function ServiceRow(props: { service: ServiceSummary; taken: string[]; onChanged: () => void }) {
  const { service } = props;
  const t = useText(T);
  const { language } = useLanguage();
  const { services, session } = useBuilder();
  const handlesCases = session.state === 'signed-in' && mayHandleCases(session.roles);
  const [problem, setProblem] = useState('');
  const name = service.title[language] || service.title.lv;
  const state =
    service.status === 'retired'
      ? t.retired
      : service.latestVersion
        ? t.published(service.latestVersion)
        : t.draft;

  async function duplicate() {
    const draft = await services.getDraft(service.code);
    if (!draft.ok) return setProblem(describeFailure(draft, language));
    const code = copyCode(service.code, new Set(props.taken));
    const created = await services.create(copyDefinition(draft.data.definition, code));
    if (!created.ok) return setProblem(describeFailure(created, language));
    props.onChanged();
  }

  async function exportFile() {
    const draft = await services.getDraft(service.code);
    if (!draft.ok) return setProblem(describeFailure(draft, language));
    downloadJson(`${service.code}.json`, draft.data.definition);
  }

  return (
    <tr data-testid={`builder.services.row.${service.code}`}>
      <td>
        <RouteLink href={designerPath(service.code)} data-testid={`builder.services.open.${service.code}`}>
          {name}
        </RouteLink>
        <div className="hint">{service.code}</div>
        {problem ? (
          <p role="alert" className="error">
            {problem}
          </p>
        ) : null}
      </td>
      <td>{state}</td>
      <td>{new Date(service.updatedAt).toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB')}</td>
      <td className="row-actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t.of(t.duplicate, name)}
          onClick={duplicate}
          data-testid={`builder.services.duplicate.${service.code}`}
        >
          {t.duplicate}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t.of(t.export, name)}
          onClick={exportFile}
          data-testid={`builder.services.export.${service.code}`}
        >
          {t.export}
        </button>
        {service.latestVersion ? (
          <RouteLink
            className="button button--small"
            href={historyPath(service.code)}
            aria-label={t.of(t.history, name)}
            data-testid={`builder.services.history.${service.code}`}
          >
            {t.history}
          </RouteLink>
        ) : null}
        {service.latestVersion && handlesCases ? (
          <RouteLink
            className="button button--small"
            href={overduePath(service.code)}
            aria-label={t.of(t.overdue, name)}
            data-testid={`builder.services.overdue.${service.code}`}
          >
            {t.overdue}
          </RouteLink>
        ) : null}
      </td>
    </tr>
  );
}
