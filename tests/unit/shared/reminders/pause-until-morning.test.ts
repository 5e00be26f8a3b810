import { describe, expect, it } from 'vitest';

import * as act from '@shared/reminders/actions';
import { isPaused } from '@shared/reminders/pause';
import { planNextNudge } from '@shared/reminders/planner';
import { initialReminders } from '@shared/reminders/state';
import { defaultSettings } from '@shared/settings/schema';
import type { Instant } from '@shared/sitting/types';

import { reminderSettingsFrom } from '../../../../src-main/sitting/sitting-config';
import { utcLocalTime } from '../sitting/utc-local-time';
import { at, MIN, viewAt } from './fixtures';

const HOUR = 60 * MIN;
const settings = reminderSettingsFrom(defaultSettings);
/** `hours` of real (monotonic) time on, with the wall clock moved by `wallShiftH` hours. */
const later = (hours: number, wallShiftH: number): Instant => ({
  wall: at(hours * 60).wall + wallShiftH * HOUR,
  mono: at(hours * 60).mono,
});

/** The pause ends on the wall clock, which can move any way: real time bounds it too. */
describe('"Pause until morning"', () => {
  const paused = act.pause(
    initialReminders,
    at(0),
    { kind: 'until-morning', untilWall: at(0).wall + 20 * HOUR },
    settings,
  );

  it('ends at the morning, as the wall clock reads it', () => {
    expect(isPaused(paused, later(19.9, 0))).toBe(true);
    expect(isPaused(paused, later(20, 0))).toBe(false);
  });

  it('with the clock set back three days, still ends after 24 hours of real time', () => {
    expect(isPaused(paused, later(23.9, -72))).toBe(true);
    expect(isPaused(paused, later(24, -72))).toBe(false);
  });

  it('re-checks no later than 24 hours after it began, so the end is noticed on time', () => {
    const plan = planNextNudge(viewAt(60, 55), paused, settings, later(1, -72), utcLocalTime);
    expect(plan).toMatchObject({ kind: 'blocked', blockedBy: 'paused' });
    if (plan.kind === 'blocked' && plan.blockedBy === 'paused')
      expect(plan.recheckAtMono).toBe(at(24 * 60).mono);
  });
});
