/**
 * Latvian postal code as Latvijas Pasts writes it: `LV-` and four digits. The prefix is part
 * of the official form, so `1050` alone is not accepted.
 */
const LV_POSTAL_CODE = /^LV-\d{4}$/;

/**
 * True when the text is a Latvian postal code.
 * @example isLvPostalCode('LV-1050') === true
 */
export function isLvPostalCode(value: string): boolean {
  return LV_POSTAL_CODE.test(value);
}
