/**
 * What one detector found out. 'unknown' always says why, so `limber status` and the logs can
 * tell "no camera in use" from "we could not look". The busy policy treats unknown as no: a
 * detector that cannot see must never hold a reminder back.
 */
export type Signal = { state: 'yes' } | { state: 'no' } | { state: 'unknown'; why: string };

/** The signals an OS detector answers; each has a "Quiet when…" toggle in settings. */
export const DETECTED_KINDS = ['camera', 'microphone', 'screencast', 'fullscreen', 'dnd'] as const;
export type DetectedKind = (typeof DETECTED_KINDS)[number];

/**
 * Every reason to hold a reminder: the detected ones, and 'manual' ("In a meeting", chosen by
 * the user in the tray). Manual has no toggle: the user turned it on themselves.
 */
export type SignalKind = DetectedKind | 'manual';

/** The latest answer per kind. A kind that is missing was not asked (its toggle is off). */
export type Answers = Partial<Record<SignalKind, Signal>>;

export const yes: Signal = { state: 'yes' };
export const no: Signal = { state: 'no' };
export const unknown = (why: string): Signal => ({ state: 'unknown', why });

/** Whether an answer says the thing is happening; unknown is not proof of anything. */
export const isYes = (signal: Signal | undefined): boolean => signal?.state === 'yes';
