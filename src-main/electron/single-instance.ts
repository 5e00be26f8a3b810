import { app } from 'electron';

import {
  type AppCommand,
  LAUNCH_USAGE,
  launchWordsFrom,
  parseLaunchArgs,
} from '../app/launch-args';

/** A bad command line exits with this code, as command-line tools do for a usage error. */
const USAGE_ERROR_EXIT_CODE = 2;

/** What the first (and only) Limber process does once ready. */
export interface FirstLaunch {
  /** The command it was started with; null for none, or when its command line was bad. */
  command: AppCommand | null;
}

/**
 * Keeps one Limber running: two would nudge twice and fight over the settings file. It also
 * answers the command line (see launch-args.ts):
 * - `--help` prints the usage and exits 0, whether or not Limber is running;
 * - a later launch with a bad command prints why to stderr and exits 2, and the running app
 *   ignores it; with a good one (or none) it quits and the running app gets `onSecondLaunch`;
 * - a first launch with a bad command prints why and starts anyway: nothing is lost.
 * @param argv this process's argv (process.argv).
 * @returns what the first launch should run, or undefined when this process is exiting.
 */
export function setupSingleInstance(
  argv: readonly string[],
  onSecondLaunch: (command: AppCommand | null) => void,
  /** The running app's last status report (`limber status`), or null when there is none. */
  readStatus: () => string | null = () => null,
): FirstLaunch | undefined {
  const own = parseLaunchArgs(launchWordsFrom(argv, app.isPackaged));
  if (own.ok && own.command?.kind === 'help') {
    process.stdout.write(LAUNCH_USAGE);
    app.exit(0);
    return undefined;
  }
  if (own.ok && own.command?.kind === 'status') {
    // Holding the lock means no other Limber runs: there is nothing to report on.
    const running = !app.requestSingleInstanceLock();
    const report = running ? readStatus() : null;
    if (report) process.stdout.write(report);
    else process.stdout.write(running ? 'Limber is starting up.\n' : 'Limber is not running.\n');
    app.exit(running ? 0 : 1);
    return undefined;
  }
  // Asking for the lock is what hands our argv to the running app, if there is one.
  if (!app.requestSingleInstanceLock()) {
    if (own.ok) app.quit();
    else {
      process.stderr.write(`${own.message}\n`);
      app.exit(USAGE_ERROR_EXIT_CODE);
    }
    return undefined;
  }
  if (!own.ok) process.stderr.write(`${own.message}\nStarting Limber without it.\n`);

  app.on('second-instance', (_event, secondArgv: string[]) => {
    const second = parseLaunchArgs(launchWordsFrom(secondArgv, app.isPackaged));
    // A bad launch has told its own user and exited; the running app carries on undisturbed.
    if (!second.ok) return;
    const command = second.command;
    if (command?.kind === 'help' || command?.kind === 'status') return;
    onSecondLaunch(command);
  });
  const command = own.ok ? own.command : null;
  return { command: command?.kind === 'help' || command?.kind === 'status' ? null : command };
}
