import { describe, expect, it } from 'vitest';
import { shownDate, storedDate } from './latvian-date.ts';

describe('Latvian dates in a text field', () => {
  it.each([
    ['16.11.1975', '1975-11-16'],
    ['1.2.2003', '2003-02-01'],
    [' 16/11/1975 ', '1975-11-16'],
    ['16-11-1975', '1975-11-16'],
    ['16.11.1975.', '1975-11-16'],
    ['1975-11-16', '1975-11-16'],
  ])('stores %j as %j', (typed, stored) => {
    expect(storedDate(typed)).toBe(stored);
  });

  it('keeps what is not a date as typed, and nothing as nothing', () => {
    expect(storedDate('16.11.75')).toBe('16.11.75');
    expect(storedDate('rīt')).toBe('rīt');
    expect(storedDate('  ')).toBeUndefined();
  });

  it('shows stored dates the Latvian way', () => {
    expect(shownDate('1975-11-16')).toBe('16.11.1975');
    expect(shownDate('16.11.75')).toBe('16.11.75');
    expect(shownDate(undefined)).toBe('');
  });
});
