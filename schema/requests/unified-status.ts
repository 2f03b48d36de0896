/**
 * The central request registry's status vocabulary (issue 6), one for every agency (modelled on
 * the Dutch ZGW status types). Shared by the server, the workplace and the case-worker screen.
 */
export const UNIFIED_STATUSES = [
  'submitted',
  'received',
  'in_progress',
  'awaiting_applicant',
  'extended',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type UnifiedStatus = (typeof UNIFIED_STATUSES)[number];
