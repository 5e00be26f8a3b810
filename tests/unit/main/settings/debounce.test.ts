import { describe, expect, it, vi } from 'vitest';

import { createMemorySettingsFile } from '../../../../src-main/settings/memory-settings-file';
import { createSettingsStore } from '../../../../src-main/settings/settings-store';
import { FakeClock } from '../../../support/fake-clock';
import { fixture } from './support';

/** Typing a number or dragging a slider sends a change per keystroke or pixel. */
function storeOnDisk() {
  const clock = new FakeClock();
  const file = createMemorySettingsFile(fixture('v3.json'));
  const writes = vi.spyOn(file, 'writeAtomic');
  const store = createSettingsStore({ file, clock, timers: clock });
  const onDisk = () => JSON.parse(file.files.get('settings.json') ?? '') as { cues: object };
  return { clock, file, writes, store, onDisk };
}

describe('settings writes in a burst', () => {
  it('update memory at once and reach the disk once, the latest value, shortly after', () => {
    const { clock, writes, store, onDisk } = storeOnDisk();
    // Twelve keystrokes or pixels, 20 ms apart.
    for (let volume = 30; volume < 42; volume++) {
      store.update({ cues: { volume } });
      expect(store.get().cues.volume).toBe(volume);
      clock.advance(20);
    }
    expect(writes).not.toHaveBeenCalled();
    clock.advance(300);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(onDisk().cues).toMatchObject({ volume: 41 });
  });

  it('a burst that goes on is still written within 300 ms of its first change', () => {
    const { clock, writes, store } = storeOnDisk();
    for (let volume = 0; volume < 30; volume++) {
      store.update({ cues: { volume } });
      clock.advance(50);
    }
    // 1.5 s of dragging: the disk is never more than 300 ms behind.
    expect(writes.mock.calls.length).toBeGreaterThanOrEqual(4);
  });

  it('flush writes the latest value at once, as the app does when it quits', () => {
    const { writes, store, onDisk, clock } = storeOnDisk();
    store.update({ cues: { volume: 11 } });
    store.update({ cues: { volume: 12 } });
    store.flush();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(onDisk().cues).toMatchObject({ volume: 12 });
    // Nothing is left to write, so the timer that would have written it writes nothing.
    clock.advance(1_000);
    store.flush();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(clock.pendingCount()).toBe(0);
  });

  it('a write that failed is tried again at the next flush, so a disk full for a moment loses nothing', () => {
    const { clock, file, store, onDisk } = storeOnDisk();
    file.readOnly = true;
    store.update({ cues: { volume: 13 } });
    clock.advance(300);
    expect(onDisk().cues).toMatchObject({ volume: 80 });
    file.readOnly = false;
    store.flush(); // the app quits
    expect(onDisk().cues).toMatchObject({ volume: 13 });
  });
});
