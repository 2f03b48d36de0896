import type { ErrorSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { lv } from '../i18n/lv.ts';
import { issueParams, issuesToErrorSchema, unresolvedIssues, withServerIssues } from './server-issues.ts';

describe('issuesToErrorSchema', () => {
  it('places each issue at its JSON Pointer with a plain message', () => {
    const schema = issuesToErrorSchema(
      [
        { code: 'required', path: '/name', message: "must have required property 'name'" },
        { code: 'format', path: '/contact/e~1mail', message: 'must match format "email"' },
        { code: 'required', path: '/name', message: 'duplicate' },
        { code: 'custom_rule', path: '', message: 'Whole form' },
      ],
      lv.errors,
    );
    expect(schema).toEqual({
      __errors: [lv.errors.other],
      name: { __errors: ['Aizpildiet šo lauku.'] },
      contact: { 'e/mail': { __errors: [lv.errors.formatOther] } },
    });
  });

  it('skips pointers through dangerous keys', () => {
    const schema = issuesToErrorSchema([{ code: 'x', path: '/__proto__/polluted', message: '' }], lv.errors);
    expect(schema).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('unresolvedIssues', () => {
  const issues = [
    { code: 'required', path: '/name', message: '' },
    { code: 'format', path: '/contact/email', message: '' },
  ];

  it('keeps issues of unchanged fields and drops those the citizen edited', () => {
    const submitted = { contact: { email: 'a@' } };
    expect(unresolvedIssues(issues, submitted, { contact: { email: 'a@' } })).toEqual(issues);
    expect(unresolvedIssues(issues, submitted, { name: 'Anna', contact: { email: 'a@' } })).toEqual([
      issues[1],
    ]);
    expect(unresolvedIssues(issues, submitted, { name: 'Anna', contact: { email: 'a@b.lv' } })).toEqual([]);
  });
});

describe('withServerIssues', () => {
  it('adds the server’s messages to the browser’s, each once', () => {
    const browser = {
      name: { __errors: [lv.errors.required] },
      city: { __errors: [lv.errors.pattern] },
    } as unknown as ErrorSchema;
    expect(withServerIssues(browser, [], lv.errors)).toBe(browser);
    expect(
      withServerIssues(
        browser,
        [
          { code: 'required', path: '/name', message: '' },
          { code: 'format', path: '/email', message: '' },
        ],
        lv.errors,
      ),
    ).toEqual({
      name: { __errors: [lv.errors.required] },
      city: { __errors: [lv.errors.pattern] },
      email: { __errors: [lv.errors.formatOther] },
    });
    expect(withServerIssues(undefined, [], lv.errors)).toBeUndefined();
  });
});

describe('issueParams', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      email: { type: 'string', format: 'email' },
      name: { type: 'string', minLength: 2 },
      address: { type: 'object', properties: { postalCode: { $ref: '#/definitions/postalCode' } } },
    },
    definitions: { postalCode: { type: 'string', format: 'lv-postal-code' } },
    allOf: [
      {
        if: { required: ['email'] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword.
        then: { properties: { phone: { type: 'string', maxLength: 20 } } },
      },
    ],
  };

  it('reads what the server’s keyword needs from the field’s schema, for the specific message', () => {
    expect(issueParams({ code: 'format', path: '/email', message: '' }, schema)).toEqual({ format: 'email' });
    expect(issueParams({ code: 'minLength', path: '/name', message: '' }, schema)).toEqual({ limit: 2 });
    expect(issueParams({ code: 'format', path: '/address/postalCode', message: '' }, schema)).toEqual({
      format: 'lv-postal-code',
    });
    expect(issueParams({ code: 'maxLength', path: '/phone', message: '' }, schema)).toEqual({ limit: 20 });
    expect(issueParams({ code: 'format', path: '/nope', message: '' }, schema)).toBeUndefined();
    expect(issuesToErrorSchema([{ code: 'format', path: '/email', message: '' }], lv.errors, schema)).toEqual(
      { email: { __errors: [lv.errors.format.email] } },
    );
  });
});
