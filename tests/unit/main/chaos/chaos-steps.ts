import fc from 'fast-check';

import { STRETCH_IDS } from '@shared/content/types';
import { invokeChannels } from '@shared/ipc/channels';

import type { ChaosStep } from './chaos-world';
import { channelNames } from './chaos-world';

const SECOND = 1000;
const MIN = 60 * SECOND;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Idle readings as broken OSes report them, and as a real counter does. */
const idleSeconds = fc.oneof(
  fc.constantFrom(0, 2, 1e9, -5, Number.NaN, Number.POSITIVE_INFINITY, 3 * 3600),
  fc.integer({ min: 0, max: 4 * 3600 }),
);

/** Time passing: a blink, a minute, a meeting, a night. */
const duration = fc.oneof(
  fc.constantFrom(SECOND, 30 * SECOND, 5 * MIN, 45 * MIN, 3 * HOUR),
  fc.integer({ min: 0, max: 4 * HOUR }),
);

const zones = [
  'UTC',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
] as const;

/** A settings change the window could send. */
const validPatch = fc.oneof(
  fc.record({
    reminders: fc.record(
      {
        sittingLimitMin: fc.integer({ min: 10, max: 180 }),
        naturalBreakMin: fc.integer({ min: 1, max: 30 }),
        snoozeOptionsMin: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), {
          minLength: 1,
          maxLength: 4,
        }),
        maxRepeats: fc.integer({ min: 0, max: 10 }),
        delivery: fc.constantFrom('notification-and-prompt', 'notification-only'),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    reminders: fc.record({
      workHours: fc.record({
        enabled: fc.boolean(),
        days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
        ranges: fc.constant([{ start: '09:00', end: '17:30' }]),
      }),
    }),
  }),
  fc.record({ morning: fc.record({ time: fc.constantFrom('00:00', '07:30', '23:59') }) }),
  fc.record({ cues: fc.record({ volume: fc.integer({ min: 0, max: 100 }) }) }),
  fc.record({ theme: fc.constantFrom('system', 'light', 'dark') }),
  fc.record({
    routines: fc.record({
      custom: fc.constant([
        { id: 'custom-mine', name: 'Stretch & breathe', stretchIds: [STRETCH_IDS[0]] },
      ]),
    }),
  }),
);

/** What a compromised or buggy renderer might send. */
const hostilePayload = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 5 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "theme": "dark"}') as unknown),
  fc.constant({ routineId: `custom-${'a'.repeat(10_000)}` }),
  fc.constant({ [`x${'y'.repeat(10_000)}`]: 1 }),
  fc.constantFrom(
    { action: 'snooze', minutes: Number.NaN },
    { action: 'snooze', minutes: 1e308 },
    { action: 'snooze', minutes: 5 },
    { action: 'skip' },
    { action: 'stretch' },
    { action: 'next' },
    { routineId: 'desk-break' },
    { routineId: 'custom-mine' },
    { reminders: { sittingLimitMin: 'forty' } },
    { reminders: { snoozeOptionsMin: Array.from({ length: 1_000 }, (_, i) => i) } },
  ),
);

const ipcStep = fc.record({
  kind: fc.constant('ipc' as const),
  channel: fc.oneof(fc.constantFrom(...channelNames), fc.constant('no:such-channel')),
  payload: fc.oneof(fc.constant(undefined), hostilePayload),
  // Mostly our own windows: a forged sender is refused before anything else is looked at.
  trusted: fc.oneof(
    { weight: 4, arbitrary: fc.constant(true) },
    { weight: 1, arbitrary: fc.constant(false) },
  ),
});

const settingsStep = fc.record({
  kind: fc.constant('ipc' as const),
  channel: fc.constant(invokeChannels.updateSettings),
  payload: validPatch,
  trusted: fc.constant(true),
});

const actionStep: fc.Arbitrary<ChaosStep> = fc.oneof(
  fc
    .constantFrom('startMorningRoutine', 'startDeskBreak', 'resumeReminders', 'openSettings')
    .map((name) => ({ kind: 'action' as const, name })),
  fc
    .constantFrom('custom-mine', 'custom-gone', 'desk-break')
    .map((arg) => ({ kind: 'action' as const, name: 'startRoutine' as const, arg })),
  fc
    .constantFrom<unknown>(
      { minutes: 30 },
      { minutes: 120 },
      'until-morning',
      { minutes: 0 },
      { minutes: Number.NaN },
      { minutes: -1 },
    )
    .map((arg) => ({ kind: 'action' as const, name: 'pauseReminders' as const, arg })),
);

/** One step of the outside world, weighted towards what happens most. */
export const chaosStep: fc.Arbitrary<ChaosStep> = fc.oneof(
  { weight: 4, arbitrary: duration.map((ms) => ({ kind: 'advance' as const, ms })) },
  { weight: 3, arbitrary: idleSeconds.map((seconds) => ({ kind: 'idle' as const, seconds })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom('suspend', 'resume', 'lock', 'unlock')
      .map((event) => ({ kind: 'power' as const, event })),
  },
  { weight: 1, arbitrary: duration.map((ms) => ({ kind: 'sleep' as const, ms })) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: -3 * DAY, max: 3 * DAY })
      .map((ms) => ({ kind: 'wall-jump' as const, ms })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...zones).map((zone) => ({ kind: 'time-zone' as const, zone })),
  },
  { weight: 3, arbitrary: ipcStep },
  { weight: 2, arbitrary: settingsStep },
  { weight: 2, arbitrary: actionStep },
  { weight: 1, arbitrary: fc.constant({ kind: 'player-closed' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('read-only', 'disk-full', 'backup-full', 'directory', 'vanished', 'heal')
      .map((fault) => ({ kind: 'file' as const, fault })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('throwing' as const),
      what: fc.constantFrom('listener', 'notifier', 'window'),
      on: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.boolean().map((on) => ({ kind: 'idle-throws' as const, on })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'quit' as const }) },
);

/** The settings.json a run starts on: none, good, hand-edited, damaged or hostile. */
export const startingFile: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  '{"schemaVersion": 2, "reminders": {"sittingLimitMin": 20, "snoozeOptionsMin": [1, 2]}}',
  '\uFEFF{"schemaVersion": 2, "theme": "dark"}',
  '{"schemaVersion": 2, "__proto__": {"theme": "dark"}}',
  '{"schemaVersion": 2, "reminders": ',
  '{"schemaVersion": 99}',
  '',
);

/** A run: where it starts, and what happens. */
export const chaosRun = fc.record({
  file: startingFile,
  steps: fc.array(chaosStep, { minLength: 1, maxLength: 40 }),
});
