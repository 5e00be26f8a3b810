import { describe, expect, it } from 'vitest';

import { defaultQuietToggles } from '@shared/quiet/quiet-settings';

import { createDeskDay } from './support/desk-day';

describe('a day with calls, Do Not Disturb and "In a meeting"', () => {
  it('a one-hour call with no input: no break credited, the nudge held, one nudge 30 s after', () => {
    const day = createDeskDay();
    day.until(20);
    // Joins the call: camera and microphone on, hands off the keyboard for an hour.
    day.set('camera', true);
    day.set('microphone', true);
    day.user.stopInput();
    day.until(46);
    expect(day.shown).toEqual([]);
    expect(day.tray()).toBe('Holding your reminder: camera in use, microphone in use');
    day.until(79.75);
    expect(day.history().breaks).toEqual([]);
    expect(day.bout()?.lengthMs).toBe(79.75 * 60_000);
    // The call ends; they keep typing.
    day.set('camera', false);
    day.set('microphone', false);
    day.user.typing();
    day.until(80.49); // the minute's check at 80 sees it over; 30 s of settle follow
    expect(day.shown).toEqual([]);
    day.until(100);
    expect(day.shown).toEqual([{ minute: 80.5, text: "You've been sitting for 80 min" }]);
    expect(day.history().breaks).toEqual([]);
    expect(day.tray()).toBeNull();
  });

  it('checks the OS about once a minute while a nudge is held, and never otherwise', () => {
    const day = createDeskDay();
    day.set('microphone', true);
    day.until(44);
    expect(day.holdChecks).toEqual([]);
    day.until(50);
    expect(day.holdChecks).toEqual([46, 47, 48, 49, 50]);
    day.set('microphone', false);
    day.until(120);
    // The last minute's check starts the settle; its end checks once more and delivers.
    const settle = [51 + 1 / 6, 51 + 2 / 6, 51.5];
    expect(day.holdChecks).toEqual([46, 47, 48, 49, 50, 51, ...settle]);
    expect(day.shown).toHaveLength(1);
  });

  it('the end of a call after they walked away: the break counts from around the end', () => {
    const day = createDeskDay();
    day.until(10);
    day.set('camera', true);
    day.user.stopInput();
    day.until(40);
    day.set('camera', false); // hangs up and leaves the desk at once
    day.until(60);
    const [bout] = day.history().bouts;
    // Sitting counted to within a natural break of the call's end, never past it.
    expect(bout?.endedBy).toBe('break');
    expect(bout!.lengthMs).toBeGreaterThanOrEqual(35 * 60_000);
    expect(bout!.lengthMs).toBeLessThanOrEqual(40 * 60_000);
    expect(day.shown).toEqual([]);
  });

  it('without the call detectors a silent hour is a break, as before', () => {
    const day = createDeskDay({
      toggles: { ...defaultQuietToggles, camera: false, microphone: false },
    });
    day.until(20);
    day.set('camera', true);
    day.set('microphone', true);
    day.user.stopInput();
    day.until(80);
    expect(day.bout()).toBeNull();
    expect(day.history().bouts).toEqual([
      expect.objectContaining({ lengthMs: 20 * 60_000, endedBy: 'break' }),
    ]);
    expect(day.shown).toEqual([]);
  });

  it('Do Not Disturb through the limit: held, then delivered once, 30 s after it goes off', () => {
    const day = createDeskDay();
    day.until(30);
    day.set('dnd', true);
    day.until(70);
    expect(day.shown).toEqual([]);
    expect(day.tray()).toBe('Holding your reminder: Do Not Disturb is on');
    day.set('dnd', false);
    day.until(71);
    expect(day.tray()).toBe('Holding your reminder: it comes in a moment');
    day.until(200);
    expect(day.shown).toEqual([{ minute: 71.5, text: "You've been sitting for 71 min" }]);
  });

  it('with Do Not Disturb switched off in settings the nudge comes on time', () => {
    const day = createDeskDay({ toggles: { ...defaultQuietToggles, dnd: false } });
    day.set('dnd', true);
    day.until(50);
    expect(day.shown).toEqual([{ minute: 45, text: "You've been sitting for 45 min" }]);
    expect(day.holdChecks).toEqual([]);
  });

  it('a flapping screen share restarts the settle: one nudge, well after it calms down', () => {
    const day = createDeskDay();
    day.set('screencast', true);
    day.until(45);
    // On and off every 20 s for ten minutes, as a share that keeps reconnecting.
    for (let t = 45; t < 55; t += 1 / 3) {
      day.until(t);
      day.set('screencast', Math.round(t * 3) % 2 === 0);
    }
    day.set('screencast', false);
    const calmAt = day.minute();
    day.until(120);
    expect(day.shown).toHaveLength(1);
    expect(day.shown[0]!.minute).toBeGreaterThanOrEqual(calmAt + 0.5);
    expect(day.shown[0]!.minute).toBeLessThanOrEqual(calmAt + 1.5);
  });

  it('"In a meeting" for 30 minutes holds the nudge until it runs out', () => {
    const day = createDeskDay();
    day.until(40);
    day.chooseMeeting({ minutes: 30 });
    day.until(60);
    expect(day.shown).toEqual([]);
    expect(day.tray()).toBe('Holding your reminder: you are in a meeting');
    day.until(120);
    // Over at 70: the check at 70 sees it ended, the nudge comes 30 s later.
    expect(day.shown).toEqual([{ minute: 70.5, text: "You've been sitting for 70 min" }]);
  });

  it('a break while a nudge is held drops it: nothing comes afterwards', () => {
    const day = createDeskDay();
    day.set('fullscreen', true);
    day.until(50);
    day.user.stopInput();
    day.until(60); // gone for ten minutes: a natural break
    day.set('fullscreen', false);
    day.user.typing();
    day.until(90);
    expect(day.shown).toEqual([]);
    expect(day.tray()).toBeNull();
  });
});
