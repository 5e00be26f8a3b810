import type { HistoryStats } from '@shared/history/stats';

import { dayShort, stiffnessText } from './history-format';

/** What each chart says to a screen reader, in one sentence: its shape, not every number. */

type SeriesDay = HistoryStats['last30'][number];

const breaksWord = (n: number) => (n === 1 ? '1 break' : `${n} breaks`);

export function breaksSummary(days: readonly SeriesDay[]): string {
  const total = days.reduce((sum, d) => sum + d.breaksTaken, 0);
  if (total === 0) return 'Stand-up breaks over the last 30 days: none yet.';
  const busiest = days.reduce((a, b) => (b.breaksTaken > a.breaksTaken ? b : a));
  const active = days.filter((d) => d.breaksTaken > 0).length;
  return (
    `Stand-up breaks over the last 30 days: ${breaksWord(total)} on ${active} ` +
    `${active === 1 ? 'day' : 'days'}, the most on ${dayShort(busiest.day)} ` +
    `(${breaksWord(busiest.breaksTaken)}).`
  );
}

export function stiffnessSummary(days: readonly SeriesDay[]): string {
  const rated = days.filter((d): d is SeriesDay & { stiffness: number } => d.stiffness !== null);
  const scale = 'from 0, loose, to 10, very stiff';
  const last = rated.at(-1);
  if (!last) return `How your back felt, ${scale}: no answers yet.`;
  const first = rated[0]!;
  const trend =
    rated.length < 2
      ? ''
      : last.stiffness < first.stiffness
        ? ', looser than at the start'
        : last.stiffness > first.stiffness
          ? ', stiffer than at the start'
          : ', the same as at the start';
  return (
    `How your back felt, ${scale}: ${rated.length} ${rated.length === 1 ? 'answer' : 'answers'}, ` +
    `the latest ${stiffnessText(last.stiffness)} on ${dayShort(last.day)}${trend}.`
  );
}
