/**
 * Valid, varied answers to the seeded demo service `declaration-of-residence`
 * (schema/demo/declaration-of-residence.ts), as a citizen's browser would send them.
 * Checked against the real validator before use, so a schema change fails loudly here, not as
 * thousands of 422s in the middle of a run.
 */
import { createAjv } from '../../schema/ajv-setup.ts';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { createFormValidator } from '../../schema/form-validator.ts';

export const RESIDENCE_SERVICE_CODE = DECLARATION_OF_RESIDENCE.code;

/**
 * The demo service asks citizens to sign in and checks identity answers against the sign-in
 * (issue 5). Intake over HTTP is measured on an open copy: same form, same validator, anyone may
 * submit, nothing prefilled from a sign-in. Published by the benchmark through the API.
 */
export const OPEN_RESIDENCE_SERVICE_CODE = 'intake-bench-residence';

export function openResidenceDefinition() {
  const settings = DECLARATION_OF_RESIDENCE.settings;
  return {
    ...DECLARATION_OF_RESIDENCE,
    code: OPEN_RESIDENCE_SERVICE_CODE,
    settings: {
      ...settings,
      access: { who: 'anyone' as const, assurance: 'low' as const },
      prefill: settings.prefill.filter((entry) => entry.source.kind !== 'claim'),
    },
  };
}

const GIVEN = ['Anna', 'Jānis', 'Līga', 'Pēteris', 'Marta', 'Kārlis', 'Ilze', 'Andris'];
const FAMILY = ['Bērziņa', 'Kalniņš', 'Ozola', 'Liepiņš', 'Krūmiņa', 'Jansons', 'Zariņa', 'Vītols'];
const STREETS = ['Brīvības iela', 'Elizabetes iela', 'Krišjāņa Barona iela', 'Tērbatas iela'];
const CITIES = ['Rīga', 'Jelgava', 'Liepāja', 'Valmiera', 'Cēsu pagasts'];
const BASES = ['owner', 'rental', 'relative', 'other'] as const;
const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** An old-form personal code `DDMMYY-CNNNX` with a correct check digit (lv-personal-code.ts). */
function personalCode(birth: Date, serial: number): string {
  const year = birth.getUTCFullYear();
  const digits =
    String(birth.getUTCDate()).padStart(2, '0') +
    String(birth.getUTCMonth() + 1).padStart(2, '0') +
    String(year % 100).padStart(2, '0') +
    String(Math.floor(year / 100) - 18) +
    String(serial % 1000).padStart(3, '0');
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  const check = ((1101 - sum) % 11) % 10;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${check}`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `count` different valid answers (deterministic, so runs are comparable). */
export function buildResidencePayloads(count: number): Record<string, unknown>[] {
  const validate = createFormValidator(createAjv(), DECLARATION_OF_RESIDENCE.form.schema);
  const payloads: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const birth = new Date(Date.UTC(1950 + ((i * 7) % 55), (i * 5) % 12, 1 + ((i * 11) % 28)));
    const given = GIVEN[i % GIVEN.length]!;
    const family = FAMILY[(i * 3) % FAMILY.length]!;
    const basis = BASES[i % BASES.length]!;
    const data: Record<string, unknown> = {
      personalCode: personalCode(birth, 100 + i),
      givenName: given,
      familyName: family,
      birthDate: isoDate(birth),
      phone: `+371 2${String(6000000 + ((i * 7919) % 3999999)).slice(0, 3)} ${String(1000 + i).slice(-4)}`,
      email: `${given
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}.${i}@example.lv`,
      address: {
        street: `${STREETS[i % STREETS.length]} ${1 + (i % 120)}-${1 + (i % 40)}`,
        city: CITIES[i % CITIES.length],
        postalCode: `LV-${String(1001 + ((i * 37) % 4000)).padStart(4, '0')}`,
      },
      moveInDate: isoDate(new Date(Date.UTC(2024, i % 12, 1 + (i % 28)))),
      housingBasis: basis,
    };
    if (basis !== 'owner') data.ownerConsent = true;
    const result = validate(data);
    if (!result.ok) {
      throw new Error(`buildResidencePayloads: payload ${i} is invalid: ${JSON.stringify(result.issues)}`);
    }
    payloads.push(data);
  }
  return payloads;
}
