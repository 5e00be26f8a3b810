import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createNodeScheduleScheduler } from '../../../../src-main/morning/node-schedule-scheduler';

const START = Date.UTC(2026, 0, 5, 6, 0);

describe('the node-schedule scheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes at the wall instant, not before', () => {
    const woke = vi.fn();
    createNodeScheduleScheduler().scheduleAt(START + 90 * 60_000, woke);
    vi.advanceTimersByTime(90 * 60_000 - 1);
    expect(woke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(woke).toHaveBeenCalledTimes(1);
  });

  it('a cancelled wake-up never comes', () => {
    const woke = vi.fn();
    const cancel = createNodeScheduleScheduler().scheduleAt(START + 60_000, woke);
    cancel();
    vi.advanceTimersByTime(10 * 60_000);
    expect(woke).not.toHaveBeenCalled();
  });

  it('an instant already past wakes soon (node-schedule itself would refuse it)', () => {
    const woke = vi.fn();
    createNodeScheduleScheduler().scheduleAt(START - 60_000, woke);
    vi.advanceTimersByTime(0);
    expect(woke).toHaveBeenCalledTimes(1);
  });

  it('an error in the wake-up is reported, not thrown into the timer', () => {
    const onError = vi.fn();
    createNodeScheduleScheduler(onError).scheduleAt(START + 1_000, () => {
      throw new Error('boom');
    });
    expect(() => vi.advanceTimersByTime(1_000)).not.toThrow();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
  });
});
