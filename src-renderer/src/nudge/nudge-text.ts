/** The nudge prompt's wording. Pure, so it is tested once and the view stays declarative. */

const MINUTE = 60_000;

/**
 * "47 min", "1 h", "1 h 5 min": sitting time rounded down to whole minutes, so the prompt never
 * claims more sitting than happened.
 */
export function formatSittingTime(ms: number): string {
  const totalMin = Math.max(0, Math.floor(ms / MINUTE));
  const hours = Math.floor(totalMin / 60);
  const minutes = totalMin % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** The line under the heading: "You've been sitting for 47 min". */
export function sittingLine(sittingMs: number): string {
  return `You've been sitting for ${formatSittingTime(sittingMs)}`;
}

/** A snooze choice as the button shows it: "5 min". A hidden "Snooze " before it names it. */
export function snoozeText(minutes: number): string {
  return `${minutes} min`;
}
