import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';

import { guardAgainstCrashes } from '../../../../src-main/app/crash-guard';
import { RecordingLog } from '../../../support/fake-log';

/** Node's process as the guard sees it: an emitter of the two crash events. */
function fakeProcess() {
  const events = new EventEmitter();
  return { events, on: events.on.bind(events) };
}

describe('crash guard', () => {
  it('logs an uncaught exception, with its stack, and Limber keeps running', () => {
    const proc = fakeProcess();
    const log = new RecordingLog();
    guardAgainstCrashes(proc, log);
    const error = new Error('tray menu exploded');
    // Without a listener, Node would end the process here.
    expect(() => proc.events.emit('uncaughtException', error, 'uncaughtException')).not.toThrow();
    expect(log.entries).toEqual([
      { level: 'error', message: 'Uncaught exception (Limber keeps running)', details: [error] },
    ]);
  });

  it('logs an unhandled rejection, whatever was thrown', () => {
    const proc = fakeProcess();
    const log = new RecordingLog();
    guardAgainstCrashes(proc, log);
    proc.events.emit('unhandledRejection', 'not even an Error', Promise.resolve());
    expect(log.entries).toEqual([
      {
        level: 'error',
        message: 'Unhandled promise rejection (Limber keeps running)',
        details: ['not even an Error'],
      },
    ]);
  });

  it('still holds when the log itself throws', () => {
    const proc = fakeProcess();
    const log = new RecordingLog();
    log.error = () => {
      throw new Error('disk full');
    };
    guardAgainstCrashes(proc, log);
    expect(() => proc.events.emit('uncaughtException', new Error('x'))).not.toThrow();
  });
});
