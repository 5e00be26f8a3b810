import { describe, expect, it } from 'vitest';

import { createSittingHarness, defaultSittingConfig, MIN } from '../support/sitting-harness';

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('sitting service: sampling', () => {
  it('reads the idle time only when a break could have completed, with one timer armed', () => {
    const h = createSittingHarness();
    h.advanceMin(40);
    // Typing reads 2 s idle: the next break can complete 5 min after that input, not before.
    // The first look after the start comes early, with the tray's first step; then every 5 min.
    expect(h.readMinutes()).toEqual([0, 2.5, 7.5, 12.5, 17.5, 22.5, 27.5, 32.5, 37.5]);
    expect(h.clock.pendingCount()).toBe(1);
  });

  it('looks every minute just after the user left, then every 5 min: 15 or so an hour', () => {
    const h = createSittingHarness();
    h.advanceMin(10);
    h.user.stopInput();
    const before = h.wakeupMinutes().length;
    h.advanceMin(60);
    const away = h.readMinutes().filter((minute) => minute > 20);
    expect(Math.max(...gaps(away))).toBeLessThanOrEqual(5 + 1e-9);
    expect(away.slice(0, 5)).toEqual([24, 29, 34, 39, 44]);
    expect(h.readMinutes().filter((minute) => minute > 15 && minute < 20)).toEqual([
      16, 17, 18, 19,
    ]);
    expect(h.wakeupMinutes().length - before).toBeLessThanOrEqual(16);
    expect(h.sitting.status()).toMatchObject({ text: 'Away', away: true, boutMs: null });
  });

  it('a return after the first few minutes counts from the look before: never a late nudge', () => {
    const h = createSittingHarness();
    h.advanceMin(10);
    h.user.stopInput(); // away from 10: seen at 15, looked at each minute to 19, then every 5
    h.advanceMin(21);
    h.user.typing(); // back at 31, seen at the look at 34
    h.advanceMin(5);
    expect(h.sitting.status().away).toBe(false);
    // Counted from the look at 29: two minutes early, and never after 31 + 45 = 76.
    h.advanceMin(74 - 36 - 0.1);
    expect(h.notifier.open()).toHaveLength(0);
    h.advanceMin(0.1);
    expect(h.notifier.open()).toHaveLength(1);
    expect(h.readMinutes().filter((minute) => minute > 19 && minute <= 36)).toEqual([24, 29, 34]);
  });

  it('wakes every 5 min at the desk: idle readings ride along with the tray step', () => {
    const h = createSittingHarness();
    h.advanceMin(40);
    const wakeups = h.wakeupMinutes();
    // One wakeup per 5-minute step of the tray's line, and no extra ones for the samples.
    expect(wakeups).toEqual([2.5, 7.5, 12.5, 17.5, 22.5, 27.5, 32.5, 37.5]);
    for (const read of h.readMinutes().slice(1)) expect(wakeups).toContain(read);
  });

  it('wakes each minute only while a window shows the minute line', () => {
    const h = createSittingHarness();
    h.advanceMin(10);
    const stop = h.sitting.watchMinutes();
    const before = h.wakeupMinutes().length;
    h.advanceMin(10);
    expect(h.wakeupMinutes().length - before).toBe(10);
    expect(h.statuses.at(-1)).toMatchObject({
      minute: 20,
      text: 'Sitting 20 min · stretch in 25 min',
    });
    stop();
    const after = h.wakeupMinutes().length;
    h.advanceMin(20);
    expect(h.wakeupMinutes().length - after).toBeLessThanOrEqual(4);
  });

  it('reads nothing while locked once the counter has shown it works, and reads at the unlock', () => {
    const h = createSittingHarness();
    h.advanceMin(10);
    h.user.stopInput();
    h.power.emit('lock');
    const reads = h.readMinutes().length;
    const wakeups = h.wakeupMinutes().length;
    h.advanceMin(60);
    // The 30-minute net for desktops that never say "unlocked": two looks an hour.
    expect(h.wakeupMinutes().length - wakeups).toBeLessThanOrEqual(2);
    expect(h.readMinutes().length - reads).toBeLessThanOrEqual(2);
    h.user.typing();
    h.power.emit('unlock');
    expect(h.readMinutes().at(-1)).toBe(70);
    expect(h.sitting.status()).toMatchObject({ away: false, boutMs: 0 });
  });
});

describe('sitting service: nudges', () => {
  it('at the limit shows a notification and the prompt window, not a minute before', () => {
    const h = createSittingHarness();
    h.advanceMin(44.9);
    expect(h.notifier.shown).toHaveLength(0);
    expect(h.sitting.nudge()).toBeNull();
    h.advanceMin(0.1);
    expect(h.notifier.open()).toHaveLength(1);
    expect(h.notifier.shown[0]?.title).toBe('Time to stand up');
    expect(h.notifier.shown[0]?.body).toContain('45 min');
    expect(h.windows.showNudge).toHaveBeenCalledTimes(1);
    expect(h.sitting.nudge()).toEqual({
      sittingMs: 45 * MIN,
      repeat: 0,
      snoozeMinutes: [5, 10, 20],
    });
    expect(h.sitting.status().icon).toBe('due');
  });

  it('with notification-only delivery shows the notification and no window', () => {
    const h = createSittingHarness({ delivery: 'notification-only' });
    h.advanceMin(45);
    expect(h.notifier.open()).toHaveLength(1);
    expect(h.windows.showNudge).not.toHaveBeenCalled();
    expect(h.sitting.nudge()).not.toBeNull();
  });

  it('snoozed, it goes away and comes back after the snooze', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.sitting.answer({ action: 'snooze', minutes: 10 });
    expect(h.sitting.nudge()).toBeNull();
    expect(h.notifier.open()).toHaveLength(0);
    expect(h.windows.closeNudge).toHaveBeenCalledTimes(1);
    h.advanceMin(9.9);
    expect(h.notifier.shown).toHaveLength(1);
    h.advanceMin(0.1);
    expect(h.notifier.shown).toHaveLength(2);
    expect(h.sitting.nudge()).toMatchObject({ sittingMs: 55 * MIN, repeat: 0 });
  });

  it('after a snooze answered mid-minute, still wakes only for the tray step and the deadline', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.advanceMin(20 / 60);
    h.sitting.answer({ action: 'snooze', minutes: 10 });
    const before = h.wakeupMinutes().length;
    h.advanceMin(9);
    // "Sitting about N" and "stretch in about M" are off each other's grid: one refresh covers both.
    expect(h.wakeupMinutes().length - before).toBeLessThanOrEqual(2);
    expect(h.sitting.status().text).toMatch(/^Sitting 54 min · stretch in 1 min$/);
  });

  it('refuses a snooze length that is not one of the choices, and keeps the nudge', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    expect(() => h.sitting.answer({ action: 'snooze', minutes: 7 })).toThrow(/5, 10, 20/);
    expect(h.sitting.nudge()).not.toBeNull();
    expect(h.notifier.open()).toHaveLength(1);
  });

  it('skipped, the next one comes after a full limit', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.sitting.answer({ action: 'skip' });
    h.advanceMin(44.9);
    expect(h.notifier.shown).toHaveLength(1);
    h.advanceMin(0.1);
    expect(h.notifier.shown).toHaveLength(2);
  });

  it('ignored, it comes back after the shortest snooze, counting repeats, a bounded number of times', () => {
    const h = createSittingHarness();
    h.advanceMin(45 + 3 * 5);
    expect(h.notifier.shown).toHaveLength(4);
    expect(h.sitting.nudge()?.repeat).toBe(3);
    expect(h.notifier.shown.at(-1)?.title).toMatch(/Still sitting/);
    // One notification on screen at a time: each repeat replaces the last.
    expect(h.notifier.open()).toHaveLength(1);
    h.advanceMin(40);
    expect(h.notifier.shown).toHaveLength(4);
  });

  it('"Stretch now" opens the desk break and takes the nudge away', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.sitting.answer({ action: 'stretch' });
    expect(h.openDeskBreak).toHaveBeenCalledTimes(1);
    expect(h.sitting.nudge()).toBeNull();
    expect(h.windows.closeNudge).toHaveBeenCalled();
  });

  it('clicking the notification opens the desk break too', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.notifier.shown[0]?.onClick?.();
    expect(h.openDeskBreak).toHaveBeenCalledTimes(1);
    expect(h.sitting.nudge()).toBeNull();
  });

  it('a completed routine restarts the bout: the next nudge is a full limit later', () => {
    const h = createSittingHarness();
    h.advanceMin(30);
    h.sitting.routineCompleted();
    expect(h.sitting.status()).toMatchObject({
      boutMs: 0,
      text: 'Sitting 0 min · stretch in 45 min',
    });
    h.advanceMin(44.9);
    expect(h.notifier.shown).toHaveLength(0);
    h.advanceMin(0.1);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('withdraws a pending nudge once the user has left for a break', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.user.stopInput();
    h.advanceMin(6);
    expect(h.sitting.nudge()).toBeNull();
    expect(h.notifier.open()).toHaveLength(0);
    expect(h.windows.closeNudge).toHaveBeenCalledTimes(1);
  });

  it('a new limit applies at once and keeps the running bout', () => {
    const h = createSittingHarness();
    h.advanceMin(20);
    h.setConfig({ reminders: { ...defaultSittingConfig.reminders, limitMs: 30 * MIN } });
    expect(h.sitting.status().text).toBe('Sitting 20 min · stretch in 10 min');
    h.advanceMin(10);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('stops its timer and listens to nothing once disposed', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.sitting.dispose();
    expect(h.clock.pendingCount()).toBe(0);
    expect(h.notifier.open()).toHaveLength(0);
    h.power.emit('lock');
    h.advanceMin(60);
    expect(h.notifier.shown).toHaveLength(1);
  });
});
