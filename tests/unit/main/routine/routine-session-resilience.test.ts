import { describe, expect, it } from 'vitest';

import type { SessionSnapshot } from '@shared/routine/snapshot-schema';

import type { RoutineRecord } from '../../../../src-main/routine/routine-log';
import { createRoutineSession } from '../../../../src-main/routine/routine-session';
import { FakeClock } from '../../../support/fake-clock';
import { RecordingLog } from '../../../support/fake-log';
import { FIXTURE_TOTAL_MS, fixtureTimeline } from '../support/fixture-timeline';

function sessionWith(onFinished: (record: RoutineRecord) => void) {
  const clock = new FakeClock();
  const log = new RecordingLog();
  const session = createRoutineSession({
    clock,
    timers: clock,
    timelineFor: fixtureTimeline,
    onFinished,
    log,
  });
  return { clock, log, session };
}

describe('routine session: a call out that throws', () => {
  it('a listener that throws: every other listener still hears, and the routine still ends', () => {
    const { clock, log, session } = sessionWith(() => {});
    const heard: (SessionSnapshot | null)[] = [];
    session.subscribe(() => {
      throw new Error('player window gone');
    });
    session.subscribe((snapshot) => heard.push(snapshot));
    expect(() => session.start('desk-break')).not.toThrow();
    expect(() => session.control('pause')).not.toThrow();
    session.control('resume');
    clock.advance(FIXTURE_TOTAL_MS);
    expect(heard.at(-1)?.player).toMatchObject({ status: 'finished', outcome: 'completed' });
    expect(log.messages('error')).toContain('A routine session listener failed');
  });

  it('recording the finished routine that throws still leaves the next routine timed', () => {
    const { clock, session } = sessionWith(() => {
      throw new Error('history full');
    });
    session.start('desk-break');
    clock.advance(FIXTURE_TOTAL_MS);
    expect(session.snapshot()?.player.status).toBe('finished');
    session.start('morning-in-bed');
    expect(clock.pendingCount()).toBe(1);
    clock.advance(FIXTURE_TOTAL_MS);
    expect(session.snapshot()?.player).toMatchObject({ status: 'finished', outcome: 'completed' });
  });
});
