import { FORM_SCHEMA_DIALECT } from '../../schema/json-schema.ts';
import { emptyRegister } from '../../schema/register/service-register.ts';
import { MODEL_VERSION, type ServiceDefinition } from '../../schema/service-definition.ts';

/** A small but realistic definition for server tests: required text, formats, a number range. */
export function buildPermitDefinition(code = 'parking-permit'): ServiceDefinition {
  return {
    modelVersion: MODEL_VERSION,
    code,
    version: 1,
    agency: 'demo-agency',
    state: 'draft',
    title: { lv: 'Stāvvietas atļauja', en: 'Parking permit' },
    description: {
      lv: 'Pieteikums iedzīvotāja stāvvietas atļaujai.',
      en: 'Apply for a resident parking permit.',
    },
    form: {
      schema: {
        $schema: FORM_SCHEMA_DIALECT,
        type: 'object',
        required: ['fullName', 'personalCode', 'email'],
        properties: {
          fullName: { type: 'string', title: 'Vārds, uzvārds', minLength: 1, maxLength: 100 },
          personalCode: { type: 'string', title: 'Personas kods', format: 'lv-personal-code' },
          email: { type: 'string', title: 'E-pasts', format: 'email', maxLength: 200 },
          phone: { type: 'string', title: 'Tālrunis', format: 'lv-phone' },
          postalCode: { type: 'string', title: 'Pasta indekss', format: 'lv-postal-code' },
          vehicles: { type: 'integer', title: 'Transportlīdzekļu skaits', minimum: 1, maximum: 3 },
        },
      },
      uiSchema: { 'ui:order': ['fullName', 'personalCode', 'email', 'phone', 'postalCode', 'vehicles'] },
      steps: [],
      translations: {
        en: {
          '/properties/fullName': { title: 'Full name' },
          '/properties/personalCode': { title: 'Personal code' },
          '/properties/email': { title: 'E-mail' },
          '/properties/phone': { title: 'Phone' },
          '/properties/postalCode': { title: 'Postal code' },
          '/properties/vehicles': { title: 'Number of vehicles' },
        },
      },
    },
    settings: {
      access: { who: 'anyone', assurance: 'low' },
      prefill: [],
      targetProcessingTime: 'P10D',
      delivery: [],
    },
    register: emptyRegister(),
  };
}

export const VALID_PERMIT_DATA = {
  fullName: 'Jānis Bērziņš',
  personalCode: '161175-19997',
  email: 'janis@example.lv',
  phone: '+371 2612 3456',
  postalCode: 'LV-1010',
  vehicles: 2,
};
