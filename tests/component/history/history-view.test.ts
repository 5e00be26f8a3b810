import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';

import type { HistoryStats } from '@shared/history/stats';
import { eventChannels } from '@shared/ipc/channels';
import { ok } from '@shared/ipc/result';

import { rendererApiFrom } from '../../../src-renderer/src/bridge/api';
import { dayShort } from '../../../src-renderer/src/history/history-format';
import HistoryView from '../../../src-renderer/src/history/HistoryView.svelte';
import { FakeTransport } from '../support/fake-transport';

const MIN = 60_000;

/** 'YYYY-MM-DD' for `n` days after 2026-01-05 (a Monday), counted on the calendar. */
const dayAfter = (n: number) => new Date(Date.UTC(2026, 0, 5 + n)).toISOString().slice(0, 10);

/** A Wednesday's figures: a week begun two days ago, a month with a few breaks and ratings. */
function statsOnWednesday(): HistoryStats {
  const today = dayAfter(2);
  const week = Array.from({ length: 7 }, (_, i) => ({
    day: dayAfter(i),
    breaksTaken: [3, 1, 2, 0, 0, 0, 0][i]!,
    nudges: [4, 2, 2, 0, 0, 0, 0][i]!,
    nudgesTaken: [2, 1, 1, 0, 0, 0, 0][i]!,
    stretchedMs: [14 * MIN, 9 * MIN, 0, 0, 0, 0, 0][i]!,
    longestSittingMs: [62 * MIN, 48 * MIN, 30 * MIN, 0, 0, 0, 0][i]!,
  }));
  const last30 = Array.from({ length: 30 }, (_, i) => ({
    day: dayAfter(i - 27),
    breaksTaken: i % 3,
    stiffness: i % 4 === 0 ? 7 - i / 6 : null,
  }));
  return { today, streak: { current: 3, best: 5, doneToday: true }, week, last30 };
}

const quietStats = (): HistoryStats => ({
  ...statsOnWednesday(),
  streak: { current: 0, best: 0, doneToday: false },
  week: statsOnWednesday().week.map((d) => ({
    ...d,
    breaksTaken: 0,
    nudges: 0,
    nudgesTaken: 0,
    stretchedMs: 0,
    longestSittingMs: 0,
  })),
  last30: statsOnWednesday().last30.map((d) => ({ ...d, breaksTaken: 0, stiffness: null })),
});

function openHistory(stats: HistoryStats) {
  const transport = new FakeTransport();
  transport.handle('getHistoryStats', () => ok(stats));
  transport.handle('exportHistory', () =>
    ok({ saved: true, path: '/home/sam/limber-history-2026-01-07.csv' }),
  );
  render(HistoryView, { api: rendererApiFrom(transport.api) });
  return { push: (next: HistoryStats) => transport.emit(eventChannels.history, next) };
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent?.trim());

describe('History window', () => {
  it('shows the morning streak and the best one', async () => {
    openHistory(statsOnWednesday());
    const streak = await screen.findByRole('region', { name: 'Morning streak' });
    expect(within(streak).getByText('3 days')).toBeTruthy();
    expect(within(streak).getByText('Best: 5 days')).toBeTruthy();
    expect(within(streak).getByText('Morning routine done today. See you tomorrow!')).toBeTruthy();
  });

  it('lists the week Monday to Sunday, days to come left blank', async () => {
    openHistory(statsOnWednesday());
    const week = await screen.findByRole('region', { name: 'This week' });
    const rows = within(week).getAllByRole('row').slice(1);
    const names = rows.map((row) => within(row).getByRole('rowheader').textContent?.trim());
    expect(names).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(cellsOf(rows[0]!)).toEqual(['3', '2 of 4 taken', '14 min', '1 h 2 min']);
    expect(cellsOf(rows[2]!)).toEqual(['2', '1 of 2 taken', '–', '30 min']);
    expect(cellsOf(rows[3]!)).toEqual(['–']);
  });

  it('follows main: new figures pushed replace the old', async () => {
    const main = openHistory(statsOnWednesday());
    await screen.findByText('3 days');
    main.push({ ...statsOnWednesday(), streak: { current: 4, best: 5, doneToday: true } });
    expect(await screen.findByText('4 days')).toBeTruthy();
  });

  // Dates are worded in the user's locale, so the expectations word them the same way.
  it('has a table with the very numbers the charts draw', async () => {
    const stats = statsOnWednesday();
    openHistory(stats);
    const breaks = await screen.findByRole('img', { name: /^Stand-up breaks over the last 30/ });
    const stiffness = screen.getByRole('img', { name: /^How your back felt/ });
    const table = screen.getByRole('table', { name: 'Breaks and back stiffness, day by day' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(30);

    // Each bar and dot names its day and value; the table's row for that day says the same.
    const byDay = new Map(
      rows.map((row) => [within(row).getByRole('rowheader').textContent?.trim(), cellsOf(row)]),
    );
    const bars = [...breaks.querySelectorAll('rect title')].map((t) => t.textContent ?? '');
    expect(bars).toHaveLength(stats.last30.filter((d) => d.breaksTaken > 0).length);
    for (const title of bars) {
      const [, day, count] = /^(.+): (\d+) breaks?$/.exec(title)!;
      expect(byDay.get(day!)?.[0]).toBe(count);
    }
    const dots = [...stiffness.querySelectorAll('circle title')].map((t) => t.textContent ?? '');
    expect(dots).toHaveLength(stats.last30.filter((d) => d.stiffness !== null).length);
    for (const title of dots) {
      const [, day, score] = /^(.+): ([\d.]+) out of 10$/.exec(title)!;
      expect(byDay.get(day!)?.[1]).toBe(score);
    }
    // Days with no break and no rating are in the table too, as 0 and a dash.
    expect(byDay.get(dayShort('2025-12-09'))).toEqual(['0', '7']);
    expect(byDay.get(dayShort('2025-12-10'))).toEqual(['1', '–']);
  });

  it('summarises each chart in words for a screen reader', async () => {
    openHistory(statsOnWednesday());
    const breaks = await screen.findByRole('img', { name: /^Stand-up breaks/ });
    expect(breaks.getAttribute('aria-label')).toBe(
      `Stand-up breaks over the last 30 days: 30 breaks on 20 days, the most on ${dayShort('2025-12-11')} (2 breaks).`,
    );
    expect(
      screen.getByRole('img', { name: /^How your back felt/ }).getAttribute('aria-label'),
    ).toBe(
      `How your back felt, from 0, loose, to 10, very stiff: 8 answers, the latest 2.3 on ${dayShort('2026-01-06')}, looser than at the start.`,
    );
  });

  it('says kindly when there is nothing yet, and how to begin', async () => {
    openHistory(quietStats());
    expect(await screen.findByRole('heading', { name: 'Nothing here yet' })).toBeTruthy();
    expect(screen.getByText(/open Limber in the tray and choose/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'This week' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export to CSV…' })).toBeNull();
  });

  it('says where the CSV was saved', async () => {
    openHistory(statsOnWednesday());
    await fireEvent.click(await screen.findByRole('button', { name: 'Export to CSV…' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent?.trim()).toBe(
        'Saved to /home/sam/limber-history-2026-01-07.csv',
      ),
    );
  });
});
