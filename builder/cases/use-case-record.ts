import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../api/api-client.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage } from '../i18n/LanguageProvider.tsx';

/**
 * One case (a request, a feedback) loaded through the public API, and loaded again after each
 * change (`load`). A 404 reads `notFound`: another agency's case answers 404 as if it did not
 * exist. `fetchOne` should be memoised (useCallback).
 */
export function useCaseRecord<Case>(fetchOne: () => Promise<ApiResult<Case>>, notFound: string) {
  const { language } = useLanguage();
  const [item, setItem] = useState<Case | null>(null);
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    const result = await fetchOne();
    if (result.ok) {
      setItem(result.data);
      setProblem('');
    } else
      setProblem(
        result.kind === 'http' && result.status === 404 ? notFound : describeFailure(result, language),
      );
  }, [fetchOne, language, notFound]);

  useEffect(() => {
    void load();
  }, [load]);

  return { item, problem, load };
}
