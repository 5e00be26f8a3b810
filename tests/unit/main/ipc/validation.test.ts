import { beforeEach, describe, expect, it } from 'vitest';

import { invokeChannels, type InvokeName } from '@shared/ipc/channels';

import type { SenderInfo } from '../../../../src-main/ipc/sender-policy';
import { createHarness, playerSender } from '../support/app-harness';

/**
 * Every channel, attacked from every side: main must answer with a typed error and leave the
 * session, preferences, history and windows exactly as they were.
 */

const forgedSenders: [string, SenderInfo][] = [
  ['another origin', { ...playerSender, frameUrl: 'https://evil.example/' }],
  ['a sub-frame', { ...playerSender, isMainFrame: false }],
  ['an unknown webContents', { ...playerSender, webContentsId: 99 }],
];

const noPayloadCases: [string, unknown, string][] = [
  ['wrong type', 42, ''],
  // These channels take nothing, so any object is wrong as a whole: the path is the payload's.
  ['an object', { extra: true }, ''],
  ['null instead of nothing', null, ''],
];

/** [label, payload, a field path the error must name]. A Record, so no channel is forgotten. */
const malformed: Record<InvokeName, [string, unknown, string][]> = {
  getSession: noPayloadCases,
  startRoutine: [
    ['wrong type', { routineId: 5 }, 'routineId'],
    ['unknown field', { routineId: 'desk-break', extra: 1 }, 'extra'],
    ['out of range', { routineId: 'marathon' }, 'routineId'],
    ['missing field', {}, 'routineId'],
  ],
  getRoutineLengths: noPayloadCases,
  controlSession: [
    ['wrong type', { action: 1 }, 'action'],
    ['unknown field', { action: 'pause', now: 0 }, 'now'],
    ['out of range', { action: 'explode' }, 'action'],
  ],
  getSettings: noPayloadCases,
  updateSettings: [
    ['wrong type', { cues: { soundEnabled: 'yes' } }, 'cues.soundEnabled'],
    ['unknown field', { cues: { volume: 50, loudness: 3 } }, 'cues.loudness'],
    ['out of range (high)', { reminders: { sittingLimitMin: 181 } }, 'reminders.sittingLimitMin'],
    ['out of range (low)', { cues: { volume: -1 } }, 'cues.volume'],
    ['not a number', { routines: { setupS: Number.NaN } }, 'routines.setupS'],
    ['a version change', { schemaVersion: 3 }, 'schemaVersion'],
  ],
  resetSettings: noPayloadCases,
  getSettingsNotices: noPayloadCases,
  dismissSettingsNotices: noPayloadCases,
  acknowledgeSafetyNote: noPayloadCases,
  closeWindow: noPayloadCases,
  getNudge: noPayloadCases,
  answerNudge: [
    ['wrong type', { action: 5 }, 'action'],
    ['out of range', { action: 'dance' }, 'action'],
    ['unknown field', { action: 'skip', minutes: 5 }, 'minutes'],
    ['missing field', { action: 'snooze' }, 'minutes'],
    ['not a number', { action: 'snooze', minutes: Number.NaN }, 'minutes'],
    ['out of range (low)', { action: 'snooze', minutes: -5 }, 'minutes'],
  ],
  getSittingStatus: noPayloadCases,
  getMorningOffer: noPayloadCases,
  checkQuiet: noPayloadCases,
  setMeeting: [
    ['wrong type', { choice: 30 }, 'choice'],
    ['out of range', { choice: { minutes: 45 } }, 'choice'],
    ['unknown field', { choice: 'off', reason: 'call' }, 'reason'],
    ['missing field', {}, 'choice'],
  ],
  runAppAction: [
    ['out of range', { action: 'format-disk' }, 'action'],
    ['unknown field', { action: 'morning', now: true }, 'now'],
    ['out of range (pause)', { action: 'pause', choice: { minutes: 7 } }, 'choice'],
    ['wrong type', { action: 'routine', routineId: 5 }, 'routineId'],
  ],
  getHistoryStats: noPayloadCases,
  exportHistory: noPayloadCases,
  openHistory: noPayloadCases,
  rateStiffness: [
    ['wrong type', { score: 'stiff' }, 'score'],
    ['out of range (high)', { score: 11 }, 'score'],
    ['out of range (low)', { score: -1 }, 'score'],
    ['not a whole number', { score: 4.5 }, 'score'],
    ['unknown field', { score: 3, note: 'ouch' }, 'note'],
  ],
  answerMorning: [
    ['wrong type', { answer: 1 }, 'answer'],
    ['out of range', { answer: 'tomorrow' }, 'answer'],
    ['unknown field', { answer: 'later', minutes: 5 }, 'minutes'],
    ['missing field', {}, 'answer'],
  ],
  getAbout: noPayloadCases,
  openLogsFolder: noPayloadCases,
  showSettingsFile: noPayloadCases,
  getLoginState: noPayloadCases,
};

/** A payload each channel accepts, so the forged-sender cases would succeed if let through. */
const validPayload: Record<InvokeName, unknown> = {
  getSession: undefined,
  startRoutine: { routineId: 'desk-break' },
  controlSession: { action: 'end' },
  getRoutineLengths: undefined,
  getSettings: undefined,
  updateSettings: { cues: { soundEnabled: false } },
  resetSettings: undefined,
  getSettingsNotices: undefined,
  dismissSettingsNotices: undefined,
  acknowledgeSafetyNote: undefined,
  closeWindow: undefined,
  getNudge: undefined,
  answerNudge: { action: 'skip' },
  getSittingStatus: undefined,
  getMorningOffer: undefined,
  answerMorning: { answer: 'not-today' },
  checkQuiet: undefined,
  setMeeting: { choice: 'off' },
  runAppAction: { action: 'resume' },
  getHistoryStats: undefined,
  exportHistory: undefined,
  openHistory: undefined,
  rateStiffness: { score: 4 },
  getAbout: undefined,
  openLogsFolder: undefined,
  showSettingsFile: undefined,
  getLoginState: undefined,
};

const channelNames = Object.keys(invokeChannels) as InvokeName[];

describe.each(channelNames)('IPC channel %s', (name) => {
  let harness: ReturnType<typeof createHarness>;

  beforeEach(async () => {
    // A damaged settings file, so a dismiss that slipped through would visibly clear its notice.
    harness = createHarness({ settingsText: '{"reminders": ' });
    // A routine in progress, so a message that slipped through would visibly change it.
    await harness.invoke(invokeChannels.startRoutine, { routineId: 'morning-in-bed' });
    harness.clock.advance(4_000);
    // A nudge waiting, so an answer that slipped through would visibly take it away.
    harness.clock.advance(45 * 60_000);
  });

  it('accepts a well-formed call from our player window', async () => {
    const result = await harness.invoke(invokeChannels[name], validPayload[name]);
    expect(result.ok).toBe(true);
  });

  it.each(forgedSenders)(
    'refuses a message from %s and changes nothing',
    async (_label, sender) => {
      const before = harness.observable();
      const result = await harness.invoke(invokeChannels[name], validPayload[name], sender);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(harness.observable()).toEqual(before);
    },
  );

  it.each(malformed[name])(
    'refuses a payload with %s and changes nothing',
    async (_label, payload, path) => {
      const before = harness.observable();
      const result = await harness.invoke(invokeChannels[name], payload);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.issues?.map((issue) => issue.path)).toContain(path);
      expect(harness.observable()).toEqual(before);
    },
  );
});
