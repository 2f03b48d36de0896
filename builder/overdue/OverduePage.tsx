import { useCallback, useEffect, useState } from 'react';
import type { LocalizedText } from '../../schema/service-definition.ts';
import { createCatalogueApi } from '../api/catalogue-api.ts';
import { CasePageFrame } from '../cases/CasePageFrame.tsx';
import { useCaseRecord } from '../cases/use-case-record.ts';
import { useStaffApi } from '../cases/use-staff-api.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { requestsPath } from '../requests/RequestListPage.tsx';
import { OverdueRequests } from './OverdueRequests.tsx';
import { createOverdueApi } from './overdue-api.ts';
import { OVERDUE_TEXTS } from './overdue-texts.ts';

/**
 * `/builder/services/{code}/overdue`: the service's open requests past its target time (issue
 * 7), for the agency's case workers. Another agency's service answers 404, said as "no such
 * service"; the name comes from the public catalogue (a retired service is named by its code).
 */
export function OverduePage({ code }: { code: string }) {
  const t = useText(OVERDUE_TEXTS);
  const { language } = useLanguage();
  const api = useStaffApi(createOverdueApi);
  const catalogue = useStaffApi(createCatalogueApi);
  const fetchList = useCallback(() => api.list(code), [api, code]);
  const { item: list, problem } = useCaseRecord(fetchList, t.notFound);
  const [title, setTitle] = useState<LocalizedText | null>(null);

  useEffect(() => {
    void catalogue.service(code).then((result) => {
      if (result.ok) setTitle(result.data.title);
    });
  }, [catalogue, code]);

  const heading = t.titleOf(title ? title[language] : code);
  return (
    <CasePageFrame
      documentTitle={heading}
      back={{ href: requestsPath(), label: t.back }}
      problem={problem}
      loaded={list !== null}
      loading={t.loading}
    >
      <h1>{heading}</h1>
      {list && <OverdueRequests list={list} language={language} />}
    </CasePageFrame>
  );
}
