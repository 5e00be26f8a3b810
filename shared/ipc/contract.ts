import { z } from 'zod';

import { RoutineIdSchema } from '../content/id-schemas';
import { ExportResultSchema, StiffnessRatingSchema } from '../history/export-schema';
import { HistoryStatsSchema } from '../history/stats-schema';
import { MorningAnswerSchema, MorningOfferSchema } from '../morning/offer-schema';
import { AppActionSchema, MeetingRequestSchema, QuietStatusSchema } from '../quiet/quiet-schema';
import {
  NudgeAnswerSchema,
  NudgeSnapshotSchema,
  SittingStatusSchema,
} from '../reminders/nudge-schema';
import { RoutineLengthSchema } from '../routine/length-schema';
import { SessionActionSchema, SessionSnapshotSchema } from '../routine/snapshot-schema';
import { LoginStateSchema } from '../settings/login-state-schema';
import { SettingsNoticeSchema } from '../settings/notice-schema';
import { SettingsPatchSchema, SettingsSchema } from '../settings/schema';
import { eventChannels, type EventName, invokeChannels, type InvokeName } from './channels';

/**
 * The one IPC contract. The preload, main's handlers, the renderer's types and the e2e test
 * host are all derived from it; nothing is retyped by hand.
 */

const noPayload = z.undefined();

/** The settings window's About section: which Limber this is, and where it keeps its log. */
export const AboutSchema = z.object({ version: z.string(), logsDir: z.string() });

export const invokeContract = {
  getSession: {
    channel: invokeChannels.getSession,
    request: noPayload,
    response: SessionSnapshotSchema.nullable(),
  },
  startRoutine: {
    channel: invokeChannels.startRoutine,
    request: z.strictObject({ routineId: RoutineIdSchema }),
    response: SessionSnapshotSchema,
  },
  controlSession: {
    channel: invokeChannels.controlSession,
    request: z.strictObject({ action: SessionActionSchema }),
    response: SessionSnapshotSchema,
  },
  /**
   * How long each routine runs as the user set it up, built-in ones first: the lengths of the
   * same timelines main would run, so the start screen never guesses.
   */
  getRoutineLengths: {
    channel: invokeChannels.getRoutineLengths,
    request: noPayload,
    response: z.array(RoutineLengthSchema),
  },
  getSettings: {
    channel: invokeChannels.getSettings,
    request: noPayload,
    response: SettingsSchema,
  },
  /** Any subset of settings; an unknown field or out-of-range value is refused by name. */
  updateSettings: {
    channel: invokeChannels.updateSettings,
    request: SettingsPatchSchema,
    response: SettingsSchema,
  },
  resetSettings: {
    channel: invokeChannels.resetSettings,
    request: noPayload,
    response: SettingsSchema,
  },
  /** Trouble with the settings file this run that the user has not dismissed, oldest first. */
  getSettingsNotices: {
    channel: invokeChannels.getSettingsNotices,
    request: noPayload,
    response: z.array(SettingsNoticeSchema),
  },
  /** The user has read them: answers with what is left (nothing). */
  dismissSettingsNotices: {
    channel: invokeChannels.dismissSettingsNotices,
    request: noPayload,
    response: z.array(SettingsNoticeSchema),
  },
  /** Shows settings.json in the file manager (its folder, where the file is missing). */
  showSettingsFile: {
    channel: invokeChannels.showSettingsFile,
    request: noPayload,
    response: z.null(),
  },
  /** Start at login as the OS last reported it; null until the first read has finished. */
  getLoginState: {
    channel: invokeChannels.getLoginState,
    request: noPayload,
    response: LoginStateSchema.nullable(),
  },
  acknowledgeSafetyNote: {
    channel: invokeChannels.acknowledgeSafetyNote,
    request: noPayload,
    response: SettingsSchema,
  },
  closeWindow: {
    channel: invokeChannels.closeWindow,
    request: noPayload,
    response: z.null(),
  },
  getNudge: {
    channel: invokeChannels.getNudge,
    request: noPayload,
    response: NudgeSnapshotSchema.nullable(),
  },
  answerNudge: {
    channel: invokeChannels.answerNudge,
    request: NudgeAnswerSchema,
    response: z.null(),
  },
  getSittingStatus: {
    channel: invokeChannels.getSittingStatus,
    request: noPayload,
    response: SittingStatusSchema,
  },
  /** The morning offer waiting for an answer, or null. */
  getMorningOffer: {
    channel: invokeChannels.getMorningOffer,
    request: noPayload,
    response: MorningOfferSchema.nullable(),
  },
  answerMorning: {
    channel: invokeChannels.answerMorning,
    request: MorningAnswerSchema,
    response: z.null(),
  },
  /** Streaks, this week and the last 30 days, as of now in the user's zone. */
  getHistoryStats: {
    channel: invokeChannels.getHistoryStats,
    request: noPayload,
    response: HistoryStatsSchema,
  },
  /** Main opens the save dialog and writes the CSV; the renderer never writes a file. */
  exportHistory: {
    channel: invokeChannels.exportHistory,
    request: noPayload,
    response: ExportResultSchema,
  },
  rateStiffness: {
    channel: invokeChannels.rateStiffness,
    request: StiffnessRatingSchema,
    response: z.null(),
  },
  /** Asks every "Quiet when…" detector now (at most about 2 s) and answers what each said. */
  checkQuiet: {
    channel: invokeChannels.checkQuiet,
    request: noPayload,
    response: QuietStatusSchema,
  },
  setMeeting: {
    channel: invokeChannels.setMeeting,
    request: MeetingRequestSchema,
    response: z.null(),
  },
  /** The tray's actions, for the status window on desktops with no tray. */
  runAppAction: {
    channel: invokeChannels.runAppAction,
    request: AppActionSchema,
    response: z.null(),
  },
  /** The end screen's "See your history". */
  openHistory: {
    channel: invokeChannels.openHistory,
    request: noPayload,
    response: z.null(),
  },
  /** The settings window's About section: the version, and where the logs are. */
  getAbout: {
    channel: invokeChannels.getAbout,
    request: noPayload,
    response: AboutSchema,
  },
  /** Opens the logs folder in the system's file manager; fails with the reason it could not. */
  openLogsFolder: {
    channel: invokeChannels.openLogsFolder,
    request: noPayload,
    response: z.null(),
  },
} as const satisfies {
  [K in InvokeName]: {
    channel: (typeof invokeChannels)[K];
    request: z.ZodType;
    response: z.ZodType;
  };
};

export const eventContract = {
  session: { channel: eventChannels.session, payload: SessionSnapshotSchema.nullable() },
  settings: { channel: eventChannels.settings, payload: SettingsSchema },
  settingsNotices: {
    channel: eventChannels.settingsNotices,
    payload: z.array(SettingsNoticeSchema),
  },
  loginState: { channel: eventChannels.loginState, payload: LoginStateSchema },
  nudge: { channel: eventChannels.nudge, payload: NudgeSnapshotSchema.nullable() },
  sittingStatus: { channel: eventChannels.sittingStatus, payload: SittingStatusSchema },
  morningOffer: { channel: eventChannels.morningOffer, payload: MorningOfferSchema.nullable() },
  history: { channel: eventChannels.history, payload: HistoryStatsSchema },
} as const satisfies {
  [K in EventName]: { channel: (typeof eventChannels)[K]; payload: z.ZodType };
};

export type InvokeRequest<K extends InvokeName> = z.input<(typeof invokeContract)[K]['request']>;
export type InvokeResponse<K extends InvokeName> = z.output<(typeof invokeContract)[K]['response']>;
export type EventPayload<K extends EventName> = z.output<(typeof eventContract)[K]['payload']>;
