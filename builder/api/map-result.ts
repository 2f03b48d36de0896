import type { ApiResult } from './api-client.ts';

/**
 * The same answer with its data reshaped; a failure passes through unchanged.
 * @example mapResult(await api.list(), (data) => data.requests)
 */
export function mapResult<T, U>(result: ApiResult<T>, map: (data: T) => U): ApiResult<U> {
  return result.ok ? { ...result, data: map(result.data) } : result;
}
