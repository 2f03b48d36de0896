import type { PrecompiledValidators } from '../../schema/standalone-validators.ts';
import { fetchService, type ServiceLoad } from '../api/fetch-service.ts';
import { loadValidators } from '../api/load-validators.ts';
import type { PublishedService } from '../api/published-service.ts';
import type { ApplicationForm } from './ApplicationForm.tsx';

export type Loaded = {
  load: ServiceLoad;
  Form: typeof ApplicationForm | undefined;
  validators?: PrecompiledValidators | undefined;
};

/**
 * The form code (RJSF) is most of the runtime's weight and only the form page needs it, so it is
 * a separate chunk, fetched in parallel with the service definition and the version's precompiled
 * validators (asked for at once when the link pins the version, else as soon as the definition
 * names it). A failure of any is the same "try again" page. The version the server embedded in
 * the page (`embedded`) needs no request, and its validators are asked for at once.
 */
function loadPage(
  code: string,
  version: number | undefined,
  signal?: AbortSignal,
  embedded?: PublishedService,
): Promise<Loaded> {
  const formModule = import('./ApplicationForm.tsx').then(
    (module) => module.ApplicationForm,
    () => undefined,
  );
  const validatorsOf = (pinned: number) => loadValidators(code, pinned).catch(() => undefined);
  const known = embedded?.version ?? version;
  const early = known === undefined ? undefined : validatorsOf(known);
  const load: Promise<ServiceLoad> = embedded
    ? Promise.resolve({ kind: 'ok', service: embedded })
    : fetchService(code, version, { signal });
  const service = load.then(async (load) => ({
    load,
    validators: load.kind === 'ok' ? await (early ?? validatorsOf(load.service.version)) : undefined,
  }));
  return Promise.all([service, formModule]).then(([{ load, validators }, Form]) =>
    load.kind === 'ok' && (!Form || !validators)
      ? { load: { kind: 'failed' }, Form: undefined }
      : { load, Form, validators },
  );
}

const started = new Map<string, Promise<Loaded>>();
const keyOf = (code: string, version: number | undefined) => `${code}@${version ?? 'latest'}`;

/**
 * Starts loading a form page before React has rendered anything (runtime/main.tsx calls it when
 * the address is a form's), so the downloads overlap the start of the app instead of following it.
 * `embedded`: the version the server put in the page, if any (runtime/api/embedded-service.ts).
 */
export function startLoadingApplyPage(
  code: string,
  version: number | undefined,
  embedded?: PublishedService,
): void {
  const key = keyOf(code, version);
  if (!started.has(key)) started.set(key, loadPage(code, version, undefined, embedded));
}

/**
 * What the form page needs; the load started early is taken (once) when `mayReuse`, a retry
 * always loads afresh.
 */
export function loadApplyPage(
  code: string,
  version: number | undefined,
  signal: AbortSignal,
  mayReuse: boolean,
): Promise<Loaded> {
  const key = keyOf(code, version);
  const early = started.get(key);
  started.delete(key);
  return (mayReuse ? early : undefined) ?? loadPage(code, version, signal);
}
