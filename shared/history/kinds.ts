/** The words records use for answers and reasons: schemas, totals and CSV all read them here. */

/** Why a nudge was held back before it was shown: the coming "held during a meeting" feature. */
export const HOLD_REASONS = ['camera', 'microphone', 'fullscreen', 'dnd', 'manual'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

/** The user's answer to a stand-up nudge; 'ignored' when it went away unanswered. */
export const NUDGE_ANSWERS = ['took', 'snoozed', 'skipped', 'ignored'] as const;
export type NudgeAnswerKind = (typeof NUDGE_ANSWERS)[number];

/** The user's answer to the morning routine offer. */
export const MORNING_OFFER_ANSWERS = ['start', 'later', 'not-today', 'ignored'] as const;
export type MorningOfferAnswer = (typeof MORNING_OFFER_ANSWERS)[number];

/** Why the user was away, as the sitting tracker tells it (shared/sitting/types.ts BreakKind). */
export const BREAK_KINDS = ['idle', 'lock', 'suspend', 'unobserved'] as const;
