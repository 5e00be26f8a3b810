import { describe, expect, it } from 'vitest';

import { createSittingHarness, MIN } from '../support/sitting-harness';

/** The counter reads 0 whatever the user does (XWayland): as if they typed for ever. */
const stuckAtZero = () => createSittingHarness({}, { typingReadsS: 0 });

describe('sitting service: a counter stuck at 0, found out at the first lock', () => {
  it('is flagged within 3 min of the lock, with one or two readings under it, then none', () => {
    const h = stuckAtZero();
    h.advanceMin(30);
    h.power.emit('lock');
    const readsBefore = h.readMinutes().length;
    h.advanceMin(3);
    expect(h.sitting.status().idleDetection).toBe('stuck');
    expect(h.log.messages('warn')).toContain(
      'The idle time read 0 under a locked screen: it is stuck',
    );
    const underLock = h.readMinutes().slice(readsBefore);
    expect(underLock.length).toBeLessThanOrEqual(3);
    // Proven stuck: nothing more to learn under this lock but the 30-minute net.
    const wakeups = h.wakeupMinutes().length;
    h.advanceMin(60);
    expect(h.wakeupMinutes().length - wakeups).toBeLessThanOrEqual(2);
    // Unlocked: reminders at plain intervals of sitting, as the tray says.
    h.power.emit('unlock');
    expect(h.sitting.status().text).toBe('Idle detection unavailable: reminding every 45 min');
    h.advanceMin(45);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('is not flagged for a long stretch of reading or typing with the screen unlocked', () => {
    const h = stuckAtZero();
    h.advanceMin(100); // zeros for 100 min, but nothing contradicts a busy typist
    expect(h.sitting.status().idleDetection).toBe('ok');
  });

  it('a counter that has shown it works takes no reading under a lock at all', () => {
    const h = createSittingHarness(); // typing reads 2 s: live
    h.advanceMin(10);
    h.user.stopInput();
    h.power.emit('lock');
    const reads = h.readMinutes().length;
    h.advanceMin(29);
    expect(h.readMinutes().length).toBe(reads);
    expect(h.sitting.status().idleDetection).toBe('ok');
  });

  it('a live counter not yet proven is read once under the lock, and that is enough', () => {
    // At the keyboard it read 0 so far (a fast typist); under the lock it grows.
    const h = createSittingHarness({}, { typingReadsS: 0 });
    h.advanceMin(10);
    h.user.stopInput();
    h.power.emit('lock');
    const reads = h.readMinutes().length;
    h.advanceMin(29);
    expect(h.readMinutes().slice(reads)).toEqual([10.5]);
    expect(h.sitting.status().idleDetection).toBe('ok');
    expect(h.clock.nextDueAt()).toBeGreaterThan(h.clock.monotonic() + 0.5 * MIN);
  });
});
