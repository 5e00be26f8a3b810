import { beforeEach, describe, expect, it } from 'vitest';

import { getStretchText } from '@shared/content/text-catalog';
import { type SessionSnapshot, SessionSnapshotSchema } from '@shared/routine/snapshot-schema';

import type { RoutineRecord } from '../../../../src-main/routine/routine-log';
import { createRoutineSession } from '../../../../src-main/routine/routine-session';
import { FakeClock } from '../../../support/fake-clock';
import { FIXTURE_TOTAL_MS, fixtureTimeline } from '../support/fixture-timeline';

describe('routine session', () => {
  let clock: FakeClock;
  let records: RoutineRecord[];
  let session: ReturnType<typeof createRoutineSession>;

  beforeEach(() => {
    clock = new FakeClock();
    records = [];
    session = createRoutineSession({
      clock,
      timers: clock,
      timelineFor: fixtureTimeline,
      onFinished: (record) => records.push(record),
    });
  });

  it('has no session until a routine starts', () => {
    expect(session.snapshot()).toBeNull();
    expect(() => session.control('pause')).toThrow(/no routine/i);
  });

  it('starts running from the beginning of the chosen routine', () => {
    const started = session.start('desk-break');
    expect(started.timeline.routineId).toBe('desk-break');
    expect(started.player).toEqual({ status: 'running', positionMs: 0, activeMs: 0 });
    clock.advance(12_000);
    expect(session.snapshot()?.player.positionMs).toBe(12_000);
  });

  it("sends the words of the routine's stretches with the session, each once, in order", () => {
    const started = session.start('morning-in-bed');
    expect(started.stretches.map((stretch) => stretch.id)).toEqual(['hip-flexor', 'hamstring']);
    expect(started.stretches[1]).toEqual(getStretchText('hamstring'));
    // What crosses to the player window passes the contract's own schema.
    expect(SessionSnapshotSchema.parse(started)).toEqual(started);
  });

  it('stops the countdown while paused and picks up where it left off', () => {
    session.start('morning-in-bed');
    clock.advance(5_000);
    expect(session.control('pause').player).toMatchObject({ status: 'paused', positionMs: 5_000 });
    clock.advance(60_000);
    expect(session.snapshot()?.player.positionMs).toBe(5_000);
    session.control('resume');
    clock.advance(1_000);
    expect(session.snapshot()?.player).toMatchObject({ status: 'running', positionMs: 6_000 });
    expect(records).toEqual([]);
  });

  it('completes by itself at the deadline, tells listeners and logs it once', () => {
    const seen: (SessionSnapshot | null)[] = [];
    session.subscribe((snapshot) => seen.push(snapshot));
    const startedAt = clock.now();
    session.start('morning-in-bed');
    expect(clock.pendingCount()).toBe(1);

    clock.advance(FIXTURE_TOTAL_MS - 1);
    expect(session.snapshot()?.player.status).toBe('running');
    clock.advance(1);

    expect(session.snapshot()?.player).toEqual({
      status: 'finished',
      positionMs: FIXTURE_TOTAL_MS,
      activeMs: FIXTURE_TOTAL_MS,
      outcome: 'completed',
    });
    expect(seen.at(-1)?.player.outcome).toBe('completed');
    expect(records).toEqual([
      {
        routineId: 'morning-in-bed',
        outcome: 'completed',
        startedAt,
        endedAt: startedAt + FIXTURE_TOTAL_MS,
        activeMs: FIXTURE_TOTAL_MS,
        plannedMs: FIXTURE_TOTAL_MS,
        stretchesDone: ['hip-flexor', 'hamstring'],
      },
    ]);
    expect(clock.pendingCount()).toBe(0);
    clock.advance(60_000);
    expect(records).toHaveLength(1);
  });

  it('moves the deadline when paused, so a paused routine never completes', () => {
    session.start('morning-in-bed');
    clock.advance(10_000);
    session.control('pause');
    expect(clock.pendingCount()).toBe(0);
    clock.advance(FIXTURE_TOTAL_MS * 2);
    expect(session.snapshot()?.player.status).toBe('paused');
    session.control('resume');
    clock.advance(FIXTURE_TOTAL_MS - 10_000);
    expect(session.snapshot()?.player.outcome).toBe('completed');
    expect(records[0]?.activeMs).toBe(FIXTURE_TOTAL_MS);
  });

  it('re-arms for the new end after skipping ahead', () => {
    session.start('morning-in-bed');
    session.control('next'); // to the first hold, at 10 s
    expect(session.snapshot()?.player.positionMs).toBe(10_000);
    clock.advance(FIXTURE_TOTAL_MS - 10_000);
    expect(records.map((r) => r.outcome)).toEqual(['completed']);
    expect(records[0]?.activeMs).toBe(FIXTURE_TOTAL_MS - 10_000);
    expect(clock.pendingCount()).toBe(0);
  });

  it('logs ended-early with the active time when the user ends it', () => {
    session.start('morning-in-bed');
    clock.advance(15_000);
    const ended = session.control('end');
    expect(ended.player).toMatchObject({ status: 'finished', outcome: 'ended-early' });
    expect(records).toMatchObject([{ outcome: 'ended-early', activeMs: 15_000 }]);
    expect(clock.pendingCount()).toBe(0);
    session.control('end');
    expect(records).toHaveLength(1);
  });

  it('ends the old session early when a new one starts', () => {
    const first = session.start('morning-in-bed');
    clock.advance(20_000);
    const second = session.start('desk-break');
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(second.player.positionMs).toBe(0);
    expect(records).toMatchObject([{ routineId: 'morning-in-bed', outcome: 'ended-early' }]);
    // Only the new session's deadline is armed.
    expect(clock.pendingCount()).toBe(1);
    clock.advance(FIXTURE_TOTAL_MS);
    expect(records.map((r) => [r.routineId, r.outcome])).toEqual([
      ['morning-in-bed', 'ended-early'],
      ['desk-break', 'completed'],
    ]);
  });

  it('can start paused, waiting at the beginning', () => {
    session.start('morning-in-bed', { paused: true });
    clock.advance(FIXTURE_TOTAL_MS);
    expect(session.snapshot()?.player).toMatchObject({ status: 'paused', positionMs: 0 });
    expect(records).toEqual([]);
  });

  it('abandon ends an unfinished session and leaves a finished one alone', () => {
    session.start('morning-in-bed');
    clock.advance(3_000);
    session.abandon();
    expect(records.map((r) => r.outcome)).toEqual(['ended-early']);
    session.abandon();
    expect(records).toHaveLength(1);
  });

  it('uses wall time for the record even if the wall clock jumps', () => {
    session.start('morning-in-bed');
    clock.setWall(clock.now() + 3_600_000);
    clock.advance(FIXTURE_TOTAL_MS);
    expect(records[0]?.activeMs).toBe(FIXTURE_TOTAL_MS);
    expect(records[0]!.endedAt - records[0]!.startedAt).toBe(3_600_000 + FIXTURE_TOTAL_MS);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const seen: unknown[] = [];
    const dispose = session.subscribe((snapshot) => seen.push(snapshot));
    session.start('morning-in-bed');
    dispose();
    session.control('pause');
    expect(seen).toHaveLength(1);
  });
});
