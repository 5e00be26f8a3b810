import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readStatusFile, writeStatusFile } from '../../../../src-main/app/status-file';
import { statusReport } from '../../../../src-main/app/status-report';
import { createHarness } from '../support/app-harness';

const hhmm = (wallMs: number) => new Date(wallMs).toISOString().slice(11, 16);

describe('limber status', () => {
  it('prints the sitting line and every "Quiet when…" signal, with In a meeting', () => {
    const h = createHarness();
    h.clock.advance(12 * 60_000);
    h.runtime.actions.setMeeting({ minutes: 30 });
    const report = statusReport(h.runtime, h.clock.now(), hhmm);
    expect(report).toContain('Limber: Sitting');
    expect(report).toContain('In a meeting: on until 08:42');
    expect(report).toMatch(/Camera: not checked yet/);
  });

  it('reads back what the running app wrote, and nothing when there is no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-status-'));
    expect(readStatusFile(dir)).toBeNull();
    writeStatusFile(dir, 'Limber: Away\n');
    expect(readStatusFile(dir)).toBe('Limber: Away\n');
  });
});
