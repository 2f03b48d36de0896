import { describe, expect, it } from 'vitest';
import { easterSunday, isLatvianPublicHoliday, latvianPublicHolidays } from './latvian-public-holidays.ts';

describe('easterSunday', () => {
  it.each([
    [2000, 4, 23],
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [1818, 3, 22], // the earliest possible date
    [1943, 4, 25], // the latest possible date
  ])('Easter %i is on %i-%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('latvianPublicHolidays', () => {
  it('lists the days off of 2025 (4 May a Sunday: Monday 5 May off)', () => {
    expect(latvianPublicHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-04',
      '2025-05-05',
      '2025-06-23',
      '2025-06-24',
      '2025-11-18',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
      '2025-12-31',
    ]);
  });

  it('lists the days off of 2026 (Easter 5 April; 4 May and 18 November on weekdays)', () => {
    expect(latvianPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-06-23',
      '2026-06-24',
      '2026-11-18',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
  });

  it('moves 4 May and 18 November off a Saturday to the Monday', () => {
    // 4 May 2024 and 18 November 2023 are Saturdays.
    expect(latvianPublicHolidays(2024)).toContain('2024-05-06');
    expect(latvianPublicHolidays(2024)).not.toContain('2024-05-05');
    expect(latvianPublicHolidays(2023)).toContain('2023-11-20');
    // 18 November 2029 is a Sunday.
    expect(latvianPublicHolidays(2029)).toContain('2029-11-19');
  });

  it('answers by date', () => {
    expect(isLatvianPublicHoliday(2026, 11, 18)).toBe(true);
    expect(isLatvianPublicHoliday(2026, 11, 19)).toBe(false);
    expect(isLatvianPublicHoliday(2026, 4, 6)).toBe(true);
  });
});
