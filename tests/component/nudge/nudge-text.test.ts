import { describe, expect, it } from 'vitest';

import { formatSittingTime, snoozeText } from '../../../src-renderer/src/nudge/nudge-text';

const MIN = 60_000;

describe('nudge wording', () => {
  it('rounds sitting time down to whole minutes, and shows hours past the hour', () => {
    expect(formatSittingTime(47 * MIN + 59_999)).toBe('47 min');
    expect(formatSittingTime(59_999)).toBe('0 min');
    expect(formatSittingTime(60 * MIN)).toBe('1 h');
    expect(formatSittingTime(125 * MIN)).toBe('2 h 5 min');
    expect(formatSittingTime(-5_000)).toBe('0 min');
  });

  it('shows each snooze length in minutes', () => {
    expect(snoozeText(5)).toBe('5 min');
    expect(snoozeText(1)).toBe('1 min');
  });
});
