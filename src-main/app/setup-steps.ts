import type { LogPort } from '../platform/log-port';

/** One part of startup: the tray, IPC, the windows, start at login... */
export interface SetupStep {
  name: string;
  run(): void;
}

/**
 * Runs each step on its own: one that throws is logged and the rest still run, so a tray the
 * desktop cannot show leaves command-line commands and nudges working. Returns the names of the
 * steps that failed.
 */
export function runSetupSteps(steps: readonly SetupStep[], log: LogPort): string[] {
  const failed: string[] = [];
  for (const step of steps) {
    try {
      step.run();
    } catch (error) {
      failed.push(step.name);
      log.error(`Setting up the ${step.name} failed; the rest still runs`, error);
    }
  }
  return failed;
}
