import { app } from 'electron';

/**
 * Keeps one Limber running: two would nudge twice and fight over the settings file. A second
 * launch quits at once and tells the first, which shows its player if it has one open.
 * @returns false when this process is the second one and is quitting.
 */
export function setupSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => onSecondLaunch());
  return true;
}
