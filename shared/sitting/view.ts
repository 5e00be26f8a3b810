import { absenceMs } from './absence';
import { defaultTrackerConfig } from './config';
import type { Instant, OpenBout, TrackerConfig, TrackerState, TrackerView } from './types';

function boutAt(bout: OpenBout, at: Instant): TrackerView['bout'] {
  const lengthMs = Math.max(0, at.mono - bout.startMono);
  return { startedAtWall: at.wall - lengthMs, startedAtMono: bout.startMono, lengthMs };
}

/**
 * What the tray, the planner and the sampler read, as of `at`. The bout is measured in
 * monotonic time, so changing the wall clock never makes it negative or longer than real time.
 * A lock or sleep counts as away at once, but only ends the bout once it reaches a natural break.
 */
export function trackerView(
  state: TrackerState,
  at: Instant,
  config: TrackerConfig = defaultTrackerConfig,
): TrackerView {
  const p = state.presence;
  let bout: TrackerView['bout'] = null;
  let lastInputMono: number | null = p.kind === 'absent' ? null : p.lastInputMono;
  if (p.kind === 'desk') bout = boutAt(p, at);
  if (p.kind === 'absent') {
    lastInputMono = p.pendingBout?.lastInputMono ?? null;
    if (p.pendingBout && absenceMs(p, at.mono) < config.naturalBreakMs)
      bout = boutAt(p.pendingBout, at);
  }
  return {
    bout,
    away: p.kind !== 'desk',
    lastInputMono,
    history: state.history,
    idleDetection: state.idle.stuck === null ? 'ok' : 'stuck',
    lastClockJumpMs: state.lastClockJump?.skewMs ?? null,
    lastClockJumpAtMono: state.lastClockJump?.atMono ?? null,
  };
}
