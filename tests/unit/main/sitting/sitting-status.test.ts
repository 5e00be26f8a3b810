import { describe, expect, it } from 'vitest';

import { createSittingHarness, defaultSittingConfig, MIN } from '../support/sitting-harness';

describe('sitting status for the tray', () => {
  it("changes the tray's line every 5 min, on the step, and only then tells listeners", () => {
    const h = createSittingHarness();
    const trayTexts: { minute: number; trayText?: string }[] = [];
    h.sitting.subscribe(({ trayText }) => trayTexts.push({ minute: h.minutesNow(), trayText }));
    h.advanceMin(8);
    expect(trayTexts).toEqual([
      { minute: 2.5, trayText: 'Sitting about 5 min · stretch in about 40 min' },
      { minute: 7.5, trayText: 'Sitting about 10 min · stretch in about 35 min' },
    ]);
    // The service wakes next at the next step, to change the line.
    expect(h.clock.nextDueAt()).toBe(h.clock.monotonic() + 4.5 * MIN);
  });

  it('changes the minute line once a minute, on the minute, while a window shows it', () => {
    const h = createSittingHarness();
    h.sitting.watchMinutes();
    h.advanceMin(3.5);
    expect(h.statuses).toEqual([
      { minute: 1, text: 'Sitting 1 min · stretch in 44 min', icon: 'normal' },
      { minute: 2, text: 'Sitting 2 min · stretch in 43 min', icon: 'normal' },
      { minute: 3, text: 'Sitting 3 min · stretch in 42 min', icon: 'normal' },
    ]);
    expect(h.clock.nextDueAt()).toBe(h.clock.monotonic() + 0.5 * MIN);
  });

  it('goes normal → due at the nudge → normal again once answered', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    expect(h.statuses.at(-1)).toMatchObject({ minute: 45, icon: 'due' });
    h.sitting.answer({ action: 'skip' });
    expect(h.statuses.at(-1)).toMatchObject({ minute: 45, icon: 'normal' });
  });

  it('pausing shows the end time and the paused icon, freezes the count, and never nudges', () => {
    const h = createSittingHarness();
    h.advanceMin(40);
    h.sitting.pause({ minutes: 30 });
    expect(h.sitting.status()).toMatchObject({ text: 'Paused until 09:10', icon: 'paused' });
    const wakeupsBefore = h.wakeupMinutes().length;
    h.advanceMin(29);
    expect(h.notifier.shown).toHaveLength(0);
    // Paused, the text has nothing to count: only idle samples wake the service.
    expect(h.wakeupMinutes().length - wakeupsBefore).toBeLessThanOrEqual(7);
    h.sitting.resume();
    expect(h.sitting.status()).toMatchObject({ icon: 'normal', boutMs: 40 * MIN });
  });

  it('ends a pause by itself at its end time', () => {
    const h = createSittingHarness();
    h.advanceMin(10);
    h.sitting.pause({ minutes: 30 });
    h.advanceMin(30);
    expect(h.statuses.at(-1)).toMatchObject({
      minute: 40,
      text: 'Sitting 10 min · stretch in 35 min',
      icon: 'normal',
    });
  });

  it('pausing takes a pending nudge away; "until tomorrow morning" says so', () => {
    const h = createSittingHarness();
    h.advanceMin(45);
    h.sitting.pause('until-morning');
    expect(h.sitting.nudge()).toBeNull();
    expect(h.notifier.open()).toHaveLength(0);
    expect(h.sitting.status()).toMatchObject({
      text: 'Paused until tomorrow morning',
      icon: 'paused',
    });
  });

  it.each([0, -30, Number.NaN])('refuses a pause of %s minutes, saying why', (minutes) => {
    const h = createSittingHarness();
    expect(() => h.sitting.pause({ minutes })).toThrow(
      `A pause needs a length in minutes, not ${minutes}.`,
    );
    expect(h.sitting.status().icon).toBe('normal');
  });

  it('a locked screen is away at once and, locked past a natural break, ends the bout', () => {
    const h = createSittingHarness();
    h.advanceMin(30);
    h.user.stopInput(); // they get up and lock the screen
    h.power.emit('lock');
    expect(h.sitting.status()).toMatchObject({ text: 'Away', away: true });
    h.advanceMin(10);
    h.user.typing();
    h.power.emit('unlock');
    expect(h.sitting.status()).toMatchObject({ text: 'Sitting 0 min · stretch in 45 min' });
  });

  it('a short lock keeps the bout going', () => {
    const h = createSittingHarness();
    h.advanceMin(30);
    h.power.emit('lock');
    h.advanceMin(2);
    h.power.emit('unlock');
    expect(h.sitting.status().boutMs).toBe(32 * MIN);
  });

  it('a sleep reported by the OS counts as a break, even with the monotonic clock stopped', () => {
    const h = createSittingHarness();
    h.advanceMin(30);
    h.power.emit('suspend');
    h.clock.suspend(60 * MIN);
    h.power.emit('resume');
    expect(h.sitting.status().boutMs).toBe(0);
    h.advanceMin(44);
    expect(h.notifier.shown).toHaveLength(0);
  });

  it('a wall clock set back an hour neither resets nor inflates the bout, nor bursts nudges', () => {
    const h = createSittingHarness();
    h.advanceMin(30);
    h.clock.setWall(h.clock.now() - 60 * MIN);
    h.advanceMin(14.9);
    expect(h.notifier.shown).toHaveLength(0);
    h.advanceMin(0.1);
    expect(h.notifier.shown).toHaveLength(1);
    h.advanceMin(4.9);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it('keeps quiet outside work hours and nudges when they begin', () => {
    const h = createSittingHarness({
      reminders: {
        ...defaultSittingConfig.reminders,
        workHours: { days: [1, 2, 3, 4, 5], ranges: [{ start: '09:00', end: '17:00' }] },
      },
    });
    h.advanceMin(45);
    expect(h.notifier.shown).toHaveLength(0);
    expect(h.sitting.status().text).toBe('Sitting 45 min · no reminders outside work hours');
    h.advanceMin(15);
    expect(h.notifier.shown).toHaveLength(1);
  });

  it.each([Number.NaN, -5, Number.POSITIVE_INFINITY])(
    'reads a broken idle time (%s) as 0: sitting still counts, and a stuck counter is noticed',
    (reading) => {
      const h = createSittingHarness();
      h.user.idleSeconds = () => reading;
      h.advanceMin(45);
      expect(h.notifier.shown).toHaveLength(1);
      h.power.emit('lock');
      h.advanceMin(3 * 60);
      h.power.emit('unlock');
      h.advanceMin(5);
      expect(h.sitting.status()).toMatchObject({
        idleDetection: 'stuck',
        text: 'Idle detection unavailable: reminding every 45 min',
      });
    },
  );

  it('with idle time stuck at 0 says so and still reminds on plain intervals', () => {
    const h = createSittingHarness();
    h.user.idleSeconds = () => 0;
    h.power.emit('lock');
    h.advanceMin(3 * 60);
    h.power.emit('unlock');
    h.advanceMin(5);
    expect(h.sitting.status()).toMatchObject({
      idleDetection: 'stuck',
      text: 'Idle detection unavailable: reminding every 45 min',
    });
    h.advanceMin(40);
    expect(h.notifier.shown).toHaveLength(1);
  });
});
