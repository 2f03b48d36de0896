import { describe, expect, it } from 'vitest';
import { DEFINITION_ISSUE_CODES } from '../../schema/definition-issue.ts';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { describeIssue, describeIssues } from './issue-messages.ts';

const def = DECLARATION_OF_RESIDENCE;

describe('describeIssue', () => {
  it('names the field by its label in each language', () => {
    const issue = { code: 'unsafe_pattern', path: '/form/schema/properties/phone/pattern', message: 'x' };
    expect(describeIssue(issue, def, 'lv').text).toBe(
      "Lauka 'Tālrunis' paraugs var iesaldēt veidlapu. Izvēlieties paraugu no saraksta.",
    );
    expect(describeIssue(issue, def, 'en').text).toMatch(/^The pattern of 'Phone' could freeze the form/);
    expect(describeIssue(issue, def, 'lv').field?.pointer).toBe('/properties/phone');
  });

  it('finds nested fields and fields named in steps and prefill rules', () => {
    const nested = {
      code: 'invalid_pattern',
      path: '/form/schema/properties/address/properties/postalCode/pattern',
      message: '',
    };
    expect(describeIssue(nested, def, 'en').text).toContain("'Postal code'");
    const inStep = { code: 'duplicate_step_field', path: '/form/steps/1/fields/0', message: '' };
    expect(describeIssue(inStep, def, 'lv').text).toContain("'Jaunā dzīvesvietas adrese'");
    const prefill = { code: 'unknown_field', path: '/settings/prefill/0/field', message: '' };
    expect(describeIssue(prefill, def, 'lv').text).toContain("'Personas kods'");
  });

  it('has a sentence in both languages for every code, never the raw message', () => {
    for (const code of DEFINITION_ISSUE_CODES) {
      for (const language of ['lv', 'en'] as const) {
        const text = describeIssue(
          { code, path: '/form/schema/properties/email', message: 'RAW' },
          def,
          language,
        ).text;
        expect(text).not.toContain('RAW');
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('falls back to a general sentence for an unknown code or a broken file', () => {
    expect(describeIssue({ code: 'nope', path: '', message: 'RAW' }, 'not json', 'en').text).toBe(
      'The form has a problem to fix before publishing.',
    );
    expect(describeIssue({ code: 'invalid_shape', path: '/form', message: 'RAW' }, null, 'en').text).toBe(
      'The form file is incomplete or damaged.',
    );
  });

  it('lists a repeated sentence once', () => {
    const issue = { code: 'too_large', path: '', message: '' };
    expect(describeIssues([issue, issue], def, 'lv')).toHaveLength(1);
  });
});
