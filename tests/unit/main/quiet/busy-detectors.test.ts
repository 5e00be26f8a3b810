import { describe, expect, it } from 'vitest';

import { defaultQuietToggles, enabledKinds } from '@shared/quiet/quiet-settings';
import { DETECTED_KINDS } from '@shared/quiet/signal';

import { busyDetectorsFor } from '../../../../src-main/quiet/busy-detectors';
import { recordedFiles, RecordedRunner } from './support/recorded';

const deps = {
  runner: new RecordedRunner(),
  files: recordedFiles(),
  env: {},
  home: '/home/ana',
  ownPid: 1,
};
const signal = new AbortController().signal;

describe('busy detectors per OS', () => {
  it('gives one detector per signal on Linux, Windows and macOS', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const detectors = busyDetectorsFor(platform, deps, DETECTED_KINDS);
      expect(detectors.map((d) => d.kind)).toEqual([...DETECTED_KINDS]);
      expect(new Set(detectors.map((d) => d.platform))).toEqual(new Set([platform]));
    }
  });

  it('builds only the kinds switched on, and none on an OS it does not know', () => {
    const toggles = { ...defaultQuietToggles, camera: false, fullscreen: false };
    expect(busyDetectorsFor('linux', deps, enabledKinds(toggles)).map((d) => d.kind)).toEqual([
      'microphone',
      'screencast',
      'dnd',
    ]);
    expect(busyDetectorsFor('freebsd', deps, DETECTED_KINDS)).toEqual([]);
  });

  it('says why macOS cannot tell camera, microphone, full screen or screen sharing yet', async () => {
    const detectors = busyDetectorsFor('darwin', deps, [
      'camera',
      'microphone',
      'fullscreen',
      'screencast',
    ]);
    for (const detector of detectors) {
      expect(await detector.detect(signal)).toMatchObject({
        state: 'unknown',
        why: expect.stringMatching(/macOS/),
      });
    }
    const [screencast] = busyDetectorsFor('win32', deps, ['screencast']);
    expect(await screencast!.detect(signal)).toMatchObject({ state: 'unknown' });
  });
});
