import { afterEach, describe, expect, it } from 'vitest';

import { localDate, weekdayShort } from '../../../src-renderer/src/history/history-format';

// The component project has no Node types; Vitest runs in Node, where TZ applies at once.
declare const process: { env: Record<string, string | undefined> };

const zoneBefore = process.env.TZ;

describe('History dates', () => {
  afterEach(() => {
    process.env.TZ = zoneBefore;
  });

  // West of Greenwich, UTC midnight is still the evening before: a Monday would read "Sun".
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    "reads main's day as the user's own calendar day in %s",
    (zone) => {
      process.env.TZ = zone;
      expect(localDate('2026-01-05').getDate()).toBe(5);
      expect(weekdayShort('2026-01-05', 'en-GB')).toBe('Mon');
      expect(weekdayShort('2026-03-29', 'en-GB')).toBe('Sun');
    },
  );
});
