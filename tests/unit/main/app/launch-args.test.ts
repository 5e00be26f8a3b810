import { describe, expect, it } from 'vitest';

import {
  type AppCommand,
  LAUNCH_USAGE,
  launchWordsFrom,
  parseLaunchArgs,
  runLaunchCommand,
} from '../../../../src-main/app/launch-args';
import { fakeActions } from '../support/fake-actions';

const ALLOWED =
  'Try: morning, desk-break, settings, history, pause <30m|1h|2h|morning>, resume, meeting <30m|1h|on|off>, window, status.';

const commandOf = (...words: string[]) => {
  const parsed = parseLaunchArgs(words);
  if (!parsed.ok) throw new Error(`expected ${words.join(' ')} to parse: ${parsed.message}`);
  return parsed.command;
};

const errorOf = (...words: string[]) => {
  const parsed = parseLaunchArgs(words);
  if (parsed.ok) throw new Error(`expected ${words.join(' ')} to be refused`);
  return parsed.message;
};

describe('command line: the commands', () => {
  it('reads each command a shortcut can send', () => {
    expect(commandOf('morning')).toEqual({ kind: 'morning' });
    expect(commandOf('desk-break')).toEqual({ kind: 'desk-break' });
    expect(commandOf('settings')).toEqual({ kind: 'settings' });
    expect(commandOf('resume')).toEqual({ kind: 'resume' });
  });

  it('pauses for the same lengths the tray offers', () => {
    expect(commandOf('pause', '30m')).toEqual({ kind: 'pause', choice: { minutes: 30 } });
    expect(commandOf('pause', '1h')).toEqual({ kind: 'pause', choice: { minutes: 60 } });
    expect(commandOf('pause', '2h')).toEqual({ kind: 'pause', choice: { minutes: 120 } });
    expect(commandOf('pause', 'morning')).toEqual({ kind: 'pause', choice: 'until-morning' });
  });

  it('"In a meeting" takes the tray\'s lengths, on until turned off, and off', () => {
    expect(commandOf('meeting', '30m')).toEqual({ kind: 'meeting', choice: { minutes: 30 } });
    expect(commandOf('meeting', '1h')).toEqual({ kind: 'meeting', choice: { minutes: 60 } });
    expect(commandOf('meeting', 'on')).toEqual({ kind: 'meeting', choice: 'until-off' });
    expect(commandOf('meeting', 'off')).toEqual({ kind: 'meeting', choice: 'off' });
    expect(errorOf('meeting')).toBe(
      "'meeting' needs a length. Try: meeting 30m, or one of 30m, 1h, on, off.",
    );
    expect(errorOf('meeting', '2h')).toBe("Unknown meeting length '2h'. Try: 30m, 1h, on, off.");
  });

  it('reads the status and status-window commands', () => {
    expect(commandOf('status')).toEqual({ kind: 'status' });
    expect(commandOf('window')).toEqual({ kind: 'window' });
    expect(errorOf('status', 'now')).toContain("Unexpected 'now'");
  });

  it('has no command when only the app is started', () => {
    expect(commandOf()).toBeNull();
  });

  it('answers --help (or help) before anything else, even next to a bad word', () => {
    expect(commandOf('--help')).toEqual({ kind: 'help' });
    expect(commandOf('help')).toEqual({ kind: 'help' });
    expect(commandOf('desk-brake', '-h')).toEqual({ kind: 'help' });
    for (const command of ['morning', 'desk-break', 'settings', 'resume']) {
      expect(LAUNCH_USAGE).toContain(command);
    }
    expect(LAUNCH_USAGE).toContain('pause <30m|1h|2h|morning>');
  });
});

describe('command line: bad input', () => {
  it('names an unknown word and lists what is allowed', () => {
    expect(errorOf('desk-brake')).toBe(`Unknown command 'desk-brake'. ${ALLOWED}`);
    expect(errorOf('toString')).toBe(`Unknown command 'toString'. ${ALLOWED}`);
    expect(errorOf('Morning')).toContain("'Morning'");
  });

  it('asks how long when pause has no length', () => {
    expect(errorOf('pause')).toBe(
      "'pause' needs a length. Try: pause 30m, or one of 30m, 1h, 2h, morning.",
    );
  });

  it('names a pause length it does not know', () => {
    expect(errorOf('pause', '45m')).toBe("Unknown pause length '45m'. Try: 30m, 1h, 2h, morning.");
    expect(errorOf('pause', 'constructor')).toContain("'constructor'");
  });

  it('takes one command at a time', () => {
    expect(errorOf('morning', 'desk-break')).toBe(
      "Unexpected 'desk-break' after 'morning'. Give one command at a time.",
    );
    expect(errorOf('pause', '1h', 'now')).toBe(
      "Unexpected 'now' after 'pause 1h'. Give one command at a time.",
    );
  });
});

describe('command line: Electron switches pass through', () => {
  it('never counts a switch as a command or an error', () => {
    expect(commandOf('--ozone-platform=wayland', '--no-sandbox')).toBeNull();
    expect(commandOf('--no-sandbox', 'desk-break', '--enable-logging')).toEqual({
      kind: 'desk-break',
    });
    expect(commandOf('pause', '--disable-gpu', '2h')).toEqual({
      kind: 'pause',
      choice: { minutes: 120 },
    });
    expect(commandOf('-psn_0_12345')).toBeNull(); // what macOS Finder used to add
  });
});

describe('command line: development and packaged argv', () => {
  it('drops the app path in development', () => {
    expect(launchWordsFrom(['/x/electron', '.', 'morning'], false)).toEqual(['morning']);
    expect(launchWordsFrom(['/x/electron', '.'], false)).toEqual([]);
  });

  it('finds the app path behind the switches Chromium puts first', () => {
    const argv = ['/x/electron', '--allow-file-access-from-files', '.', 'pause', '1h'];
    expect(launchWordsFrom(argv, false)).toEqual(['--allow-file-access-from-files', 'pause', '1h']);
    expect(commandOf(...launchWordsFrom(argv, false))).toEqual({
      kind: 'pause',
      choice: { minutes: 60 },
    });
  });

  it('keeps every word after the executable when packaged', () => {
    expect(launchWordsFrom(['/opt/Limber/limber', 'settings'], true)).toEqual(['settings']);
    expect(launchWordsFrom(['/opt/Limber/limber'], true)).toEqual([]);
  });

  it('reads `limber morning` packaged as it reads `electron . morning` in development', () => {
    expect(launchWordsFrom(['/opt/Limber/limber', 'morning'], true)).toEqual(
      launchWordsFrom(['/x/electron', '.', 'morning'], false),
    );
  });
});

describe('command line: running a command', () => {
  const actions = fakeActions;

  it('does what the tray menu entry of the same name does', () => {
    const cases: [AppCommand, keyof ReturnType<typeof actions>][] = [
      [{ kind: 'morning' }, 'startMorningRoutine'],
      [{ kind: 'desk-break' }, 'startDeskBreak'],
      [{ kind: 'settings' }, 'openSettings'],
      [{ kind: 'history' }, 'openHistory'],
      [{ kind: 'window' }, 'openStatus'],
      [{ kind: 'meeting', choice: 'off' }, 'setMeeting'],
      [{ kind: 'resume' }, 'resumeReminders'],
      [{ kind: 'pause', choice: 'until-morning' }, 'pauseReminders'],
    ];
    for (const [command, action] of cases) {
      const tray = actions();
      runLaunchCommand(command, tray);
      const called = Object.entries(tray).filter(([, spy]) => spy.mock.calls.length > 0);
      expect(called.map(([name]) => name)).toEqual([action]);
    }
  });

  it('pauses for the length asked', () => {
    const tray = actions();
    runLaunchCommand({ kind: 'pause', choice: { minutes: 30 } }, tray);
    expect(tray.pauseReminders).toHaveBeenCalledWith({ minutes: 30 });
  });
});
