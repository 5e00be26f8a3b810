import { describe, expect, it } from 'vitest';

import { getRoutine, getStretch } from '@shared/content/catalog';
import { offerText } from '@shared/morning/offer-text';
import { buildTimeline } from '@shared/routine';

const MINUTE = 60_000;
const routineOf = (stretches: number, totalMs: number) => ({
  stretchIds: Array.from({ length: stretches }, (_, i) => i),
  totalMs,
});

describe('the morning offer text', () => {
  it('greets the user with the real count and length of the routine in bed', () => {
    const timeline = buildTimeline(getRoutine('morning-in-bed'), getStretch);
    expect(timeline.totalMs).toBe(9 * MINUTE + 28_000);
    expect(offerText('on-time', timeline)).toEqual({
      title: 'Good morning',
      body: '7 stretches, about 9 minutes',
    });
  });

  it('rounds to the nearest minute and says one stretch, one minute', () => {
    expect(offerText('on-time', routineOf(3, 8.4 * MINUTE)).body).toBe(
      '3 stretches, about 8 minutes',
    );
    expect(offerText('on-time', routineOf(1, 70_000)).body).toBe('1 stretch, about 1 minute');
    expect(offerText('on-time', routineOf(1, 20_000)).body).toBe('1 stretch, under a minute');
  });

  it('a catch-up greets the same way; the offer after "Later" asks again instead', () => {
    const routine = routineOf(2, 4 * MINUTE);
    expect(offerText('catch-up', routine)).toEqual(offerText('on-time', routine));
    expect(offerText('later', routine)).toEqual({
      title: 'Ready for your morning stretches?',
      body: '2 stretches, about 4 minutes',
    });
  });
});
