import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createNotifier, type NotificationClass } from '../../../src-main/electron/notifier';
import {
  idleSourceOf,
  powerEventsOf,
  type PowerMonitorLike,
} from '../../../src-main/electron/power-monitor';
import type { PowerEvent } from '../../../src-main/services/sitting-ports';

function fakeMonitor(idleSeconds = 0) {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { getSystemIdleTime: () => idleSeconds });
}

describe('power monitor adapter', () => {
  it('reads the OS idle time', () => {
    const monitor = fakeMonitor(42);
    expect(idleSourceOf(monitor as unknown as PowerMonitorLike).idleSeconds()).toBe(42);
  });

  it('turns sleep, wake, lock and unlock into the tracker events, until unsubscribed', () => {
    const monitor = fakeMonitor();
    const heard: PowerEvent[] = [];
    const unsubscribe = powerEventsOf(monitor as unknown as PowerMonitorLike).subscribe((e) =>
      heard.push(e),
    );
    for (const name of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'on-ac'])
      monitor.emit(name);
    expect(heard).toEqual(['suspend', 'resume', 'lock', 'unlock']);
    unsubscribe();
    monitor.emit('suspend');
    expect(heard).toHaveLength(4);
    expect(monitor.eventNames()).toEqual([]);
  });
});

class FakeNotification extends EventEmitter {
  static supported = true;
  static instances: FakeNotification[] = [];
  static isSupported = () => FakeNotification.supported;
  show = vi.fn();
  close = vi.fn(() => this.emit('close'));
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeNotification.instances.push(this);
  }
}

describe('notifier adapter', () => {
  const Impl = FakeNotification as unknown as NotificationClass;

  it('shows an audible notification and runs the click handler when clicked', () => {
    FakeNotification.instances = [];
    const onClick = vi.fn();
    createNotifier(Impl).show({ title: 'Time to stand up', body: 'Sitting 45 min', onClick });
    const shown = FakeNotification.instances[0]!;
    expect(shown.options).toEqual({
      title: 'Time to stand up',
      body: 'Sitting 45 min',
      silent: false,
    });
    expect(shown.show).toHaveBeenCalled();
    shown.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('takes a notification away when asked, once', () => {
    FakeNotification.instances = [];
    const close = createNotifier(Impl).show({ title: 't', body: 'b' });
    close();
    close();
    expect(FakeNotification.instances[0]!.close).toHaveBeenCalledTimes(1);
  });

  it('does nothing where notifications are unsupported', () => {
    FakeNotification.instances = [];
    FakeNotification.supported = false;
    const close = createNotifier(Impl).show({ title: 't', body: 'b' });
    expect(FakeNotification.instances).toHaveLength(0);
    expect(close).not.toThrow();
    FakeNotification.supported = true;
  });
});
