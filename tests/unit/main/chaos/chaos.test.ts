import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { chaosRun } from './chaos-steps';
import { ChaosWorld } from './chaos-world';
import { playRun } from './play-run';

/**
 * The real composed services (createMainRuntime) on a fake clock, through random runs of idle
 * readings, sleeps, locks, clock jumps and time zones, hostile IPC, settings changes, a failing
 * disk and throwing listeners. After every step: nothing escaped, exactly one sitting timer is
 * armed with a finite delay, the bout is within real time, nudges are a snooze apart, and the
 * settings on disk load again as the ones in use. `npm run chaos` plays many more runs.
 */
describe('chaos', () => {
  it('keeps every promise to the user through 500 random runs', async () => {
    await fc.assert(fc.asyncProperty(chaosRun, playRun), { numRuns: 500 });
  }, 60_000);

  it('notices a broken promise: reminders that stopped leave no sitting timer armed', () => {
    const world = new ChaosWorld();
    world.check();
    world.runtime.sitting.dispose();
    expect(() => world.check()).toThrow('The sitting service has 0 timers armed, not 1');
  });

  it('notices settings that would not come back after a quit', () => {
    const world = new ChaosWorld();
    world.file.files.set('settings.json', '{"schemaVersion": 2, "theme": "dark"}');
    world.file.files.delete('settings.last-good.json');
    expect(() => world.check()).toThrow('not the settings the user saved');
  });
});
