import { buildDefinition } from '../../../schema/build-definition.ts';

/** A published version as `GET /api/services/{code}` answers it, for the runtime's API tests. */
export const PUBLISHED_TEST_SERVICE = {
  code: 'test-service',
  version: 3,
  state: 'published',
  agency: { code: 'a', name: { lv: 'Iestāde', en: 'Agency' } },
  definition: buildDefinition(),
};

/**
 * A page holding one element `id` with `text`, as the server embeds it (`type` defaults to
 * `application/json`); with `text` undefined, a page without it.
 */
export function pageWith(
  id: string,
  text: string | undefined,
  type = 'application/json',
): Pick<Document, 'getElementById'> {
  const element =
    text === undefined
      ? null
      : { textContent: text, getAttribute: (name: string) => (name === 'type' ? type : null) };
  return { getElementById: (wanted: string) => (wanted === id ? element : null) } as unknown as Pick<
    Document,
    'getElementById'
  >;
}
