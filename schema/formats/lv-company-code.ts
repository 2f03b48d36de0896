/**
 * Latvian company registration number (Uzņēmumu reģistra reģistrācijas numurs): 11 digits whose
 * weighted sum with weights 9,1,4,8,3,10,2,5,7,6,1 leaves 3 when divided by 11 (the register's
 * checksum rule), which catches every single mistyped digit.
 */
const SHAPE = /^\d{11}$/;
const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;

/**
 * True when the text is a Latvian company registration number with a valid checksum.
 * @example isLvCompanyCode('40003032949') === true
 */
export function isLvCompanyCode(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(value[i]) * WEIGHTS[i]!;
  return sum % 11 === 3;
}
