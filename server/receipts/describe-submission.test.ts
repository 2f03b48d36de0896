import { describe, expect, it } from 'vitest';
import { DECLARATION_OF_RESIDENCE } from '../../schema/demo-definitions.ts';
import { describeSubmission, formatInstant } from './describe-submission.ts';

const data = {
  givenName: 'Ģirts',
  familyName: 'Ķēniņš',
  birthDate: '1975-11-16',
  address: { street: 'Brīvības iela 1', city: 'Rīga', postalCode: 'LV-1050' },
};

describe('describeSubmission', () => {
  it('labels answers in the chosen language, dates as people write them, groups one line per part', () => {
    const lv = describeSubmission(DECLARATION_OF_RESIDENCE, data, 'lv', new Map()).flatMap((s) => s.answers);
    expect(lv).toContainEqual({ label: 'Dzimšanas datums', lines: ['16.11.1975'] });
    const en = describeSubmission(DECLARATION_OF_RESIDENCE, data, 'en', new Map()).flatMap((s) => s.answers);
    expect(en).toContainEqual({ label: 'Date of birth', lines: ['16 November 1975'] });
    const address = en.find((answer) => answer.lines.some((line) => line.includes('Brīvības iela 1')));
    expect(address?.lines).toHaveLength(3);
  });

  it('leaves unanswered questions out and keeps the steps as sections', () => {
    const sections = describeSubmission(DECLARATION_OF_RESIDENCE, { givenName: 'Anna' }, 'lv', new Map());
    expect(sections).toHaveLength(1);
    expect(sections[0]!.answers).toEqual([{ label: 'Vārds', lines: ['Anna'] }]);
  });

  it('states the time in Riga', () => {
    expect(formatInstant('2026-11-26T10:05:00.000Z', 'lv')).toBe('26.11.2026 12:05 (Rīgas laiks)');
    expect(formatInstant('2026-07-01T10:05:00.000Z', 'en')).toBe('1 July 2026 13:05 (Riga time)');
  });
});
