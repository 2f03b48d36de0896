/**
 * Which status codes an agency may post for a service, and what each means (issue 6; modelled on
 * the Dutch ZGW status types: per case type, a status type with its citizen-facing text, whether
 * to notify, and whether it ends the case). A service with no mapping of its own accepts the
 * unified statuses' own names as codes, with the platform's default texts.
 */
import type { Repository } from '../storage/repository.ts';
import {
  DEFAULT_STATUS_TEXTS,
  FINAL_STATUSES,
  type LocalizedPair,
  type UnifiedStatus,
} from '../storage/request-records.ts';

export interface EffectiveMapping {
  code: string;
  status: UnifiedStatus;
  text: LocalizedPair;
  notify: boolean;
  final: boolean;
}

/** The platform sets these itself; an agency posts any other status. */
const PLATFORM_ONLY: readonly UnifiedStatus[] = ['submitted', 'received'];

/** Used when a service has no mapping configured: code = unified status. */
export function defaultMappings(): EffectiveMapping[] {
  return (Object.keys(DEFAULT_STATUS_TEXTS) as UnifiedStatus[])
    .filter((status) => !PLATFORM_ONLY.includes(status))
    .map((status) => ({
      code: status,
      status,
      text: DEFAULT_STATUS_TEXTS[status],
      notify: true,
      final: FINAL_STATUSES.includes(status),
    }));
}

/** The service's own mappings when it has any, otherwise the defaults. */
export async function effectiveMappings(repo: Repository, serviceCode: string): Promise<EffectiveMapping[]> {
  const configured = await repo.requests.listMappings(serviceCode);
  if (configured.length === 0) return defaultMappings();
  return configured.map(({ code, status, text, notify, final }) => ({ code, status, text, notify, final }));
}

/** Agency codes: letters, digits and `._-`, at most 64 characters. */
export const STATUS_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
