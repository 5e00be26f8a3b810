import type { DetectedKind } from '@shared/quiet/signal';

import { linuxCameraDetector } from './linux-camera';
import { linuxMicrophoneDetector, linuxScreencastDetector } from './linux-capture';
import { linuxDndDetector } from './linux-dnd';
import { linuxFullscreenDetector } from './linux-fullscreen';
import { macosFocusDetector } from './macos-focus';
import { MACOS_UNKNOWN, noDetector, WINDOWS_UNKNOWN } from './no-detector';
import type { BusyDetector, CommandRunner, Env, FilePort } from './quiet-ports';
import { windowsCapabilityDetector } from './windows-capability-use';
import { windowsFocusAssistDetector } from './windows-focus-assist';
import { windowsFullscreenDetector } from './windows-fullscreen';

export interface BusyDetectorDeps {
  runner: CommandRunner;
  files: FilePort;
  env: Env;
  /** The user's home folder (os.homedir()). */
  home: string;
  /** This process's pid, so the camera scan skips Limber itself. */
  ownPid: number;
}

/**
 * One detector per signal for this OS, for the kinds asked (the "Quiet when…" switches that are
 * on). Another platform (FreeBSD...) gets none: nothing is held there.
 */
export function busyDetectorsFor(
  platform: string,
  deps: BusyDetectorDeps,
  kinds: readonly DetectedKind[],
): BusyDetector[] {
  const all = allFor(platform, deps);
  return kinds.flatMap((kind) => all[kind] ?? []);
}

function allFor(
  platform: string,
  deps: BusyDetectorDeps,
): Partial<Record<DetectedKind, BusyDetector>> {
  const { runner, files, env } = deps;
  switch (platform) {
    case 'linux':
      return {
        camera: linuxCameraDetector(files, deps.ownPid),
        microphone: linuxMicrophoneDetector(runner),
        screencast: linuxScreencastDetector(runner),
        fullscreen: linuxFullscreenDetector(runner, env),
        dnd: linuxDndDetector(runner, env),
      };
    case 'win32':
      return {
        camera: windowsCapabilityDetector(runner, 'camera'),
        microphone: windowsCapabilityDetector(runner, 'microphone'),
        screencast: noDetector('screencast', 'win32', WINDOWS_UNKNOWN.screencast),
        fullscreen: windowsFullscreenDetector(runner),
        dnd: windowsFocusAssistDetector(runner),
      };
    case 'darwin':
      return {
        camera: noDetector('camera', 'darwin', MACOS_UNKNOWN.camera),
        microphone: noDetector('microphone', 'darwin', MACOS_UNKNOWN.microphone),
        screencast: noDetector('screencast', 'darwin', MACOS_UNKNOWN.screencast),
        fullscreen: noDetector('fullscreen', 'darwin', MACOS_UNKNOWN.fullscreen),
        dnd: macosFocusDetector(files, deps.home),
      };
    default:
      return {};
  }
}
