/**
 * Where the server serves a published version's precompiled validators (a same-origin module,
 * long cached): the path the form page preloads (server/static/) and the runtime imports
 * (runtime/api/load-validators.ts).
 *
 * @example validatorModulePath('dog-licence', 2) // '/api/services/dog-licence/versions/2/validators.js'
 */
export function validatorModulePath(code: string, version: number): string {
  return `/api/services/${encodeURIComponent(code)}/versions/${version}/validators.js`;
}
