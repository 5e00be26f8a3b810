import { type DetectedKind, unknown } from '@shared/quiet/signal';

import type { BusyDetector, QuietPlatform } from './quiet-ports';

/**
 * A signal this OS gives no way to read without a native helper we do not ship. It answers
 * unknown with the reason, so `limber status` says why instead of claiming "no".
 */
export function noDetector(kind: DetectedKind, platform: QuietPlatform, why: string): BusyDetector {
  const answer = unknown(why);
  return { kind, platform, detect: async () => answer };
}

/**
 * macOS. The path forward, each needing a small signed Swift/Objective-C helper (or a native
 * Node addon), not a command: camera, AVCaptureDevice.isInUseByAnotherApplication on each video
 * device; microphone, CoreAudio's kAudioDevicePropertyDeviceIsRunningSomewhere on each input
 * device; full screen, CGWindowListCopyWindowInfo bounds against the screen (Screen Recording
 * permission for window names); screen sharing, no public signal at all.
 */
export const MACOS_UNKNOWN = {
  camera: 'macOS tells only a native helper whether the camera is in use (not shipped yet)',
  microphone: 'macOS tells only a native helper whether a microphone is in use (not shipped yet)',
  fullscreen: 'macOS tells only a native helper about full-screen windows (not shipped yet)',
  screencast: 'macOS has no public way to tell that the screen is being shared',
} as const;

/**
 * Windows has no record of screen capture that covers the apps people share with (the consent
 * store's graphicsCapture keys see only apps using Windows.Graphics.Capture).
 */
export const WINDOWS_UNKNOWN = {
  screencast: 'Windows keeps no record of screen sharing that covers call apps',
} as const;
