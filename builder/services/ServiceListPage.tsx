import { useCallback, useEffect, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import type { ServiceSummary } from '../api/services-api.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { CreateServiceForm } from './CreateServiceForm.tsx';
import { ImportDefinition } from './ImportDefinition.tsx';
import { ServiceRow } from './ServiceRow.tsx';

const T = {
  lv: {
    title: 'Pakalpojumu veidlapas',
    loading: 'Ielādē…',
    empty: 'Jūsu iestādei vēl nav neviena pakalpojuma. Izveidojiet pirmo zemāk.',
    name: 'Nosaukums',
    state: 'Stāvoklis',
    changed: 'Mainīts',
    actions: 'Darbības',
    retry: 'Mēģināt vēlreiz',
  },
  en: {
    title: 'Service forms',
    loading: 'Loading…',
    empty: 'Your agency has no services yet. Create the first one below.',
    name: 'Name',
    state: 'State',
    changed: 'Changed',
    actions: 'Actions',
    retry: 'Try again',
  },
};

/** The agency's services, drafts and published alike, with create, duplicate, export and import. */
export function ServiceListPage() {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const [list, setList] = useState<ServiceSummary[] | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    setProblem('');
    const result = await services.list();
    if (result.ok) setList(result.data.services);
    else setProblem(describeFailure(result, language));
  }, [services, language]);

  useEffect(() => {
    document.title = t.title;
    void load();
  }, [load, t.title]);

  return (
    <main id="main" className="page">
      <h1>{t.title}</h1>
      {problem ? (
        <div role="alert" className="error">
          <p>{problem}</p>
          <button type="button" className="button" onClick={load}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {list === null && !problem ? <p>{t.loading}</p> : null}
      {list?.length === 0 ? <p>{t.empty}</p> : null}
      {list && list.length > 0 ? (
        <table className="service-table" data-testid="builder.services">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.state}</th>
              <th scope="col">{t.changed}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <ServiceRow key={s.code} service={s} taken={list.map((x) => x.code)} onChanged={load} />
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="two-columns">
        <CreateServiceForm />
        <ImportDefinition />
      </div>
    </main>
  );
}
