import { TZDate } from '@date-fns/tz';

/**
 * The two zones every morning test runs in, with their 2026 DST days worked out by hand (UTC
 * instants), so the code under test is checked against an oracle it did not compute.
 */
export interface ZoneCase {
  zone: string;
  /** The spring-forward date, and a time its clock skips: the first instant after is 03:00. */
  springForward: { date: string; skipped: string; resolvesTo: number };
  /** The fall-back date, and a time its clock shows twice. */
  fallBack: { date: string; repeated: string; first: number; second: number };
}

export const ZONE_CASES: readonly ZoneCase[] = [
  {
    zone: 'Europe/Berlin',
    // 02:00 CET becomes 03:00 CEST at 01:00Z.
    springForward: { date: '2026-03-29', skipped: '02:30', resolvesTo: Date.UTC(2026, 2, 29, 1) },
    // 03:00 CEST becomes 02:00 CET at 01:00Z: 02:30 is 00:30Z, then 01:30Z.
    fallBack: {
      date: '2026-10-25',
      repeated: '02:30',
      first: Date.UTC(2026, 9, 25, 0, 30),
      second: Date.UTC(2026, 9, 25, 1, 30),
    },
  },
  {
    zone: 'America/New_York',
    // 02:00 EST becomes 03:00 EDT at 07:00Z.
    springForward: { date: '2026-03-08', skipped: '02:30', resolvesTo: Date.UTC(2026, 2, 8, 7) },
    // 02:00 EDT becomes 01:00 EST at 06:00Z: 01:30 is 05:30Z, then 06:30Z.
    fallBack: {
      date: '2026-11-01',
      repeated: '01:30',
      first: Date.UTC(2026, 10, 1, 5, 30),
      second: Date.UTC(2026, 10, 1, 6, 30),
    },
  },
];

export const ZONES = ZONE_CASES.map((c) => c.zone);

/**
 * The wall instant a local clock in `zone` shows `time` on `date`, straight from TZDate: for
 * ordinary times only (the DST cases above have their instants written out).
 */
export function wallAt(zone: string, date: string, time: string, seconds = 0): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new TZDate(y, m - 1, d, hh, mm, seconds, zone).getTime();
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
