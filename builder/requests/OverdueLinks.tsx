import type { Language } from '../../schema/service-definition.ts';
import type { AgencyService } from '../cases/use-agency-services.ts';
import { overduePath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';

/** Up to this many services, the ways to their overdue requests fit on one line. */
export const INLINE_OVERDUE_LINKS = 3;

/**
 * The way from the request list to each service's overdue requests. A few services are one line
 * of links; an agency with more gets a list folded under the same words, so the line does not
 * run on for every service it has.
 */
export function OverdueLinks({
  services,
  language,
  label,
}: {
  services: readonly AgencyService[];
  language: Language;
  label: string;
}) {
  if (services.length === 0) return null;
  const link = (service: AgencyService) => (
    <RouteLink href={overduePath(service.code)}>{service.title[language]}</RouteLink>
  );
  if (services.length <= INLINE_OVERDUE_LINKS) {
    return (
      <p data-testid="requests.overdue-links">
        {label}:{' '}
        {services.map((service, index) => (
          <span key={service.code}>
            {index > 0 && ', '}
            {link(service)}
          </span>
        ))}
      </p>
    );
  }
  return (
    <details data-testid="requests.overdue-links">
      <summary>{label}</summary>
      <ul>
        {services.map((service) => (
          <li key={service.code}>{link(service)}</li>
        ))}
      </ul>
    </details>
  );
}
