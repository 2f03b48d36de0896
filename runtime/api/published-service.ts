import type { LocalizedText, ServiceDefinition } from '../../schema/service-definition.ts';

/** `GET /api/services/{code}[/versions/{n}]`: one published version with its agency's name. */
export interface PublishedService {
  code: string;
  version: number;
  state: 'published';
  agency: { code: string; name: LocalizedText };
  definition: ServiceDefinition;
}

function isLocalized(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | null;
  return (
    typeof text === 'object' && text !== null && typeof text.lv === 'string' && typeof text.en === 'string'
  );
}

/**
 * A shallow check of the parts the runtime reads before rendering. The server validated the
 * definition when it was published; this only guards against a wrong or half-deployed endpoint
 * turning into a blank page.
 */
export function isPublishedService(value: unknown): value is PublishedService {
  if (typeof value !== 'object' || value === null) return false;
  const service = value as Partial<PublishedService>;
  const definition = service.definition;
  return (
    typeof service.code === 'string' &&
    typeof service.version === 'number' &&
    isLocalized(service.agency?.name) &&
    typeof definition === 'object' &&
    definition !== null &&
    isLocalized(definition.title) &&
    typeof definition.form?.schema === 'object' &&
    definition.form.schema !== null
  );
}
