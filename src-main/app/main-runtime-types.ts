import type { RoutineId } from '@shared/content/types';
import type { DetectedKind } from '@shared/quiet/signal';
import type { Timeline } from '@shared/routine/index';
import type { Clock, Timers } from '@shared/time/clock';

import type { HistoryFilePort } from '../history/history-port';
import type { HistoryStore } from '../history/history-service-types';
import { type IpcDispatcher, type IpcHandlers } from '../ipc/dispatcher';
import { type TrustedSenders } from '../ipc/sender-policy';
import type { LoginItemPort } from '../login/login-state';
import { type LoginItemSync } from '../login/sync-login-item';
import type { LastOfferedStore, Scheduler } from '../morning/morning-ports';
import type { MorningService } from '../morning/morning-service-types';
import { type AboutPort } from '../platform/about-port';
import type { Broadcast } from '../platform/broadcast-port';
import type { IdlePort } from '../platform/idle-port';
import { type LogPort } from '../platform/log-port';
import type { NotifierPort } from '../platform/notifier-port';
import type { PowerPort } from '../platform/power-port';
import type { SaveDialogPort } from '../platform/save-dialog-port';
import type { AsyncIdleSource } from '../platform/wayland-idle';
import type { WindowsPort } from '../platform/windows-port';
import { type QuietGate } from '../quiet/quiet-gate';
import type { BusyDetector } from '../quiet/quiet-ports';
import { type RoutineLog } from '../routine/routine-log';
import { type RoutineSession } from '../routine/routine-session';
import type { SettingsFilePort } from '../settings/settings-file-port';
import { type SettingsFolderPort } from '../settings/settings-folder-port';
import { type SettingsStore } from '../settings/settings-store';
import { type ThemePort } from '../settings/theme-sync';
import type { SittingService } from '../sitting/sitting-service-types';
import { type AppActions } from './app-actions';

/** The services that arm timers of their own. */
export type TimedService = 'sitting' | 'routine' | 'settings';

export interface MainRuntimeDeps {
  clock: Clock;
  timers: Timers;
  /**
   * Timers for one service, so a test can tell whose timer is armed (the chaos test checks the
   * sitting service always keeps exactly one). @default `timers` for every service
   */
  timersFor?: (service: TimedService) => Timers;
  windows: WindowsPort;
  broadcast: Broadcast;
  /** The OS idle time; the e2e host passes a fake it can set. */
  idle: IdlePort;
  power: PowerPort;
  notifier: NotifierPort;
  /** Where settings live: node:fs in the app, in memory in tests and the e2e host. */
  settingsFile: SettingsFilePort;
  /** Who may call main: our origin, and our windows' ids as they are when a message arrives. */
  trustedSenders: () => TrustedSenders;
  /** Follows the theme setting (nativeTheme in the app). @default none */
  theme?: ThemePort;
  /** @default the routines as the user's settings shape them */
  timelineFor?: (routineId: RoutineId) => Timeline;
  /** What wakes the morning offer (node-schedule in the app). @default the timers above */
  morningScheduler?: Scheduler;
  /** Where the last offered morning survives a restart. @default in memory */
  morningStore?: LastOfferedStore;
  /** The IANA time zone now. @default the machine's */
  timeZone?: () => string;
  /** Where the history lives (userData/history.jsonl in the app). @default in memory */
  historyFile?: HistoryFilePort;
  /** The OS save dialog, for the CSV export. @default refuses, as a dialog that was cancelled */
  saveDialog?: SaveDialogPort;
  /**
   * The desktop's idle monitors over D-Bus (GNOME, KDE), tried when the OS idle time is found
   * stuck at 0, as under XWayland. @default none
   */
  idleSources?: readonly AsyncIdleSource[];
  /** This OS's detectors for calls, screen sharing, full screen and do-not-disturb. @default none */
  busyDetectors?: (kinds: readonly DetectedKind[]) => readonly BusyDetector[];
  /** Where recoveries, failures and crashes are written (electron-log in the app). @default none */
  log?: LogPort;
  /** The version and logs folder the settings window's About section shows. @default none */
  about?: AboutPort;
  /** Shows settings.json in the file manager (shell in the app). @default says it can't */
  settingsFolder?: SettingsFolderPort;
  /** Start at login for this OS; the settings window shows what it reads back. @default in memory */
  loginItem?: LoginItemPort;
}

/** Main's behaviour, composed: the one place services, IPC handlers and the gate are wired. */
export interface MainRuntime {
  session: RoutineSession;
  log: RoutineLog;
  /** The user's settings, served from memory; subscribe to apply a change live. */
  settings: SettingsStore;
  /** Start at login kept in step with the setting, and the state the OS reports back. */
  login: LoginItemSync;
  /** Sitting time, nudges and the tray's status line. */
  sitting: SittingService;
  /** The daily morning routine offer. */
  morning: MorningService;
  /** What the user did: routines, nudges, breaks, mornings and how their back felt. */
  history: HistoryStore;
  /** Whether the moment is right for a reminder: calls, presentations, do-not-disturb. */
  quiet: QuietGate;
  /** Every renderer message passes here: channel, sender and payload checked. */
  dispatcher: IpcDispatcher;
  /** The handlers behind the dispatcher, for callers already inside main (and tests). */
  handlers: IpcHandlers;
  /** The tray's and the command line's actions. */
  actions: AppActions;
  /** Call when the player window is gone: an unfinished routine counts as ended early. */
  playerClosed(): void;
  /** Call when the status window is gone: the minute line stops ticking (the tray's steps go on). */
  statusWindowClosed(): void;
}
