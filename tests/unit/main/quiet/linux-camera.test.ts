import { describe, expect, it } from 'vitest';

import { linuxCameraDetector } from '../../../../src-main/quiet/linux-camera';
import { procRecording, recordedFiles } from './support/recorded';

const signal = new AbortController().signal;

describe('Linux camera, from open /dev/video* in /proc', () => {
  it('sees a process holding the camera, skipping processes it may not read', async () => {
    const proc = procRecording('linux/proc/camera-open.json');
    const files = recordedFiles({ proc });
    expect(Object.values(proc.dirs).some((dir) => dir.error === 'EACCES')).toBe(true);
    expect(await linuxCameraDetector(files, Number(proc.selfPid)).detect(signal)).toEqual({
      state: 'yes',
    });
  });

  it('no camera open anywhere is no', async () => {
    const proc = procRecording('linux/proc/no-camera.json');
    expect(
      await linuxCameraDetector(recordedFiles({ proc }), Number(proc.selfPid)).detect(signal),
    ).toEqual({
      state: 'no',
    });
  });

  it('with /proc hiding every other process (hidepid) it cannot tell', async () => {
    // The no-camera recording cut down to what hidepid=2 leaves: our own process.
    const proc = procRecording('linux/proc/no-camera.json');
    const self = proc.selfPid;
    const hidden = {
      ...proc,
      dirs: {
        '/proc': { entries: [self, 'self', 'cpuinfo'] },
        [`/proc/${self}/fd`]: proc.dirs[`/proc/${self}/fd`]!,
      },
    };
    expect(
      await linuxCameraDetector(recordedFiles({ proc: hidden }), Number(self)).detect(signal),
    ).toEqual({
      state: 'unknown',
      why: "cannot see other programs' open files (/proc is hidden)",
    });
  });

  it('without /proc at all it says so', async () => {
    expect(await linuxCameraDetector(recordedFiles(), 1).detect(signal)).toEqual({
      state: 'unknown',
      why: 'could not list /proc (ENOENT)',
    });
  });

  it('stops looking once aborted', async () => {
    const proc = procRecording('linux/proc/no-camera.json');
    const controller = new AbortController();
    controller.abort();
    expect(
      await linuxCameraDetector(recordedFiles({ proc }), 0).detect(controller.signal),
    ).toMatchObject({
      state: 'unknown',
    });
  });
});
