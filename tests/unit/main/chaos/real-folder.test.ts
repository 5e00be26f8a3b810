import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sameData } from '@shared/settings/merge';
import { migrate } from '@shared/settings/migrations';
import { defaultSettings, type Settings } from '@shared/settings/schema';

import { createMainRuntime, type MainRuntime } from '../../../../src-main/app/main-runtime';
import { createSettingsFile } from '../../../../src-main/electron/settings-file';
import { FakeClock } from '../../../support/fake-clock';

/** What happens to a real settings folder between and during runs of Limber. */
type FolderStep =
  | { kind: 'change'; sittingLimitMin: number }
  | { kind: 'advance'; ms: number }
  | { kind: 'quit-and-restart' }
  | { kind: 'deleted' }
  | { kind: 'damaged'; text: string }
  | { kind: 'made-a-directory' };

const folderStep: fc.Arbitrary<FolderStep> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 10, max: 180 })
      .map((sittingLimitMin) => ({ kind: 'change' as const, sittingLimitMin })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, 100, 300, 5_000).map((ms) => ({ kind: 'advance' as const, ms })),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'quit-and-restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deleted' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('', '{"schemaV', '[]', '{"schemaVersion": 2, "theme": 7}')
      .map((text) => ({ kind: 'damaged' as const, text })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'made-a-directory' as const }) },
);

function start(dir: string): { runtime: MainRuntime; clock: FakeClock } {
  const clock = new FakeClock();
  const runtime = createMainRuntime({
    clock,
    timers: clock,
    windows: {
      showPlayer: () => {},
      showNudge: () => {},
      closeNudge: () => {},
      showSettings: () => {},
      showHistory: () => {},
      showStatus: () => {},
      showWelcome: () => {},
      closeWindowOf: () => {},
    },
    broadcast: () => {},
    idle: { idleSeconds: () => 2 },
    power: { subscribe: () => () => {} },
    notifier: { show: () => () => {} },
    settingsFile: createSettingsFile(dir),
    trustedSenders: () => ({
      origin: { protocol: 'app:', host: 'limber' },
      webContentsIds: new Set(),
    }),
  });
  return { runtime, clock };
}

/** The last-good copy on disk, as a start would read it; the defaults when there is none. */
function lastGoodIn(dir: string): Settings {
  const path = join(dir, 'settings.last-good.json');
  if (!existsSync(path)) return defaultSettings;
  const result = migrate(JSON.parse(readFileSync(path, 'utf8')));
  if (!('settings' in result)) throw new Error('The last-good copy is not valid settings');
  return result.settings;
}

/**
 * The same promise on node:fs and electron-store in a real folder: whatever is done to
 * settings.json between runs (deleted, damaged, replaced by a directory), the next start comes
 * back with the settings the user last had saved, from settings.json or its last-good copy.
 */
describe('chaos on a real settings folder', () => {
  it('the settings saved at quit are the settings of the next start', () => {
    fc.assert(
      fc.property(fc.array(folderStep, { minLength: 1, maxLength: 16 }), (steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'limber-chaos-'));
        try {
          let app = start(dir);
          // settings.json is a directory now: this run's writes fail.
          let broken = false;
          // This run started on that directory: it will never write (unreadable file).
          let heldOff = false;
          for (const step of steps) {
            const file = join(dir, 'settings.json');
            switch (step.kind) {
              case 'change':
                app.runtime.settings.update({
                  reminders: { sittingLimitMin: step.sittingLimitMin },
                });
                break;
              case 'advance':
                app.clock.advance(step.ms);
                break;
              case 'quit-and-restart': {
                app.runtime.settings.flush();
                const expected = broken || heldOff ? lastGoodIn(dir) : app.runtime.settings.get();
                app.runtime.sitting.dispose();
                app = start(dir);
                heldOff = broken;
                expect(sameData(app.runtime.settings.get(), expected)).toBe(true);
                break;
              }
              case 'deleted':
                rmSync(file, { recursive: true, force: true });
                broken = false;
                break;
              case 'damaged':
                rmSync(file, { recursive: true, force: true });
                writeFileSync(file, step.text);
                broken = false;
                break;
              case 'made-a-directory':
                rmSync(file, { recursive: true, force: true });
                mkdirSync(file);
                broken = true;
                break;
            }
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
