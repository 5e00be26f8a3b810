import { z } from 'zod';

import { flag } from '../settings/fields';
import { DETECTED_KINDS, type DetectedKind } from './signal';

/**
 * The "Quiet when…" section: one switch per detector. Off means the detector is not run at all
 * (nothing probes the camera of a user who said not to), so its kind is missing from Answers.
 */
export type QuietToggles = Readonly<Record<DetectedKind, boolean>>;

/**
 * Proposed shape for `settings.quiet` (a new strict object in SettingsShape, with a migration
 * that adds the defaults). Kept here so the integrator adds one line to the settings schema.
 */
export const QuietSettingsSchema = z.strictObject({
  camera: flag(),
  microphone: flag(),
  screencast: flag(),
  fullscreen: flag(),
  dnd: flag(),
});

/**
 * Everything on for a new user: a reminder popping up over a call or a shared screen is the
 * complaint this feature answers, and each detector is cheap and only runs while a nudge waits.
 */
export const defaultQuietToggles: QuietToggles = Object.freeze(
  Object.fromEntries(DETECTED_KINDS.map((kind) => [kind, true])) as Record<DetectedKind, boolean>,
);

/** The kinds worth asking about: those switched on. */
export function enabledKinds(toggles: QuietToggles): DetectedKind[] {
  return DETECTED_KINDS.filter((kind) => toggles[kind]);
}
