import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../api/api-client.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';

/**
 * A case list (requests, feedback) loaded through the public API: unfiltered at first, then
 * with the filter the case worker applies. `fetchRows` should be memoised (useCallback) and
 * `initial` a constant, or the list loads again on every render.
 */
export function useCaseList<Filter, Row>(
  fetchRows: (filter: Filter) => Promise<ApiResult<Row[]>>,
  initial: Filter,
) {
  const { language } = useLanguage();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(
    async (filter: Filter) => {
      setProblem('');
      const result = await fetchRows(filter);
      if (result.ok) setRows(result.data);
      else setProblem(describeFailure(result, language));
    },
    [fetchRows, language],
  );

  useEffect(() => {
    void load(initial);
  }, [load, initial]);

  return { rows, problem, load };
}
