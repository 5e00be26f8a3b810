import { no, type Signal, unknown, yes } from '@shared/quiet/signal';

import type { BusyDetector, FilePort } from './quiet-ports';

/** V4L2 capture devices: /dev/video0, /dev/video1... (webcams, and PipeWire's camera portal). */
const VIDEO_DEVICE = /^\/dev\/video\d+$/;

/**
 * Camera in use on Linux: some process holds a /dev/video* device open. There is no "camera in
 * use" API, but every camera app, browser or PipeWire (when an app uses the camera through it)
 * opens the device node, and /proc/<pid>/fd shows the links. Processes of other users cannot be
 * read (EACCES) and vanish while we look (ENOENT): both are skipped, since a video call runs as
 * the desktop user. Only if no other process can be read at all (/proc mounted hidepid) is the
 * answer unknown. PipeWire closes an idle camera after a few seconds, so an open node means use.
 */
export function linuxCameraDetector(files: FilePort, ownPid: number): BusyDetector {
  return {
    kind: 'camera',
    platform: 'linux',
    detect: (signal) => cameraOpen(files, ownPid, signal),
  };
}

async function cameraOpen(files: FilePort, ownPid: number, signal: AbortSignal): Promise<Signal> {
  let entries: string[];
  try {
    entries = await files.listDir('/proc');
  } catch (error) {
    return unknown(`could not list /proc (${codeOf(error)})`);
  }
  const pids = entries.filter((name) => /^\d+$/.test(name) && Number(name) !== ownPid);
  let readable = 0;
  for (const pid of pids) {
    if (signal.aborted) return unknown('stopped before every process was looked at');
    let fds: string[];
    try {
      fds = await files.listDir(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or one that just exited
    }
    readable += 1;
    for (const fd of fds) {
      const target = await files.readLink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      if (VIDEO_DEVICE.test(target)) return yes;
    }
  }
  if (readable === 0) return unknown("cannot see other programs' open files (/proc is hidden)");
  return no;
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}
