import { SERVICE_CODE_PATTERN } from '../../schema/service-definition.ts';

/** The catalogue's pages (issue 7): the list (also at `/services`), a service, a life situation. */
export type CatalogueRoute =
  | { page: 'home' }
  | { page: 'service'; code: string }
  | { page: 'life-situation'; code: string };

const SERVICE_PAGE = /^\/services\/([^/]+)\/?$/;
const LIFE_SITUATION_PAGE = /^\/life-situations\/([^/]+)\/?$/;

/**
 * The catalogue route a path names, or undefined when it is not one of the catalogue's.
 * @example parseCatalogueRoute('/services/dog-licence') // { page: 'service', code: 'dog-licence' }
 */
export function parseCatalogueRoute(pathname: string): CatalogueRoute | undefined {
  if (pathname === '/services' || pathname === '/services/') return { page: 'home' };
  const service = SERVICE_PAGE.exec(pathname);
  if (service) {
    const code = safeDecode(service[1] ?? '');
    return code && SERVICE_CODE_PATTERN.test(code) ? { page: 'service', code } : undefined;
  }
  const situation = LIFE_SITUATION_PAGE.exec(pathname);
  if (situation) {
    const code = safeDecode(situation[1] ?? '');
    return code && SERVICE_CODE_PATTERN.test(code) ? { page: 'life-situation', code } : undefined;
  }
  return undefined;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The public page of a service, the deep link catalogues publish beside the form's (P4). */
export function servicePagePath(code: string): string {
  return `/services/${encodeURIComponent(code)}`;
}
