/** The player's keyboard shortcuts, decided from a key event. Pure so it is tested directly. */
export type PlayerShortcut = 'toggle-pause' | 'back' | 'skip' | 'confirm-end';

/** Elements where Space types a space: the only place it must not pause. */
const TYPES_SPACE = 'input, select, textarea, [contenteditable="true"]';

/** The words under the controls: discreet, for the keyboard user lying down. */
export const SHORTCUT_HINT = 'Space pause · ← → back, skip · Esc end';

/**
 * Space pauses or resumes, arrows go back or skip, Escape asks to end. Space means pause even
 * when a button still has focus from a click: otherwise Space after clicking Skip would skip
 * again. The caller prevents the button's own Space press so only the pause happens.
 */
export function playerShortcut(event: KeyboardEvent): PlayerShortcut | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
  switch (event.key) {
    case ' ': {
      if (event.repeat) return undefined;
      const target = event.target;
      const typing = target instanceof Element && target.closest(TYPES_SPACE) !== null;
      return typing ? undefined : 'toggle-pause';
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

/** A key-up of Space on a button would press it: the pause already happened on key-down. */
export function isSpaceOnButton(event: KeyboardEvent): boolean {
  const target = event.target;
  return event.key === ' ' && target instanceof Element && target.closest('button') !== null;
}
