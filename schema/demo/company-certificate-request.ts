import { FORM_SCHEMA_DIALECT } from '../json-schema.ts';
import type { ServiceDefinition } from '../service-definition.ts';
import { COMPANY_CERTIFICATE_REQUEST_REGISTER } from './demo-registers.ts';

/**
 * Demo service: a company representative requests a certificate about the company. Shows a
 * company registration number prefilled from a link (`?company=40003032949`, as an agency's
 * portal would send it), a dropdown of certificate kinds and a postal address that is required
 * only when the certificate goes by post (if/then).
 */
export const COMPANY_CERTIFICATE_REQUEST: ServiceDefinition = {
  modelVersion: 3,
  code: 'company-certificate-request',
  version: 1,
  agency: 'demo-agency',
  state: 'published',
  title: { lv: 'Izziņas pieprasījums par uzņēmumu', en: 'Company certificate request' },
  description: {
    lv: 'Pieprasiet izziņu par sava uzņēmuma reģistrāciju, statusu vai nodokļu saistībām.',
    en: "Request a certificate about your company's registration, status or tax obligations.",
  },
  form: {
    schema: {
      $schema: FORM_SCHEMA_DIALECT,
      type: 'object',
      required: ['companyCode', 'companyName', 'contactPerson', 'email', 'certificateKind', 'deliveryMethod'],
      properties: {
        companyCode: { type: 'string', title: 'Reģistrācijas numurs', format: 'lv-company-code' },
        companyName: { type: 'string', title: 'Uzņēmuma nosaukums', minLength: 1, maxLength: 200 },
        contactPerson: { type: 'string', title: 'Kontaktpersona', minLength: 1, maxLength: 100 },
        phone: { type: 'string', title: 'Tālrunis', format: 'lv-phone' },
        email: { type: 'string', title: 'E-pasts', format: 'email', maxLength: 254 },
        certificateKind: {
          type: 'string',
          title: 'Izziņas veids',
          oneOf: [
            { const: 'register-extract', title: 'Izraksts no komercreģistra' },
            { const: 'good-standing', title: 'Izziņa par uzņēmuma statusu' },
            { const: 'no-tax-debt', title: 'Izziņa par nodokļu parādu neesamību' },
            { const: 'officials', title: 'Izziņa par amatpersonām' },
          ],
        },
        copies: { type: 'integer', title: 'Eksemplāru skaits', minimum: 1, maximum: 5, default: 1 },
        deliveryMethod: {
          type: 'string',
          title: 'Kā vēlaties saņemt izziņu?',
          oneOf: [
            { const: 'e-address', title: 'E-adresē' },
            { const: 'email', title: 'E-pastā' },
            { const: 'post', title: 'Pa pastu' },
          ],
        },
        postalAddress: {
          type: 'object',
          title: 'Pasta adrese',
          required: ['street', 'city', 'postalCode'],
          properties: {
            street: { type: 'string', title: 'Iela, mājas numurs, birojs', minLength: 1, maxLength: 200 },
            city: { type: 'string', title: 'Pilsēta vai pagasts', minLength: 1, maxLength: 100 },
            postalCode: { type: 'string', title: 'Pasta indekss', format: 'lv-postal-code' },
          },
        },
        deliveryDate: { type: 'string', title: 'Vēlamais saņemšanas datums', format: 'date' },
        purpose: { type: 'string', title: 'Izziņas mērķis', maxLength: 1000 },
      },
      if: { properties: { deliveryMethod: { const: 'post' } }, required: ['deliveryMethod'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else keyword, not a thenable (a non-function `then` is ignored by await).
      then: { required: ['postalAddress'] },
    },
    uiSchema: {
      'ui:order': [
        'companyCode',
        'companyName',
        'contactPerson',
        'phone',
        'email',
        'certificateKind',
        'copies',
        'deliveryMethod',
        'postalAddress',
        'deliveryDate',
        'purpose',
      ],
      companyCode: { 'ui:help': '11 cipari, piemēram, 40003032949.' },
      certificateKind: { 'ui:widget': 'select' },
      deliveryMethod: { 'ui:widget': 'radio' },
      postalAddress: {
        'ui:order': ['street', 'city', 'postalCode'],
        'ui:help': 'Jānorāda, ja izziņu sūtām pa pastu.',
      },
      deliveryDate: { 'ui:help': 'Izziņu sagatavojam 5 dienu laikā.' },
      purpose: { 'ui:widget': 'textarea' },
    },
    steps: [
      {
        id: 'company',
        title: { lv: 'Uzņēmums', en: 'Company' },
        fields: ['companyCode', 'companyName', 'contactPerson', 'phone', 'email'],
      },
      {
        id: 'certificate',
        title: { lv: 'Izziņa', en: 'Certificate' },
        fields: ['certificateKind', 'copies', 'deliveryMethod', 'postalAddress', 'deliveryDate', 'purpose'],
      },
    ],
    conditions: [],
    translations: {
      en: {
        '/properties/companyCode': { title: 'Registration number', help: '11 digits, e.g. 40003032949.' },
        '/properties/companyName': { title: 'Company name' },
        '/properties/contactPerson': { title: 'Contact person' },
        '/properties/phone': { title: 'Phone' },
        '/properties/email': { title: 'E-mail' },
        '/properties/certificateKind': { title: 'Kind of certificate' },
        '/properties/certificateKind/oneOf/0': { title: 'Extract from the commercial register' },
        '/properties/certificateKind/oneOf/1': { title: 'Certificate of good standing' },
        '/properties/certificateKind/oneOf/2': { title: 'Certificate of no tax debts' },
        '/properties/certificateKind/oneOf/3': { title: 'Certificate of officials' },
        '/properties/copies': { title: 'Number of copies' },
        '/properties/deliveryMethod': { title: 'How would you like to receive it?' },
        '/properties/deliveryMethod/oneOf/0': { title: 'To my e-address' },
        '/properties/deliveryMethod/oneOf/1': { title: 'By e-mail' },
        '/properties/deliveryMethod/oneOf/2': { title: 'By post' },
        '/properties/postalAddress': { title: 'Postal address', help: 'Needed if we send it by post.' },
        '/properties/postalAddress/properties/street': { title: 'Street, house number, office' },
        '/properties/postalAddress/properties/city': { title: 'City or parish' },
        '/properties/postalAddress/properties/postalCode': { title: 'Postal code' },
        '/properties/deliveryDate': {
          title: 'Preferred date of receipt',
          help: 'We prepare it within 5 days.',
        },
        '/properties/purpose': { title: 'Purpose of the certificate' },
      },
    },
  },
  settings: {
    access: { who: 'company-representatives', assurance: 'substantial' },
    prefill: [
      { field: 'companyCode', source: { kind: 'url', param: 'company' } },
      { field: 'email', source: { kind: 'claim', claim: 'email' } },
      { field: 'phone', source: { kind: 'claim', claim: 'phone_number' } },
    ],
    targetProcessingTime: 'P5D',
    delivery: [{ channel: 'pull', ref: 'demo-agency-inbox' }],
  },
  register: COMPANY_CERTIFICATE_REQUEST_REGISTER,
};
