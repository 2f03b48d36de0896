import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv-setup.ts';
import { checkDefinition } from './check-definition.ts';
import {
  COMPANY_CERTIFICATE_REQUEST,
  DECLARATION_OF_RESIDENCE,
  DEMO_DEFINITIONS,
} from './demo-definitions.ts';
import { createFormValidator } from './form-validator.ts';
import { FORMAT_CATALOG } from './formats/format-catalog.ts';
import { appendPointer } from './json-pointer.ts';
import type { JsonSchema } from './json-schema.ts';

/** Pointers of every field and every choice option, the places a citizen reads a title. */
function titledPlaces(schema: JsonSchema, pointer = ''): string[] {
  const places: string[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const path = appendPointer(pointer, 'properties', name);
    places.push(path, ...titledPlaces(child, path));
    for (const i of child.oneOf?.keys() ?? []) places.push(appendPointer(path, 'oneOf', i));
  }
  return places;
}

describe.each(DEMO_DEFINITIONS.map((definition) => [definition.code, definition] as const))(
  '%s',
  (_, definition) => {
    it('passes the definition checker unchanged', () => {
      expect(checkDefinition(definition)).toEqual({ ok: true, value: definition });
    });

    it('belongs to the demo agency and has two steps', () => {
      expect(definition.agency).toBe('demo-agency');
      expect(definition.form.steps).toHaveLength(2);
    });

    it('has an English title for every field and choice, and English help wherever there is Latvian help', () => {
      const english = definition.form.translations.en ?? {};
      for (const place of titledPlaces(definition.form.schema)) {
        expect(english[place]?.title, place).toBeTruthy();
      }
      for (const [name, ui] of Object.entries(definition.form.uiSchema)) {
        if (typeof ui === 'object' && ui !== null && 'ui:help' in ui) {
          expect(english[`/properties/${name}`]?.help, name).toBeTruthy();
        }
      }
    });
  },
);

describe('demo definitions together', () => {
  it('use every format the platform offers', () => {
    const used = new Set(
      DEMO_DEFINITIONS.flatMap(
        (definition) => JSON.stringify(definition.form.schema).match(/"format":"[^"]+"/g) ?? [],
      ),
    );
    for (const format of FORMAT_CATALOG) expect(used).toContain(`"format":"${format.name}"`);
  });

  it('accept a realistic declaration of residence and ask a tenant for the owner’s consent', () => {
    const validate = createFormValidator(createAjv(), DECLARATION_OF_RESIDENCE.form.schema);
    const answers = {
      personalCode: '161175-19997',
      givenName: 'Jānis',
      familyName: 'Bērziņš',
      birthDate: '1975-11-16',
      phone: '+371 2612 3456',
      email: 'janis.berzins@example.lv',
      address: { street: 'Brīvības iela 1-5', city: 'Rīga', postalCode: 'LV-1050' },
      moveInDate: '2025-03-01',
      housingBasis: 'owner',
    };
    expect(validate(answers)).toEqual({ ok: true });
    const tenant = validate({ ...answers, housingBasis: 'rental' });
    expect(tenant.ok ? [] : tenant.issues.map((issue) => issue.path)).toEqual(['/ownerConsent']);
  });

  it('accept a certificate request and want a postal address only for post', () => {
    const validate = createFormValidator(createAjv(), COMPANY_CERTIFICATE_REQUEST.form.schema);
    const answers = {
      companyCode: '40003032949',
      companyName: 'SIA Piemērs',
      contactPerson: 'Anna Kalniņa',
      email: 'anna@piemers.lv',
      certificateKind: 'good-standing',
      deliveryMethod: 'e-address',
    };
    expect(validate(answers)).toEqual({ ok: true });
    const byPost = validate({ ...answers, deliveryMethod: 'post' });
    expect(byPost.ok ? [] : byPost.issues.map((issue) => issue.path)).toEqual(['/postalAddress']);
  });
});
