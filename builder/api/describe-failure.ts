import type { Language } from '../../schema/service-definition.ts';
import type { ApiResult } from './api-client.ts';

type Failure = Exclude<ApiResult<unknown>, { ok: true }>;

const TEXTS: Record<Language, Record<string, string>> = {
  lv: {
    network: 'Nav savienojuma ar serveri. Mēģiniet vēlreiz pēc brīža.',
    unauthenticated: 'Jūsu sesija ir beigusies. Piesakieties vēlreiz.',
    forbidden: 'Jums nav tiesību to darīt.',
    service_exists: 'Pakalpojums ar šo kodu jau ir. Izvēlieties citu kodu.',
    payload_too_large: 'Veidlapa ir pārāk liela.',
    definition_invalid: 'Veidlapā ir problēmas, kas neļauj to saglabāt.',
    service_not_found: 'Šāds pakalpojums nav atrasts.',
    not_found: 'Šāds pakalpojums nav atrasts.',
    edit_conflict: 'Kāds cits pa to laiku saglabāja izmaiņas.',
    service_retired: 'Pakalpojums ir izņemts no lietošanas.',
    other: 'Neizdevās. Mēģiniet vēlreiz.',
  },
  en: {
    network: 'No connection to the server. Try again in a moment.',
    unauthenticated: 'Your session has ended. Please sign in again.',
    forbidden: 'You are not allowed to do that.',
    service_exists: 'A service with this code already exists. Choose another code.',
    payload_too_large: 'The form is too large.',
    definition_invalid: 'The form has problems that prevent saving it.',
    service_not_found: 'No such service.',
    not_found: 'No such service.',
    edit_conflict: 'Someone else saved changes in the meantime.',
    service_retired: 'The service has been retired.',
    other: 'That did not work. Please try again.',
  },
};

/** A refused or failed API call as one plain sentence, never the server's developer message. */
export function describeFailure(failure: Failure, language: Language): string {
  const texts = TEXTS[language];
  if (failure.kind === 'network') return texts.network!;
  const key = failure.code && Object.hasOwn(texts, failure.code) ? failure.code : undefined;
  if (key) return texts[key]!;
  if (failure.status === 401) return texts.unauthenticated!;
  if (failure.status === 403) return texts.forbidden!;
  if (failure.status === 413) return texts.payload_too_large!;
  return texts.other!;
}
