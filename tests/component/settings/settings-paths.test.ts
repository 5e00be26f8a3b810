import { describe, expect, expectTypeOf, it } from 'vitest';

import { defaultSettings } from '@shared/settings/schema';

import {
  patchAt,
  type PathTo,
  type SettingsPath,
  type SettingsValue,
  valueAt,
} from '../../../src-renderer/src/settings/settings-paths';

describe('settings paths', () => {
  it('name every setting a field can set, derived from the Settings type', () => {
    expectTypeOf<'reminders.sittingLimitMin'>().toExtend<SettingsPath>();
    expectTypeOf<'reminders.workHours.ranges'>().toExtend<SettingsPath>();
    expectTypeOf<'routines.holdS.hamstring'>().toExtend<SettingsPath>();
    expectTypeOf<'theme'>().toExtend<SettingsPath>();
    // Not the file's version, not a group of settings, not a misspelling.
    expectTypeOf<'schemaVersion'>().not.toExtend<SettingsPath>();
    expectTypeOf<'reminders.workHours'>().not.toExtend<SettingsPath>();
    expectTypeOf<'reminders.sittingLimit'>().not.toExtend<SettingsPath>();
  });

  it('type the value at each path, and pick paths by the type of their value', () => {
    expectTypeOf<SettingsValue<'reminders.sittingLimitMin'>>().toEqualTypeOf<number>();
    expectTypeOf<SettingsValue<'theme'>>().toEqualTypeOf<'system' | 'light' | 'dark'>();
    expectTypeOf<SettingsValue<'routines.holdS.hamstring'>>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PathTo<boolean>>().toEqualTypeOf<
      | 'reminders.workHours.enabled'
      | 'morning.enabled'
      | 'morning.askStiffness'
      | 'cues.soundEnabled'
      | 'cues.countIn'
      | 'cues.ticks'
      | 'cues.voice'
      | 'quiet.camera'
      | 'quiet.microphone'
      | 'quiet.screencast'
      | 'quiet.fullscreen'
      | 'quiet.dnd'
      | 'startAtLogin'
      | 'safetyNoteAcknowledged'
      | 'welcomeShown'
    >();
    expectTypeOf<'routines.holdS.hamstring'>().toExtend<PathTo<number>>();
    expectTypeOf<'reminders.delivery'>().not.toExtend<PathTo<number>>();
  });

  it('read a value and build the one-field patch at a path', () => {
    expect(valueAt(defaultSettings, 'reminders.workHours.days')).toEqual([1, 2, 3, 4, 5]);
    expect(valueAt(defaultSettings, 'routines.holdS.hamstring')).toBeUndefined();
    expect(valueAt(undefined, 'theme')).toBeUndefined();
    expect(patchAt('reminders.sittingLimitMin', 30)).toEqual({
      reminders: { sittingLimitMin: 30 },
    });
  });
});
