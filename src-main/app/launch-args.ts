import type { MeetingChoice } from '@shared/quiet/meeting-mode';

import type { PauseChoice } from '../sitting/sitting-service-types';
import type { AppActions } from './app-actions';
import { MEETING_WORDS } from './meeting-words';
import { PAUSE_CHOICES } from './tray-menu';

/**
 * What a user can ask for on the command line, e.g. from a keyboard shortcut bound to
 * `limber desk-break`. Each one is a tray menu action, so the two never disagree.
 */
export type LaunchCommand =
  | { kind: 'morning' }
  | { kind: 'desk-break' }
  | { kind: 'settings' }
  | { kind: 'history' }
  | { kind: 'pause'; choice: PauseChoice }
  | { kind: 'resume' }
  | { kind: 'meeting'; choice: MeetingChoice | 'off' }
  | { kind: 'window' }
  | { kind: 'help' }
  | { kind: 'status' };

/**
 * The commands the running app carries out; `help` and `status` are answered by the launching
 * process (status from the file the running app keeps up to date).
 */
export type AppCommand = Exclude<LaunchCommand, { kind: 'help' } | { kind: 'status' }>;

/** A launch's words, parsed: a command (null: none), or what was wrong, in the user's words. */
export type LaunchParse =
  { ok: true; command: LaunchCommand | null } | { ok: false; message: string };

/** `pause <length>`: the words of the tray's own pause choices. */
const PAUSE_WORDS = PAUSE_CHOICES.map((pause) => pause.word);

const SIMPLE_COMMANDS: Readonly<Record<string, AppCommand>> = {
  morning: { kind: 'morning' },
  'desk-break': { kind: 'desk-break' },
  settings: { kind: 'settings' },
  history: { kind: 'history' },
  resume: { kind: 'resume' },
  window: { kind: 'window' },
};

/** `meeting <length>`: the tray's "In a meeting" choices, and `off`. */
const MEETING_ARGS = [...MEETING_WORDS.map((meeting) => meeting.word), 'off'];

const HELP_WORDS = new Set(['--help', '-h', 'help']);
const ALLOWED = `morning, desk-break, settings, history, pause <${PAUSE_WORDS.join('|')}>, resume, meeting <${MEETING_ARGS.join('|')}>, window, status`;

/** What `limber --help` prints. */
export const LAUNCH_USAGE = `Usage: limber [command]

Commands:
  morning                     start the morning routine
  desk-break                  start a desk break now
  settings                    open the settings
  history                     open your history: streaks, this week, the last 30 days
  pause <${PAUSE_WORDS.join('|')}>   pause reminders (morning: until tomorrow morning)
  resume                      resume reminders
  meeting <${MEETING_ARGS.join('|')}>  in a meeting: hold reminders (on: until 'meeting off')
  window                      open the status window (for desktops with no tray)
  status                      print the sitting time, what is next, and why Limber is quiet
  --help                      show this help

With no command Limber starts in the tray, or shows its open player if it is running.
A command sent while Limber runs is carried out by the running app.
`;

/**
 * Electron and Chromium switches (`--no-sandbox`, `--ozone-platform=wayland`) and OS extras
 * (macOS's `-psn_…`) start with a dash; they are Electron's business, never a command.
 */
const isSwitch = (word: string) => word.startsWith('-') && !HELP_WORDS.has(word);

/**
 * The words after the program: argv without the executable and, in development
 * (`electron . morning`), without the app path, which is the first word that is not a switch
 * (Chromium may put switches before it, as it does in `second-instance`).
 * @param packaged app.isPackaged: a packaged app's argv has no app path.
 */
export function launchWordsFrom(argv: readonly string[], packaged: boolean): string[] {
  const words = argv.slice(1);
  if (packaged) return words;
  const appPath = words.findIndex((word) => !isSwitch(word));
  return appPath === -1 ? words : words.filter((_, index) => index !== appPath);
}

/**
 * Parses a launch's words (see launchWordsFrom). Switches pass through untouched; `--help`
 * anywhere wins; otherwise at most one command, and a bad one is named with what is allowed.
 */
export function parseLaunchArgs(args: readonly string[]): LaunchParse {
  if (args.some((word) => HELP_WORDS.has(word))) return { ok: true, command: { kind: 'help' } };
  const [name, ...rest] = args.filter((word) => !isSwitch(word));
  if (name === undefined) return { ok: true, command: null };
  if (name === 'pause') return parsePause(rest);
  if (name === 'meeting') return parseMeeting(rest);
  if (name === 'status') return onlyOne(name, rest, { kind: 'status' });
  const command = Object.hasOwn(SIMPLE_COMMANDS, name) ? SIMPLE_COMMANDS[name] : undefined;
  if (!command) return { ok: false, message: `Unknown command '${name}'. Try: ${ALLOWED}.` };
  return onlyOne(name, rest, command);
}

function parsePause(rest: readonly string[]): LaunchParse {
  const [length, ...extra] = rest;
  const lengths = PAUSE_WORDS.join(', ');
  if (length === undefined) {
    return { ok: false, message: `'pause' needs a length. Try: pause 30m, or one of ${lengths}.` };
  }
  const choice = PAUSE_CHOICES.find((pause) => pause.word === length)?.choice;
  if (!choice) {
    return { ok: false, message: `Unknown pause length '${length}'. Try: ${lengths}.` };
  }
  return onlyOne(`pause ${length}`, extra, { kind: 'pause', choice });
}

function parseMeeting(rest: readonly string[]): LaunchParse {
  const [length, ...extra] = rest;
  const choices = MEETING_ARGS.join(', ');
  if (length === undefined) {
    return {
      ok: false,
      message: `'meeting' needs a length. Try: meeting 30m, or one of ${choices}.`,
    };
  }
  const choice =
    length === 'off' ? 'off' : MEETING_WORDS.find((meeting) => meeting.word === length)?.choice;
  if (!choice)
    return { ok: false, message: `Unknown meeting length '${length}'. Try: ${choices}.` };
  return onlyOne(`meeting ${length}`, extra, { kind: 'meeting', choice });
}

function onlyOne(said: string, extra: readonly string[], command: LaunchCommand): LaunchParse {
  if (extra.length > 0) {
    return {
      ok: false,
      message: `Unexpected '${extra[0]}' after '${said}'. Give one command at a time.`,
    };
  }
  return { ok: true, command };
}

/** Carries out a command with the tray's own actions, as if the user had picked it there. */
export function runLaunchCommand(command: AppCommand, actions: AppActions): void {
  switch (command.kind) {
    case 'morning':
      return actions.startMorningRoutine();
    case 'desk-break':
      return actions.startDeskBreak();
    case 'settings':
      return actions.openSettings();
    case 'history':
      return actions.openHistory();
    case 'pause':
      return actions.pauseReminders(command.choice);
    case 'resume':
      return actions.resumeReminders();
    case 'meeting':
      return actions.setMeeting(command.choice);
    case 'window':
      return actions.openStatus();
  }
}
