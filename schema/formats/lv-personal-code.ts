/**
 * Latvian personal code (personas kods).
 *
 * Old form `DDMMYY-CNNNX`, issued until 2017: the birth date, a century digit C (0 = 1800s,
 * 1 = 1900s, 2 = 2000s) and a check digit X = (1101 - sum(d_i * w_i)) mod 11 mod 10 over the
 * first ten digits with weights 1,6,3,7,9,10,5,8,4,2.
 * New form since 1 July 2017: `32NNNN-NNNNN` .. `39NNNN-NNNNN`, no date and no published
 * check digit, so only its shape is checked. The hyphen is optional in both (people type it
 * either way; the registry prints it).
 */
const OLD_FORM = /^(\d{2})(\d{2})(\d{2})-?([012])(\d{4})$/;
const NEW_FORM = /^3[2-9]\d{4}-?\d{5}$/;
const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * True when the text is a Latvian personal code in the old or the new form.
 * @example isLvPersonalCode('161175-19997') === true
 */
export function isLvPersonalCode(value: string): boolean {
  if (NEW_FORM.test(value)) return true;
  const match = OLD_FORM.exec(value);
  if (!match) return false;
  const [, day, month, year, century] = match;
  if (!isRealDate(1800 + Number(century) * 100 + Number(year), Number(month), Number(day))) return false;
  const digits = value.replace('-', '');
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return ((1101 - sum) % 11) % 10 === Number(digits[10]);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
