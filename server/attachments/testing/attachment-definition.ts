import { ATTACHMENT_TOKEN_PATTERN } from '../../../schema/attachments/attachment-field.ts';
import type { ServiceDefinition } from '../../../schema/service-definition.ts';
import { buildPermitDefinition } from '../../testing/test-definitions.ts';

/**
 * The permit form with a file field `documents` (at most 2 files of 100 KB, PDF or PNG) and a
 * repeating group `trailers` whose rows each have a file field `registration` (1 PDF).
 */
export function buildAttachmentDefinition(code = 'parking-permit'): ServiceDefinition {
  const definition = buildPermitDefinition(code);
  definition.form.schema.properties!.documents = {
    type: 'array',
    title: 'Pielikumi',
    maxItems: 2,
    items: { type: 'string', pattern: ATTACHMENT_TOKEN_PATTERN },
    attachment: { maxFileBytes: 100 * 1024, types: ['pdf', 'png'] },
  };
  definition.form.schema.properties!.trailers = {
    type: 'array',
    title: 'Piekabes',
    maxItems: 5,
    items: {
      type: 'object',
      properties: {
        plate: { type: 'string', title: 'Numurs', maxLength: 10 },
        registration: {
          type: 'array',
          title: 'Reģistrācijas apliecība',
          maxItems: 1,
          items: { type: 'string', pattern: ATTACHMENT_TOKEN_PATTERN },
          attachment: { maxFileBytes: 100 * 1024, types: ['pdf'] },
        },
      },
    },
  };
  (definition.form.uiSchema['ui:order'] as string[]).push('documents', 'trailers');
  definition.form.translations.en!['/properties/documents'] = { title: 'Attachments' };
  definition.form.translations.en!['/properties/trailers'] = { title: 'Trailers' };
  return definition;
}
