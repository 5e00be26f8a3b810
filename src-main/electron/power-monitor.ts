import type { PowerMonitor } from 'electron';

import type { IdlePort } from '../platform/idle-port';
import type { PowerEvent, PowerPort } from '../platform/power-port';

/** The parts of Electron's powerMonitor we use. */
export type PowerMonitorLike = Pick<PowerMonitor, 'getSystemIdleTime' | 'on' | 'off'>;

/** Electron's event names and what they mean to the tracker. */
const EVENTS: readonly [name: string, event: PowerEvent][] = [
  ['suspend', 'suspend'],
  ['resume', 'resume'],
  ['lock-screen', 'lock'],
  ['unlock-screen', 'unlock'],
];

/** The OS idle time. Read only when the sitting service plans a sample. */
export function idlePortFrom(monitor: PowerMonitorLike): IdlePort {
  return { idleSeconds: () => monitor.getSystemIdleTime() };
}

/**
 * Sleep, wake, lock and unlock as one subscription. Not every OS reports every event (Linux
 * lacks lock-screen on many desktops); the tracker's clock check covers what goes unreported.
 */
export function powerPortFrom(monitor: PowerMonitorLike): PowerPort {
  return {
    subscribe(listener) {
      const handlers = EVENTS.map(([name, event]) => [name, () => listener(event)] as const);
      // powerMonitor's typings list each event separately; the names above are all valid.
      const on = monitor.on.bind(monitor) as (name: string, handler: () => void) => void;
      const off = monitor.off.bind(monitor) as (name: string, handler: () => void) => void;
      for (const [name, handler] of handlers) on(name, handler);
      return () => {
        for (const [name, handler] of handlers) off(name, handler);
      };
    },
  };
}
