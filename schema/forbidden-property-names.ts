/**
 * Property names that reach JavaScript's object machinery: assigning `__proto__` swaps an
 * object's prototype and `constructor`/`prototype` are the usual prototype-pollution stepping
 * stones, in our code or in any library that later copies the data.
 */
export const FORBIDDEN_PROPERTY_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
