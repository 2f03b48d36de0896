import type { JsonSchema } from '../../schema/json-schema.ts';

type UiNode = Record<string, unknown>;

/** HTML autofill tokens (WHATWG "Autofill") that WCAG 1.3.5 asks for on fields about the user. */
const BY_NAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(givenname|firstname|forename|vards)$/, 'given-name'],
  [/^(familyname|lastname|surname|uzvards)$/, 'family-name'],
  [/^(fullname|personname)$/, 'name'],
  [/^(birthdate|dateofbirth|birthday|dob|dzimsanasdatums)$/, 'bday'],
  [/^(email|emailaddress|epasts)$/, 'email'],
  [/^(phone|phonenumber|telephone|tel|mobile|talrunis)$/, 'tel'],
  [/^(street|streetaddress|addressline|iela)$/, 'street-address'],
  [/^(city|town|locality|pilseta)$/, 'address-level2'],
  [/^(postalcode|postcode|zip|zipcode|pastaindekss)$/, 'postal-code'],
  [/^(companyname|organisationname|organizationname)$/, 'organization'],
];

const BY_FORMAT: Readonly<Record<string, string>> = {
  email: 'email',
  'lv-phone': 'tel',
  'lv-postal-code': 'postal-code',
};

/** `given_name`, `Given-Name` and `givenName` all read `givenname`; Latvian letters lose their marks. */
function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * The autofill token for a field, from its format or, failing that, its name; undefined when the
 * field is not obviously about the person filling the form (a personal code has no token).
 *
 * @example autocompleteFor('givenName', { type: 'string' }) // 'given-name'
 */
export function autocompleteFor(name: string, field: JsonSchema): string | undefined {
  const types = Array.isArray(field.type) ? field.type : [field.type];
  if (!types.includes('string') || field.enum !== undefined || field.oneOf !== undefined) return undefined;
  if (typeof field.format === 'string' && Object.hasOwn(BY_FORMAT, field.format))
    return BY_FORMAT[field.format];
  const normalised = normalise(name);
  const token = BY_NAME.find(([pattern]) => pattern.test(normalised))?.[1];
  // A birth date only when it is a date; a "phone" that is a free text note is still a phone.
  if (token === 'bday' && field.format !== 'date') return undefined;
  return token;
}

function resolve(root: JsonSchema, node: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return node;
  const target = root.definitions?.[ref.slice('#/definitions/'.length)];
  return target ? { ...target, ...node, $ref: undefined } : node;
}

function isRecord(value: unknown): value is UiNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The UI schema with `ui:autocomplete` added to personal-data fields (WCAG 1.3.5 Identify Input
 * Purpose), so browsers and assistive tools can fill and label them. An agency's own
 * `ui:autocomplete` always wins. Nested objects (an address) are followed; array items are not,
 * since a list of children or co-owners is not about the person filling the form.
 *
 * @example withAutocomplete(schema, {}) // { email: { 'ui:autocomplete': 'email' }, ... }
 */
export function withAutocomplete(schema: JsonSchema, uiSchema: UiNode): UiNode {
  const visit = (node: JsonSchema, ui: UiNode, depth: number): UiNode => {
    const resolved = resolve(schema, node);
    if (depth > 8 || !resolved.properties) return ui;
    let result = ui;
    for (const [name, child] of Object.entries(resolved.properties)) {
      const childSchema = resolve(schema, child);
      const childUi = isRecord(ui[name]) ? ui[name] : {};
      let next = childUi;
      if (childSchema.properties) next = visit(childSchema, childUi, depth + 1);
      else if (childUi['ui:autocomplete'] === undefined) {
        const token = autocompleteFor(name, childSchema);
        if (token) next = { ...childUi, 'ui:autocomplete': token };
      }
      if (next !== childUi) {
        if (result === ui) result = { ...ui };
        result[name] = next;
      }
    }
    return result;
  };
  return visit(schema, uiSchema, 0);
}
