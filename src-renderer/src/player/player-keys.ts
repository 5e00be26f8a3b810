import { isSpaceOnButton, type PlayerShortcut, playerShortcut } from './shortcuts';

/**
 * The window's key handlers for the player's shortcuts. `active` says whether the shortcuts
 * apply now (a routine on screen, no question open); `act` carries one out.
 */
export function playerKeys(active: () => boolean, act: (shortcut: PlayerShortcut) => void) {
  return {
    onkeydown(event: KeyboardEvent): void {
      if (!active()) return;
      const shortcut = playerShortcut(event);
      if (!shortcut) return;
      // Also stops a focused button from taking Space as a press of itself.
      event.preventDefault();
      act(shortcut);
    },
    // Chromium presses a focused button on Space's key-up: the pause already happened.
    onkeyup(event: KeyboardEvent): void {
      if (active() && isSpaceOnButton(event)) event.preventDefault();
    },
  };
}
