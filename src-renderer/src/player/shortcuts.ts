/** The player's keyboard shortcuts, decided from a key event. Pure so it is tested directly. */
export type PlayerShortcut = 'toggle-pause' | 'back' | 'skip' | 'confirm-end';

/** Elements that give Space a meaning of their own (press a button, type a space). */
const OWNS_SPACE = 'button, input, select, textarea, a[href], summary, [contenteditable="true"]';

/**
 * Space pauses or resumes, arrows go back or skip, Escape asks to end. Space on a focused
 * control is left to that control: the button it would press then fires once, not twice, and
 * a focused Pause button pressed with Space toggles exactly like the shortcut would.
 */
export function playerShortcut(event: KeyboardEvent): PlayerShortcut | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
  switch (event.key) {
    case ' ':
    case 'Spacebar': {
      if (event.repeat) return undefined;
      const target = event.target;
      const onControl = target instanceof Element && target.closest(OWNS_SPACE) !== null;
      return onControl ? undefined : 'toggle-pause';
    }
    case 'ArrowLeft':
      return 'back';
    case 'ArrowRight':
      return 'skip';
    case 'Escape':
      return 'confirm-end';
    default:
      return undefined;
  }
}
