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

/**
 * A snooze choice as the button reads ("5 min") and as a screen reader names it ("Snooze 5
 * min"). The name contains the visible words, so someone who speaks to their computer can say
 * what they see.
 */
export function snoozeLabels(minutes: number): { text: string; name: string } {
  return { text: `${minutes} min`, name: `Snooze ${minutes} min` };
}
