/**
 * Latvian takes the singular after numbers ending in 1, except 11: 1, 21, 101 diena (dienas
 * laikā); 2, 11, 25 dienas (dienu laikā). Shared by the citizen and staff interfaces.
 *
 * @example latvianCount(21, 'diena', 'dienas') // '21 diena'
 */
export const isLatvianSingular = (n: number): boolean => n % 10 === 1 && n % 100 !== 11;

export const latvianCount = (n: number, singular: string, plural: string): string =>
  `${n} ${isLatvianSingular(n) ? singular : plural}`;
