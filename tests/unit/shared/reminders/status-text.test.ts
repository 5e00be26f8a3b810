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
    expect(s).toEqual({
      text: 'Sitting 32 min · stretch in 13 min',
      icon: 'normal',
      nextChangeAtMono: at(33).mono,
    });
  });

  it('shows when a pause ends, with the paused icon, and refreshes then', () => {
    const paused = act.pause(initialReminders, at(10), { kind: 'for', ms: 30 * MIN }, settings);
    expect(status(12, viewAt(12, 0), paused)).toEqual({
      text: 'Paused until 10:40',
      icon: 'paused',
      nextChangeAtMono: at(40).mono,
    });
  });

  it('says "Away" and needs no refresh until something happens', () => {
    expect(status(12, viewAt(12, null))).toEqual({
      text: 'Away',
      icon: 'normal',
      nextChangeAtMono: null,
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
