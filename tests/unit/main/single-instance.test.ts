import { describe, expect, it, vi } from 'vitest';
import { setupSingleInstance } from '../../../src-main/electron/single-instance';
import { fakeElectron } from '../../support/electron-mock';

describe('single instance', () => {
  it('lets the first launch run and tells it about later launches', () => {
    const onSecondLaunch = vi.fn();
    expect(setupSingleInstance(onSecondLaunch)).toBe(true);
    fakeElectron().app.emit('second-instance');
    expect(onSecondLaunch).toHaveBeenCalledTimes(1);
    expect(fakeElectron().app.quit).not.toHaveBeenCalled();
  });

  it('quits a second launch straight away', () => {
    const fake = fakeElectron();
    fake.app.singleInstanceLock = false;
    expect(setupSingleInstance(vi.fn())).toBe(false);
    expect(fake.app.quit).toHaveBeenCalled();
  });
});
