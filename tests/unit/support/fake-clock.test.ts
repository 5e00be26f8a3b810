import { describe, expect, it } from 'vitest';

import { FakeClock } from '../../support/fake-clock';

describe('FakeClock', () => {
  it('runs due timers in deadline order, with the clock at each deadline', () => {
    const clock = new FakeClock(0, 0);
    const ran: [string, number][] = [];
    clock.setTimeout(() => ran.push(['late', clock.monotonic()]), 300);
    clock.setTimeout(() => ran.push(['early', clock.monotonic()]), 100);
    clock.setTimeout(() => ran.push(['never', clock.monotonic()]), 1_000);
    clock.advance(500);
    expect(ran).toEqual([
      ['early', 100],
      ['late', 300],
    ]);
    expect(clock.monotonic()).toBe(500);
    expect(clock.now()).toBe(500);
  });

  it('runs timers armed by a timer when they fall due within the same advance', () => {
    const clock = new FakeClock(0, 0);
    const ran: number[] = [];
    clock.setTimeout(() => clock.setTimeout(() => ran.push(clock.monotonic()), 50), 100);
    clock.advance(200);
    expect(ran).toEqual([150]);
  });

  it('does not run a cancelled timer', () => {
    const clock = new FakeClock();
    let ran = false;
    const cancel = clock.setTimeout(() => (ran = true), 10);
    cancel();
    clock.advance(100);
    expect(ran).toBe(false);
    expect(clock.pendingCount()).toBe(0);
  });

  it('jumps the wall clock without moving monotonic time or firing timers', () => {
    const clock = new FakeClock(1_000, 50);
    let ran = false;
    clock.setTimeout(() => (ran = true), 10);
    clock.setWall(9_999_999);
    expect(clock.now()).toBe(9_999_999);
    expect(clock.monotonic()).toBe(50);
    expect(ran).toBe(false);
  });

  it('counts suspended time since boot: a suspend moves the wall and boot clocks, not monotonic', () => {
    const clock = new FakeClock(1_000, 50);
    let ran = false;
    clock.setTimeout(() => (ran = true), 10);
    const boot = clock.sinceBoot();
    clock.advance(5);
    clock.suspend(60_000);
    expect(clock.monotonic()).toBe(55);
    expect(clock.now()).toBe(61_005);
    expect(clock.sinceBoot()).toBe(boot + 60_005);
    expect(ran).toBe(false);
    // A wall clock set by hand leaves the boot clock alone.
    clock.setWall(0);
    expect(clock.sinceBoot()).toBe(boot + 60_005);
  });
});
