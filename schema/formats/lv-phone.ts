/**
 * Latvian phone number in international form: `+371` and the 8-digit national number. People
 * write it grouped ("+371 2612 3456", "+371 26 123 456") or not at all, so a single space is
 * allowed before any digit. The international prefix is required because the number leaves
 * the platform (SMS gateways, agencies' systems) where the country cannot be assumed.
 */
const LV_PHONE = /^\+371(?: ?\d){8}$/;

/**
 * True when the text is `+371` followed by 8 digits, optionally spaced.
 * @example isLvPhone('+371 2612 3456') === true
 */
export function isLvPhone(value: string): boolean {
  return LV_PHONE.test(value);
}
