import { describe, expect, it } from 'vitest';

import { getRoutine, getStretch } from '@shared/content/catalog';
import { buildTimeline, playerView, startPlayer } from '@shared/routine';

import { cueLine, nextLabel } from '../../../src-renderer/src/player/step-text';
import { nextRefreshDelay } from '../../../src-renderer/src/player/tick-schedule';
import {
  formatCountdown,
  formatDuration,
  formatMinutesLeft,
} from '../../../src-renderer/src/ui/format';

const timeline = buildTimeline(getRoutine('morning-in-bed'), getStretch);
const find = (kind: string, side?: string) => {
  const step = timeline.steps.find((s) => s.kind === kind && (!side || s.side === side));
  if (!step) throw new Error(`no ${kind} step`);
  return step;
};

describe('time as the player writes it', () => {
  it('counts down in whole seconds, rounding up so 0:00 means done', () => {
    expect(formatCountdown(24_000)).toBe('0:24');
    expect(formatCountdown(23_001)).toBe('0:24');
    expect(formatCountdown(90_000)).toBe('1:30');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('rounds minutes left up, and time spent down', () => {
    expect(formatMinutesLeft(5 * 60_000 + 1)).toBe('6 min left');
    expect(formatMinutesLeft(20_000)).toBe('1 min left');
    expect(formatDuration(510_900)).toBe('8 min 30 s');
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(120_000)).toBe('2 min');
  });
});

describe('step words', () => {
  it('names what comes next: the side, a switch, or the next stretch', () => {
    const rightHold = find('hold', 'right');
    const next = (step: typeof rightHold) => timeline.steps[step.index + 1];
    expect(nextLabel(rightHold, next(rightHold), getStretch)).toBe('Next: Switch sides');
    const switchStep = find('switch');
    expect(nextLabel(switchStep, next(switchStep), getStretch)).toBe('Next: Left leg');
    const setup = find('setup');
    expect(nextLabel(setup, next(setup), getStretch)).toBe('Next: Hold');
    const rest = find('rest');
    expect(nextLabel(rest, next(rest), getStretch)).toBe(`Next: ${getStretch('piriformis').name}`);
    const last = timeline.steps.at(-1);
    if (last) expect(nextLabel(last, undefined, getStretch)).toBe('Next: Finish');
  });

  it('rotates the stretch cues every 10 s of a hold', () => {
    const hold = find('hold', 'right');
    const stretch = getStretch(hold.stretchId);
    const { cues } = stretch;
    expect(cueLine(stretch, hold, hold.durationMs)).toBe(cues[0]);
    expect(cueLine(stretch, hold, hold.durationMs - 9_999)).toBe(cues[0]);
    expect(cueLine(stretch, hold, hold.durationMs - 10_000)).toBe(cues[1]);
    expect(cueLine(stretch, find('rest'), 1_000)).toBe('');
  });
});

describe('nextRefreshDelay', () => {
  it('wakes just after the next whole second of the countdown', () => {
    const view = playerView(timeline, startPlayer(0), 300);
    const delay = nextRefreshDelay(view) ?? -1;
    expect(delay).toBeGreaterThanOrEqual(700);
    expect(delay).toBeLessThan(750);
  });

  it('wakes at the breath turn when that comes first', () => {
    const flow = find('flow');
    const state = {
      status: 'running' as const,
      positionMs: flow.startMs,
      activeMs: 0,
      anchorAt: 0,
    };
    // 3.5 s into a 4 s in-breath: the countdown changes in 0.5 s, the breath too.
    const view = playerView(timeline, state, 3_700);
    expect(view.breath?.phaseRemainingMs).toBe(300);
    expect(nextRefreshDelay(view)).toBeLessThan(350);
  });

  it('does not schedule anything while paused', () => {
    const view = playerView(timeline, { status: 'paused', positionMs: 5_000, activeMs: 5_000 }, 0);
    expect(nextRefreshDelay(view)).toBeUndefined();
  });
});
