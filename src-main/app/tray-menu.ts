import type { RoutineId } from '@shared/content/types';

import type { PauseChoice } from '../sitting/sitting-service-types';
import type { AppActions } from './app-actions';
import { MEETING_WORDS } from './meeting-words';

/** What the tray menu can do: the app's actions, and Quit. */
export interface TrayMenuActions extends AppActions {
  quit(): void;
}

/** What the menu shows besides its actions. */
export interface TrayMenuState {
  /** The sitting status line, e.g. "Sitting 32 min · stretch in 13 min". */
  statusText: string;
  /** Paused reminders offer "Resume reminders" in place of the pause choices. */
  paused: boolean;
  /** "In a meeting" is on: the menu offers to turn it off. */
  inMeeting: boolean;
  /** The user's own routines, listed under "My routines" when there are any. */
  customRoutines: readonly { id: RoutineId; name: string }[];
}

/**
 * One tray menu entry, shaped so Electron's Menu.buildFromTemplate accepts it as is, while this
 * file stays free of Electron and can be tested in Node.
 */
export type TrayMenuItem =
  | { type: 'normal'; id: string; label: string; click: () => void }
  | { type: 'normal'; id: string; label: string; enabled: false }
  | { type: 'submenu'; id: string; label: string; submenu: TrayMenuItem[] }
  | { type: 'separator' };

/**
 * The pause choices, shortest first: the tray's "Pause reminders" menu, and `limber pause
 * <word>` on the command line, so the two offer the same four.
 */
export const PAUSE_CHOICES: readonly { word: string; label: string; choice: PauseChoice }[] = [
  { word: '30m', label: '30 minutes', choice: { minutes: 30 } },
  { word: '1h', label: '1 hour', choice: { minutes: 60 } },
  { word: '2h', label: '2 hours', choice: { minutes: 120 } },
  { word: 'morning', label: 'Until tomorrow morning', choice: 'until-morning' },
];

function pauseOrResume(actions: TrayMenuActions, paused: boolean): TrayMenuItem {
  if (paused) {
    return {
      type: 'normal',
      id: 'resume',
      label: 'Resume reminders',
      click: () => actions.resumeReminders(),
    };
  }
  return {
    type: 'submenu',
    id: 'pause',
    label: 'Pause reminders',
    submenu: PAUSE_CHOICES.map(({ word, label, choice }) => ({
      type: 'normal',
      id: `pause-${word}`,
      label,
      click: () => actions.pauseReminders(choice),
    })),
  };
}

/** "In a meeting": hold reminders for 30 min, an hour, or until turned off. */
function meeting(actions: TrayMenuActions, inMeeting: boolean): TrayMenuItem {
  if (inMeeting) {
    return {
      type: 'normal',
      id: 'meeting-off',
      label: 'Meeting over: reminders back on',
      click: () => actions.setMeeting('off'),
    };
  }
  return {
    type: 'submenu',
    id: 'meeting',
    label: 'In a meeting',
    submenu: MEETING_WORDS.map(({ word, label, choice }) => ({
      type: 'normal',
      id: `meeting-${word}`,
      label,
      click: () => actions.setMeeting(choice),
    })),
  };
}

function customRoutines(
  actions: TrayMenuActions,
  routines: TrayMenuState['customRoutines'],
): TrayMenuItem[] {
  if (routines.length === 0) return [];
  const submenu: TrayMenuItem[] = routines.map(({ id, name }) => ({
    type: 'normal',
    id: `routine-${id}`,
    label: name,
    click: () => actions.startRoutine(id),
  }));
  return [{ type: 'submenu', id: 'my-routines', label: 'My routines', submenu }];
}

/** The tray menu as a plain template: the status line (not clickable) first, Quit last. */
export function buildTrayMenu(actions: TrayMenuActions, state: TrayMenuState): TrayMenuItem[] {
  return [
    { type: 'normal', id: 'status', label: state.statusText, enabled: false },
    { type: 'separator' },
    {
      type: 'normal',
      id: 'morning-routine',
      label: 'Morning routine',
      click: () => actions.startMorningRoutine(),
    },
    {
      type: 'normal',
      id: 'desk-break',
      label: 'Stand up & stretch now',
      click: () => actions.startDeskBreak(),
    },
    ...customRoutines(actions, state.customRoutines),
    pauseOrResume(actions, state.paused),
    meeting(actions, state.inMeeting),
    { type: 'normal', id: 'history', label: 'History…', click: () => actions.openHistory() },
    { type: 'normal', id: 'settings', label: 'Settings…', click: () => actions.openSettings() },
    { type: 'separator' },
    { type: 'normal', id: 'quit', label: 'Quit', click: () => actions.quit() },
  ];
}

/**
 * The menu as Electron's native menu must be given it. On Windows and Linux a "&" in a label
 * marks the next letter as its keyboard mnemonic and is not shown ("Stand up & stretch" would
 * read "Stand up  stretch"), so every "&" is doubled, which shows one. macOS has no mnemonics.
 */
export function forNativeMenu(items: TrayMenuItem[], platform: NodeJS.Platform): TrayMenuItem[] {
  if (platform === 'darwin') return items;
  return items.map((item) => {
    if (item.type === 'separator') return item;
    const label = item.label.replaceAll('&', '&&');
    if (item.type === 'submenu')
      return { ...item, label, submenu: forNativeMenu(item.submenu, platform) };
    return { ...item, label };
  });
}
