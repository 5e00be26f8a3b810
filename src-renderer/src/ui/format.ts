/** Time as the player shows it. Pure, so the wording is tested once and used everywhere. */

/**
 * A countdown reads the seconds still to go, rounded up: "0:24" stays on screen for the whole
 * 24th second and "0:00" appears only when the step is really over.
 */
export function formatCountdown(remainingMs: number): string {
  const totalS = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(totalS / 60);
  const seconds = totalS % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "6 min left", rounded up so the header never claims less time than remains. */
export function formatMinutesLeft(remainingMs: number): string {
  if (remainingMs <= 0) return 'Almost done';
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000));
  return `${minutes} min left`;
}

/** "8 min 30 s", "45 s", "2 min": time spent, rounded down to whole seconds. */
export function formatDuration(ms: number): string {
  const totalS = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalS / 60);
  const seconds = totalS % 60;
  if (minutes === 0) return `${seconds} s`;
  if (seconds === 0) return `${minutes} min`;
  return `${minutes} min ${seconds} s`;
}
