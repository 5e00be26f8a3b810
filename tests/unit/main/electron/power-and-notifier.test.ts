import { Notification, powerMonitor } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { createNotifier } from '../../../../src-main/electron/notifier';
import { idlePortFrom, powerPortFrom } from '../../../../src-main/electron/power-monitor';
import type { PowerEvent } from '../../../../src-main/platform/power-port';
import { fakeElectron } from '../../../support/electron-mock';

describe('power monitor adapter', () => {
  it('reads the OS idle time', () => {
    fakeElectron().powerMonitor.idleSeconds = 42;
    expect(idlePortFrom(powerMonitor).idleSeconds()).toBe(42);
  });

  it('turns sleep, wake, lock and unlock into the tracker events, until unsubscribed', () => {
    const monitor = fakeElectron().powerMonitor;
    const heard: PowerEvent[] = [];
    const unsubscribe = powerPortFrom(powerMonitor).subscribe((e) => heard.push(e));
    for (const name of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'on-ac'])
      monitor.emit(name);
    expect(heard).toEqual(['suspend', 'resume', 'lock', 'unlock']);
    unsubscribe();
    monitor.emit('suspend');
    expect(heard).toHaveLength(4);
    expect(monitor.eventNames()).toEqual([]);
  });
});

describe('notifier adapter', () => {
  const shown = () => fakeElectron().FakeNotification.instances;

  it('shows an audible notification and runs the click handler when clicked', () => {
    const onClick = vi.fn();
    createNotifier(Notification).show({
      title: 'Time to stand up',
      body: 'Sitting 45 min',
      onClick,
    });
    const notification = shown()[0]!;
    expect(notification.options).toEqual({
      title: 'Time to stand up',
      body: 'Sitting 45 min',
      silent: false,
    });
    expect(notification.show).toHaveBeenCalled();
    notification.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('takes a notification away when asked, once', () => {
    const close = createNotifier(Notification).show({ title: 't', body: 'b' });
    close();
    close();
    expect(shown()[0]!.close).toHaveBeenCalledTimes(1);
  });

  it('does nothing where notifications are unsupported', () => {
    fakeElectron().FakeNotification.supported = false;
    const close = createNotifier(Notification).show({ title: 't', body: 'b' });
    expect(shown()).toHaveLength(0);
    expect(close).not.toThrow();
  });
});
