import { describe, expect, it } from 'vitest';

import {
  buildTimeline,
  pausePlayer,
  type PlayerState,
  playerView,
  settle,
  startPlayer,
} from '@shared/routine';

import { fixtureLookup, fixtureRoutine } from './fixtures';

// Steps: setup 0, hold R 10s, switch 40s, hold L 45s, rest 75s, setup 80s, hold 90s, rest 110s,
// setup 115s, flow 125s (in 4 s, out 6 s, 3 cycles), end 155s.
const timeline = buildTimeline(fixtureRoutine, fixtureLookup);
const start = startPlayer(0);
const viewAt = (ms: number, state: PlayerState = start) => playerView(timeline, state, ms);

describe('playerView', () => {
  it('shows the first step, the next one and the counts at the start', () => {
    const view = viewAt(0);
    expect(view.step?.kind).toBe('setup');
    expect(view.nextStep?.kind).toBe('hold');
    expect(view.stepRemainingMs).toBe(10_000);
    expect(view.totalRemainingMs).toBe(155_000);
    expect([view.stretchNumber, view.stretchCount]).toEqual([1, 3]);
    expect(view.status).toBe('running');
    expect(view.breath).toBeUndefined();
  });

  it('moves to the next step exactly at its start', () => {
    expect(viewAt(9_999).step?.index).toBe(0);
    expect(viewAt(9_999).stepRemainingMs).toBe(1);
    const view = viewAt(10_000);
    expect(view.step).toMatchObject({ index: 1, kind: 'hold', side: 'right' });
    expect(view.stepRemainingMs).toBe(30_000);
  });

  it('counts stretches from 1 as the routine moves on', () => {
    expect(viewAt(79_999).stretchNumber).toBe(1);
    expect(viewAt(80_000).stretchNumber).toBe(2);
    expect(viewAt(125_000).stretchNumber).toBe(3);
    expect(viewAt(125_000).nextStep).toBeUndefined();
  });

  it('shows the last step with nothing left at and after the end', () => {
    for (const ms of [155_000, 999_000]) {
      const view = viewAt(ms);
      expect(view.step?.index).toBe(9);
      expect(view.stepRemainingMs).toBe(0);
      expect(view.totalRemainingMs).toBe(0);
      expect(view.positionMs).toBe(155_000);
      expect(view.activeMs).toBe(155_000);
    }
    const done = viewAt(155_000, settle(timeline, start, 200_000));
    expect(done).toMatchObject({ status: 'finished', totalRemainingMs: 0, stepRemainingMs: 0 });
  });

  it('follows the breath through a flow: in, then out, cycle by cycle', () => {
    expect(viewAt(125_000).breath).toEqual({
      phase: 'in',
      cycle: 1,
      cycles: 3,
      phaseRemainingMs: 4_000,
    });
    expect(viewAt(128_999).breath).toMatchObject({ phase: 'in', phaseRemainingMs: 1 });
    expect(viewAt(129_000).breath).toMatchObject({
      phase: 'out',
      cycle: 1,
      phaseRemainingMs: 6_000,
    });
    expect(viewAt(134_999).breath).toMatchObject({ phase: 'out', cycle: 1, phaseRemainingMs: 1 });
    expect(viewAt(135_000).breath).toMatchObject({
      phase: 'in',
      cycle: 2,
      phaseRemainingMs: 4_000,
    });
    expect(viewAt(155_000).breath).toMatchObject({ phase: 'out', cycle: 3, phaseRemainingMs: 0 });
  });

  it('stands still while paused', () => {
    const paused = pausePlayer(start, 50_000);
    expect(viewAt(900_000, paused)).toEqual({ ...viewAt(50_000), status: 'paused' });
    expect(viewAt(900_000, paused).status).toBe('paused');
  });
});
