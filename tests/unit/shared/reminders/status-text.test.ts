import { describe, expect, it } from 'vitest';

import * as act from '@shared/reminders/actions';
import { planNextNudge } from '@shared/reminders/planner';
import { initialReminders } from '@shared/reminders/state';
import { trayStatus } from '@shared/reminders/status-text';
import type { ReminderState } from '@shared/reminders/types';
import { defaultSettings } from '@shared/settings/schema';
import type { TrackerView } from '@shared/sitting/types';

import { reminderSettingsFrom } from '../../../../src-main/sitting/sitting-config';
import { utcLocalTime } from '../sitting/utc-local-time';
import { at, MIN, viewAt } from './fixtures';

const settings = reminderSettingsFrom(defaultSettings);
const hhmm = (wall: number) => new Date(wall).toISOString().slice(11, 16);

function status(nowMin: number, view: TrackerView, reminders: ReminderState = initialReminders) {
  const now = at(nowMin);
  const plan = planNextNudge(view, reminders, settings, now, utcLocalTime);
  return trayStatus({ view, plan, reminders, settings, at: now, formatTime: hhmm });
}

describe('tray status line', () => {
  it('shows sitting time and the time to the next stretch, refreshing on the next minute', () => {
    const s = status(32.5, viewAt(32.5, 0));
    expect(s).toMatchObject({
      text: 'Sitting 32 min · stretch in 13 min',
      icon: 'normal',
      nextChangeAtMono: at(33).mono,
    });
  });

  it('gives the tray the same in 5-minute steps, refreshed only when a step changes', () => {
    expect(status(35, viewAt(35, 0))).toMatchObject({
      roughText: 'Sitting about 35 min · stretch in about 10 min',
      nextRoughChangeAtMono: at(37.5).mono,
    });
    expect(status(37.5, viewAt(37.5, 0))).toMatchObject({
      roughText: 'Sitting about 40 min · stretch in about 5 min',
      nextRoughChangeAtMono: at(42.5).mono,
    });
    expect(status(1, viewAt(1, 0))).toMatchObject({
      roughText: 'Sitting under 5 min · stretch in about 45 min',
      nextRoughChangeAtMono: at(2.5).mono,
    });
    // The deadline comes before the next step: "soon", and a refresh at the deadline.
    expect(status(42.5, viewAt(42.5, 0))).toMatchObject({
      roughText: 'Sitting about 45 min · stretch soon',
      nextRoughChangeAtMono: at(45).mono,
    });
  });

  it('never shows the tray a time more than 5 min off until its next refresh', () => {
    // A snooze puts the deadline off the 5-minute grid of the sitting count.
    const snoozed = act.snooze(
      act.nudgeShown(initialReminders, viewAt(45, 0), at(45), settings),
      at(45.3),
      10 * MIN,
      settings,
    );
    const minutesIn = (text: string, pattern: RegExp) => {
      const match = pattern.exec(text);
      return match ? Number(match[1] ?? 0) * MIN : undefined;
    };
    for (let start = 0; start < 60; start += 0.1) {
      for (const reminders of [initialReminders, snoozed]) {
        const first = status(start, viewAt(start, 0), reminders);
        const sitting = minutesIn(first.roughText, /Sitting (?:under 5|about (\d+)) min/);
        const left = minutesIn(first.roughText, /stretch (?:soon|in about (\d+) min)/);
        const refresh = first.nextRoughChangeAtMono ?? Number.POSITIVE_INFINITY;
        for (let t = start; at(t).mono <= refresh && t < start + 10; t += 0.05) {
          if (sitting !== undefined)
            expect(Math.abs(sitting - t * MIN)).toBeLessThanOrEqual(5 * MIN);
          const plan = planNextNudge(viewAt(t, 0), reminders, settings, at(t), utcLocalTime);
          if (left !== undefined && plan.kind === 'due')
            expect(Math.abs(left - (plan.dueAtMono - at(t).mono))).toBeLessThanOrEqual(5 * MIN + 1);
        }
      }
    }
  });

  it('shows when a pause ends, with the paused icon, and refreshes then', () => {
    const paused = act.pause(initialReminders, at(10), { kind: 'for', ms: 30 * MIN }, settings);
    expect(status(12, viewAt(12, 0), paused)).toEqual({
      text: 'Paused until 10:40',
      roughText: 'Paused until 10:40',
      icon: 'paused',
      nextChangeAtMono: at(40).mono,
      nextRoughChangeAtMono: at(40).mono,
    });
  });

  it('says "Away" and needs no refresh until something happens', () => {
    expect(status(12, viewAt(12, null))).toEqual({
      text: 'Away',
      roughText: 'Away',
      icon: 'normal',
      nextChangeAtMono: null,
      nextRoughChangeAtMono: null,
    });
  });

  it('turns the icon to "due" when a nudge is shown and unanswered', () => {
    const shown = act.nudgeShown(initialReminders, viewAt(45, 0), at(45), settings);
    expect(status(46, viewAt(46, 0), shown)).toMatchObject({
      text: 'Sitting 46 min · stretch in 4 min',
      icon: 'due',
    });
  });

  it('says idle detection is unavailable and that reminders run on intervals', () => {
    expect(status(20, viewAt(20, 0, 'stuck')).text).toBe(
      'Idle detection unavailable: reminding every 45 min',
    );
  });
});
