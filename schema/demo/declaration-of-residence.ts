import { FORM_SCHEMA_DIALECT } from '../json-schema.ts';
import type { ServiceDefinition } from '../service-definition.ts';
import { DECLARATION_OF_RESIDENCE_REGISTER } from './demo-registers.ts';

/**
 * Demo service: declaring one's place of residence (dzīvesvietas deklarācija), the most common
 * e-service a municipality runs. Shows claim prefill, a nested address with a postal code, a
 * choice and a yes/no question that only matters for some choices (if/then/else).
 */
export const DECLARATION_OF_RESIDENCE: ServiceDefinition = {
  modelVersion: 3,
  code: 'declaration-of-residence',
  version: 1,
  agency: 'demo-agency',
  state: 'published',
  title: { lv: 'Dzīvesvietas deklarēšana', en: 'Declaration of residence' },
  description: {
    lv: 'Deklarējiet savu dzīvesvietu Latvijā. Pieteikums aizņem apmēram 5 minūtes.',
    en: 'Declare your place of residence in Latvia. It takes about 5 minutes.',
  },
  form: {
    schema: {
      $schema: FORM_SCHEMA_DIALECT,
      type: 'object',
      required: [
        'personalCode',
        'givenName',
        'familyName',
        'birthDate',
        'email',
        'address',
        'moveInDate',
        'housingBasis',
      ],
      properties: {
        personalCode: { type: 'string', title: 'Personas kods', format: 'lv-personal-code' },
        givenName: { type: 'string', title: 'Vārds', minLength: 1, maxLength: 100 },
        familyName: { type: 'string', title: 'Uzvārds', minLength: 1, maxLength: 100 },
        birthDate: { type: 'string', title: 'Dzimšanas datums', format: 'date' },
        phone: { type: 'string', title: 'Tālrunis', format: 'lv-phone' },
        email: { type: 'string', title: 'E-pasts', format: 'email', maxLength: 254 },
        address: {
          type: 'object',
          title: 'Jaunā dzīvesvietas adrese',
          required: ['street', 'city', 'postalCode'],
          properties: {
            street: { type: 'string', title: 'Iela, mājas numurs, dzīvoklis', minLength: 1, maxLength: 200 },
            city: { type: 'string', title: 'Pilsēta vai pagasts', minLength: 1, maxLength: 100 },
            postalCode: { type: 'string', title: 'Pasta indekss', format: 'lv-postal-code' },
          },
        },
        moveInDate: { type: 'string', title: 'Dzīvoju šajā adresē kopš', format: 'date' },
        housingBasis: {
          type: 'string',
          title: 'Tiesiskais pamats dzīvot šajā adresē',
          oneOf: [
            { const: 'owner', title: 'Esmu īpašnieks' },
            { const: 'rental', title: 'Īres līgums' },
            { const: 'relative', title: 'Dzīvoju pie radiniekiem' },
            { const: 'other', title: 'Cits pamats' },
          ],
        },
        ownerConsent: { type: 'boolean', title: 'Vai īpašnieks piekrīt, ka deklarējat šo adresi?' },
      },
      // Only someone who does not own the home needs the owner's consent (Dzīvesvietas deklarēšanas likums).
      if: { properties: { housingBasis: { const: 'owner' } }, required: ['housingBasis'] },
      else: { required: ['ownerConsent'] },
    },
    uiSchema: {
      'ui:order': [
        'personalCode',
        'givenName',
        'familyName',
        'birthDate',
        'phone',
        'email',
        'address',
        'moveInDate',
        'housingBasis',
        'ownerConsent',
      ],
      personalCode: { 'ui:help': 'Formā 123456-12345.' },
      phone: { 'ui:help': 'Ar valsts kodu, piemēram, +371 2612 3456.' },
      address: {
        'ui:order': ['street', 'city', 'postalCode'],
        postalCode: { 'ui:help': 'Piemēram, LV-1050.' },
      },
      housingBasis: { 'ui:widget': 'radio' },
      ownerConsent: { 'ui:widget': 'radio', 'ui:help': 'Nav jāaizpilda, ja esat īpašnieks.' },
    },
    steps: [
      {
        id: 'person',
        title: { lv: 'Par jums', en: 'About you' },
        fields: ['personalCode', 'givenName', 'familyName', 'birthDate', 'phone', 'email'],
      },
      {
        id: 'residence',
        title: { lv: 'Dzīvesvieta', en: 'Residence' },
        fields: ['address', 'moveInDate', 'housingBasis', 'ownerConsent'],
      },
    ],
    conditions: [],
    translations: {
      en: {
        '/properties/personalCode': { title: 'Personal code', help: 'In the form 123456-12345.' },
        '/properties/givenName': { title: 'Given name' },
        '/properties/familyName': { title: 'Family name' },
        '/properties/birthDate': { title: 'Date of birth' },
        '/properties/phone': { title: 'Phone', help: 'With the country code, e.g. +371 2612 3456.' },
        '/properties/email': { title: 'E-mail' },
        '/properties/address': { title: 'New address of residence' },
        '/properties/address/properties/street': { title: 'Street, house number, flat' },
        '/properties/address/properties/city': { title: 'City or parish' },
        '/properties/address/properties/postalCode': { title: 'Postal code', help: 'For example LV-1050.' },
        '/properties/moveInDate': { title: 'Living at this address since' },
        '/properties/housingBasis': { title: 'Legal basis for living at this address' },
        '/properties/housingBasis/oneOf/0': { title: 'I own it' },
        '/properties/housingBasis/oneOf/1': { title: 'Rental agreement' },
        '/properties/housingBasis/oneOf/2': { title: 'I live with relatives' },
        '/properties/housingBasis/oneOf/3': { title: 'Another basis' },
        '/properties/ownerConsent': {
          title: 'Does the owner agree that you declare this address?',
          help: 'Leave empty if you are the owner.',
        },
      },
    },
  },
  settings: {
    access: { who: 'signed-in', assurance: 'substantial' },
    prefill: [
      { field: 'personalCode', source: { kind: 'claim', claim: 'personal_code' } },
      { field: 'givenName', source: { kind: 'claim', claim: 'given_name' } },
      { field: 'familyName', source: { kind: 'claim', claim: 'family_name' } },
      { field: 'email', source: { kind: 'claim', claim: 'email' } },
    ],
    targetProcessingTime: 'P3D',
    delivery: [{ channel: 'pull', ref: 'demo-agency-inbox' }],
  },
  register: DECLARATION_OF_RESIDENCE_REGISTER,
};
