import { SERVICE_CODE_PATTERN } from '../../schema/service-definition.ts';

/** The builder's screens; the server answers every `/builder/*` path with the same page. */
export type BuilderRoute =
  | { page: 'list' }
  | { page: 'designer'; code: string }
  | { page: 'history'; code: string }
  /** A service's open requests past its target time (issue 7), for case workers. */
  | { page: 'overdue'; code: string }
  /** The case-worker screen (issue 6): the agency's requests, and one request. */
  | { page: 'requests' }
  | { page: 'request'; reference: string }
  /** Complaints and suggestions (issue 7): the agency's feedback, and one. */
  | { page: 'feedback' }
  | { page: 'feedback-case'; reference: string }
  /** Reviewed publishing (issue 7): versions waiting for review, and one review. */
  | { page: 'reviews' }
  | { page: 'review'; id: string }
  /** Undelivered messages and replay (issue 6), for agency administrators. */
  | { page: 'deliveries' }
  /** The e-address simulator's mailbox of the agency (issue 6). */
  | { page: 'e-address' }
  | { page: 'not-found' };

/** @example parseBuilderRoute('/builder/services/dog-licence') // { page: 'designer', code: 'dog-licence' } */
export function parseBuilderRoute(pathname: string): BuilderRoute {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] !== 'builder') return { page: 'not-found' };
  if (parts.length === 1) return { page: 'list' };
  if (parts[1] === 'requests') {
    if (parts.length === 2) return { page: 'requests' };
    const reference = parts[2]!;
    return parts.length === 3 && /^[A-Za-z0-9-]{1,40}$/.test(reference)
      ? { page: 'request', reference }
      : { page: 'not-found' };
  }
  if (parts[1] === 'feedback') {
    if (parts.length === 2) return { page: 'feedback' };
    const reference = parts[2]!;
    return parts.length === 3 && /^[A-Za-z0-9-]{1,40}$/.test(reference)
      ? { page: 'feedback-case', reference }
      : { page: 'not-found' };
  }
  if (parts[1] === 'e-address') return parts.length === 2 ? { page: 'e-address' } : { page: 'not-found' };
  if (parts[1] === 'deliveries') return parts.length === 2 ? { page: 'deliveries' } : { page: 'not-found' };
  if (parts[1] === 'reviews') {
    if (parts.length === 2) return { page: 'reviews' };
    const id = parts[2]!;
    return parts.length === 3 && /^[A-Za-z0-9-]{1,64}$/.test(id)
      ? { page: 'review', id }
      : { page: 'not-found' };
  }
  const code = parts[2];
  if (parts[1] !== 'services' || !code || !SERVICE_CODE_PATTERN.test(code)) return { page: 'not-found' };
  if (parts.length === 3) return { page: 'designer', code };
  if (parts.length === 4 && parts[3] === 'history') return { page: 'history', code };
  if (parts.length === 4 && parts[3] === 'overdue') return { page: 'overdue', code };
  return { page: 'not-found' };
}

export const listPath = () => '/builder';
export const designerPath = (code: string) => `/builder/services/${code}`;
export const historyPath = (code: string) => `/builder/services/${code}/history`;
export const overduePath = (code: string) => `/builder/services/${code}/overdue`;
export const reviewsPath = () => '/builder/reviews';
export const reviewPath = (id: string) => `/builder/reviews/${id}`;
