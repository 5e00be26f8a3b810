import { describe, expect, it, vi } from 'vitest';

import { runSetupSteps } from '../../../../src-main/app/setup-steps';
import { RecordingLog } from '../../../support/fake-log';

describe('setup steps', () => {
  it('runs every step in order, even after one fails, and logs the failure by name', () => {
    const log = new RecordingLog();
    const ran: string[] = [];
    const failed = runSetupSteps(
      [
        { name: 'IPC', run: () => ran.push('IPC') },
        {
          name: 'tray',
          run: () => {
            throw new Error('no StatusNotifier host');
          },
        },
        { name: 'command line', run: () => ran.push('command line') },
      ],
      log,
    );
    expect(ran).toEqual(['IPC', 'command line']);
    expect(failed).toEqual(['tray']);
    expect(log.messages('error')).toEqual(['Setting up the tray failed; the rest still runs']);
  });

  it('reports nothing when every step works', () => {
    const log = new RecordingLog();
    const run = vi.fn();
    expect(runSetupSteps([{ name: 'windows', run }], log)).toEqual([]);
    expect(run).toHaveBeenCalledTimes(1);
    expect(log.entries).toEqual([]);
  });
});
