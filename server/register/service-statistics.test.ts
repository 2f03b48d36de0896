import { describe, expect, it } from 'vitest';
import { computeServiceStatistics } from './service-statistics.ts';

const NOW = new Date('2026-03-31T12:00:00Z');
// 2026-03-02 is a Monday.
const monday = (day: number, hour = 8) =>
  `2026-03-${String(2 + day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

describe('computeServiceStatistics', () => {
  it('measures decided requests in calendar and working days, leaving out awaiting the applicant', () => {
    const stats = computeServiceStatistics(
      [
        // Monday to Wednesday: 2 calendar days, 2 working days.
        [
          { status: 'submitted', at: monday(0) },
          { status: 'completed', at: monday(2) },
        ],
        // Friday to next Monday: 3 calendar days, 1 working day.
        [
          { status: 'submitted', at: monday(4) },
          { status: 'rejected', at: monday(7) },
        ],
        // Monday to Friday with two days waiting for the applicant: 2 days each way.
        [
          { status: 'submitted', at: monday(0) },
          { status: 'awaiting_applicant', at: monday(1) },
          { status: 'in_progress', at: monday(3) },
          { status: 'completed', at: monday(4) },
        ],
      ],
      'P2D',
      NOW,
    );
    expect(stats).toMatchObject({
      requests: 3,
      decided: 3,
      calendarDays: { average: 2.3, median: 2, p90: 3, max: 3 },
      workingDays: { average: 1.7, median: 2, p90: 2, max: 2 },
      withinTarget: 0.667,
      overdue: 0,
    });
    expect(stats.histogram.find((bucket) => bucket.label === '1-3')?.count).toBe(3);
  });

  it('leaves withdrawn requests out, counts open ones past the target as overdue', () => {
    const stats = computeServiceStatistics(
      [
        [
          { status: 'submitted', at: monday(0) },
          { status: 'withdrawn', at: monday(1) },
        ],
        [{ status: 'submitted', at: monday(20) }],
        [{ status: 'submitted', at: monday(27) }],
      ],
      'P5D',
      NOW,
    );
    expect(stats).toMatchObject({
      requests: 3,
      decided: 0,
      calendarDays: null,
      withinTarget: null,
      overdue: 1,
    });
  });

  it('leaves public holidays out of working days (Easter 2026: Good Friday and Easter Monday)', () => {
    const stats = computeServiceStatistics(
      [
        [
          // Thursday 2 April 10:00 Riga to Tuesday 7 April 10:00 Riga.
          { status: 'submitted', at: '2026-04-02T07:00:00Z' },
          { status: 'completed', at: '2026-04-07T07:00:00Z' },
        ],
      ],
      'P5D',
      NOW,
    );
    expect(stats.calendarDays?.max).toBe(5);
    expect(stats.workingDays?.max).toBe(1);
  });

  it('keeps the first decision of a reopened request, and counts a request reopened after withdrawal as open', () => {
    const stats = computeServiceStatistics(
      [
        [
          { status: 'submitted', at: monday(0) },
          { status: 'completed', at: monday(1) },
          { status: 'in_progress', at: monday(2) },
          { status: 'completed', at: monday(9) },
        ],
        [
          { status: 'submitted', at: monday(0) },
          { status: 'withdrawn', at: monday(1) },
          { status: 'in_progress', at: monday(21) },
        ],
      ],
      'P5D',
      NOW,
    );
    expect(stats.calendarDays?.max).toBe(1);
    // 1 day before the withdrawal, and 8 days since the reopening: overdue.
    expect(stats.overdue).toBe(1);
  });
});
