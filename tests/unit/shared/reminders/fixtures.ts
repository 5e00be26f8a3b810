import type { Instant, TrackerView } from '@shared/sitting/types';

export const MIN = 60_000;
/** Monday 2026-01-05 10:00 UTC. */
export const W0 = Date.UTC(2026, 0, 5, 10, 0, 0);
export const M0 = 500_000;

/** `min` minutes after W0 on both clocks. */
export const at = (min: number): Instant => ({ wall: W0 + min * MIN, mono: M0 + min * MIN });

/** A tracker view as of `nowMin`: sitting since `boutStartMin`, or away when null. */
export function viewAt(
  nowMin: number,
  boutStartMin: number | null,
  idle: 'ok' | 'stuck' = 'ok',
): TrackerView {
  const now = at(nowMin);
  const bout =
    boutStartMin === null
      ? null
      : {
          startedAtWall: at(boutStartMin).wall,
          startedAtMono: at(boutStartMin).mono,
          lengthMs: (nowMin - boutStartMin) * MIN,
        };
  return {
    bout,
    away: bout === null,
    lastInputMono: now.mono,
    history: { bouts: [], breaks: [] },
    idleDetection: idle,
    lastClockJumpMs: null,
    lastClockJumpAtMono: null,
  };
}
