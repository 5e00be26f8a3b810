import { describe, expect, it } from 'vitest';

import { createSittingHarness } from '../support/sitting-harness';

const broken = (what: string) => () => {
  throw new Error(`${what} broke`);
};

/** One exception anywhere around the service must not end all reminders. */
describe('sitting service: a call out that throws', () => {
  it('a status listener (the tray) that throws: the timer stays armed and nudges still come', () => {
    const h = createSittingHarness();
    h.sitting.subscribe(broken('tray'));
    h.advanceMin(45);
    expect(h.notifier.shown).toHaveLength(1);
    expect(h.clock.pendingCount()).toBe(1);
    expect(h.log.messages('error')).toContain('A sitting status listener failed');
  });

  it('a nudge listener that throws: the prompt still shows, and the repeat still comes', () => {
    const h = createSittingHarness();
    h.sitting.subscribeNudge(broken('nudge window push'));
    h.advanceMin(45);
    expect(h.windows.showNudge).toHaveBeenCalledTimes(1);
    h.advanceMin(5);
    expect(h.notifier.shown).toHaveLength(2);
  });

  it('the notifier that throws: the prompt window still shows, and the repeat still comes', () => {
    const h = createSittingHarness();
    h.notifier.show = broken('notifications');
    h.advanceMin(45);
    expect(h.windows.showNudge).toHaveBeenCalledTimes(1);
    expect(h.sitting.nudge()).not.toBeNull();
    h.advanceMin(5);
    expect(h.windows.showNudge).toHaveBeenCalledTimes(2);
    expect(h.clock.pendingCount()).toBe(1);
  });

  it('the prompt window that throws: the notification still shows, and the repeat still comes', () => {
    const h = createSittingHarness();
    h.windows.showNudge.mockImplementation(broken('window'));
    h.advanceMin(45);
    expect(h.notifier.shown).toHaveLength(1);
    h.advanceMin(5);
    expect(h.notifier.shown).toHaveLength(2);
  });

  it('the idle reading that throws counts as a broken reading, and the timer stays armed', () => {
    const h = createSittingHarness();
    h.advanceMin(10);
    h.user.idleSeconds = broken('idle time');
    h.advanceMin(35);
    expect(h.notifier.shown).toHaveLength(1);
    expect(h.clock.pendingCount()).toBe(1);
  });

  it('a power event whose refresh throws still leaves the timer armed', () => {
    const h = createSittingHarness();
    h.sitting.subscribe(broken('tray'));
    h.power.emit('lock');
    h.power.emit('unlock');
    expect(h.clock.pendingCount()).toBe(1);
    h.advanceMin(45);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('a desk break that will not open still takes the nudge away', () => {
    const h = createSittingHarness();
    h.openDeskBreak.mockImplementation(broken('player'));
    h.advanceMin(45);
    expect(() => h.sitting.answer({ action: 'stretch' })).not.toThrow();
    expect(h.sitting.nudge()).toBeNull();
    expect(h.clock.pendingCount()).toBe(1);
    expect(h.log.messages('error')).toContain('Opening the desk break failed');
  });
});
